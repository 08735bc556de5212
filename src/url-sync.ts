/**
 * Keeps the address bar and the store in step. A new selection pushes a history entry, so Back
 * returns to the previous one; filter changes replace the current entry. Back and Forward restore
 * what the URL says.
 */
import { parseUrlState, serializeUrlState } from './domain/url-state';
import { samePoint, type AppStore } from './store';

export function startUrlSync(store: AppStore): () => void {
  const dataset = store.getState().dataset;
  if (!dataset) throw new Error('startUrlSync: load the dataset first');
  let applying = false;

  const applyUrl = () => {
    const parsed = parseUrlState(window.location.search, dataset);
    applying = true;
    store.setState({ selected: parsed.selected, filters: parsed.filters, query: parsed.query });
    applying = false;
    if (parsed.notices.length) store.getState().addNotices(parsed.notices);
  };

  applyUrl();
  const unsubscribe = store.subscribe((s, prev) => {
    if (applying || (s.selected === prev.selected && s.filters === prev.filters && s.query === prev.query)) return;
    const search = serializeUrlState(s);
    const url = `${window.location.pathname}${search ? `?${search}` : ''}${window.location.hash}`;
    if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
    if (!samePoint(s.selected, prev.selected)) window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  });
  window.addEventListener('popstate', applyUrl);
  return () => {
    unsubscribe();
    window.removeEventListener('popstate', applyUrl);
  };
}
