import { useEffect } from 'react';
import { useAppStore } from '../store';

/** Esc anywhere clears the selected trigger point, unless a text field is using the key. */
export function useEscapeClearsSelection(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      const s = useAppStore.getState();
      if (s.selected) s.select(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
