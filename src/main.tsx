import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { loadDataset } from './data-source/load-dataset';
import { useAppStore } from './store';
import { installTestHook } from './test-hook';
import { startUrlSync } from './url-sync';
import { startPainPersistence } from './pain-persistence';
import './styles.css';

installTestHook();
startPainPersistence(useAppStore);
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

void loadDataset().then((result) => {
  if (!result.ok) {
    useAppStore.getState().setDatasetFailed(result.errors);
    return;
  }
  useAppStore.getState().setDataset(result.dataset);
  startUrlSync(useAppStore);
});
