import { BodyCanvas } from './scene/BodyCanvas';
import { DatasetErrorScreen } from './ui/DatasetErrorScreen';
import { Disclaimer } from './ui/Disclaimer';
import { ErrorBoundary } from './ui/ErrorBoundary';
import { HoverLabel } from './ui/HoverLabel';
import { LeftPanel } from './ui/LeftPanel';
import { LoadingOverlay } from './ui/LoadingOverlay';
import { MarkerLabel } from './ui/MarkerLabel';
import { NoWebGL } from './ui/NoWebGL';
import { NoticeBar } from './ui/NoticeBar';
import { RightPanel } from './ui/RightPanel';
import { ViewToolbar } from './ui/ViewToolbar';
import { useEscapeClearsSelection } from './ui/useEscapeClearsSelection';
import { isWebGLUnavailable, knowsWebGL2 } from './ui/webgl-support';

export function App() {
  const webgl = knowsWebGL2();
  useEscapeClearsSelection();
  return (
    <div className="app">
      <header className="app-header">
        <h1>Myomap</h1>
        <span className="tagline">Trigger point explorer</span>
        <ViewToolbar />
      </header>
      <LeftPanel />
      <main className="viewport" data-testid="viewport">
        {webgl ? (
          <ErrorBoundary what="The 3D body" fallback={(error) => (isWebGLUnavailable(error) ? <NoWebGL /> : null)}>
            <BodyCanvas />
          </ErrorBoundary>
        ) : (
          <NoWebGL />
        )}
        <LoadingOverlay />
        <NoticeBar />
        <DatasetErrorScreen />
        <HoverLabel />
        <MarkerLabel />
      </main>
      <RightPanel />
      <footer className="app-footer">
        <Disclaimer />
      </footer>
    </div>
  );
}
