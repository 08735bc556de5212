/**
 * Keeps the pain drawing on this device: in local storage (versioned), and in a link's fragment,
 * which browsers never send to a server. Unreadable data is reported and kept aside, never lost.
 */
import { drawingFromMap, mapFromDrawing, painFileFrom, readPainFile, readPainFragment } from './domain/pain-format';
import type { AppStore } from './store';

export const STORAGE_KEY = 'myomap.pain-drawing';
export const SET_ASIDE_KEY = 'myomap.pain-drawing.unreadable';

function readStorage(store: AppStore): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch (error) {
    store.getState().addNotices([`This browser does not let Myomap keep your pain drawing (${(error as Error).message}); it will be gone after a reload. Export it to keep it.`]);
    return null;
  }
}

function restore(store: AppStore): void {
  const fromLink = readPainFragment(window.location.hash);
  if (fromLink?.ok) {
    store.setState({ pain: mapFromDrawing(fromLink.drawing), mode: 'pain' });
    store.getState().addNotices([`Opened the pain drawing from the link (${fromLink.drawing.length} marked areas).`]);
    return;
  }
  if (fromLink) store.getState().addNotices([`The pain drawing in the link could not be read: ${fromLink.errors.join('; ')}.`]);
  const saved = readStorage(store);
  if (saved === null) return;
  const read = readPainFile(saved);
  if (read.ok) {
    store.setState({ pain: mapFromDrawing(read.drawing) });
    return;
  }
  try {
    window.localStorage.setItem(SET_ASIDE_KEY, saved);
    window.localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Storage that reads but will not write: the unreadable copy simply stays where it is.
  }
  store.getState().addNotices([`Your saved pain drawing could not be read (${read.errors.join('; ')}). It was kept aside, unchanged, under "${SET_ASIDE_KEY}"; you can start a new one.`]);
}

export function startPainPersistence(store: AppStore): () => void {
  restore(store);
  let warned = false;
  return store.subscribe((s, prev) => {
    if (s.pain === prev.pain) return;
    try {
      window.localStorage.setItem(STORAGE_KEY, JSON.stringify(painFileFrom(drawingFromMap(s.pain), new Date())));
    } catch (error) {
      if (!warned) store.getState().addNotices([`Your pain drawing could not be saved on this device (${(error as Error).message}). Export it to keep it.`]);
      warned = true;
    }
  });
}
