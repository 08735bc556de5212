import { useEffect, useRef } from 'react';
import { selectedPoint, useAppStore } from '../store';
import { DetailsPanel } from './DetailsPanel';
import { HelpPanel } from './HelpPanel';
import { Legend } from './Legend';
import './panels.css';

/** The right column: the selected trigger point, or help and the legend when none is selected. */
export function RightPanel() {
  const point = useAppStore(selectedPoint);
  const side = useAppStore((s) => s.selected?.side ?? null);
  const root = useRef<HTMLElement>(null);

  useEffect(() => {
    if (root.current) root.current.scrollTop = 0;
  }, [point, side]);

  // Closing removes the focused close button; keep focus in this column instead of losing it to <body>.
  const close = () => {
    useAppStore.getState().select(null);
    root.current?.focus();
  };

  return (
    <aside ref={root} className="right-panel" aria-label="Details and help" tabIndex={-1}>
      {point && side ? (
        <DetailsPanel point={point} side={side} onClose={close} />
      ) : (
        <>
          <HelpPanel />
          <Legend />
        </>
      )}
    </aside>
  );
}
