import { useId } from 'react';
import { QUICK_STARTS } from '../domain/ranking';
import { mapFromDrawing } from '../domain/pain-format';
import { useAppStore } from '../store';

/** Ready-made drawings for common complaints; each replaces the drawing (undo brings it back). */
export function QuickStarts() {
  const { setPain } = useAppStore.getState();
  const titleId = useId();
  return (
    <section className="pain-section" aria-labelledby={titleId}>
      <h3 id={titleId}>Start from a common complaint</h3>
      <p className="muted">Replaces your drawing; Undo brings it back.</p>
      <ul className="pain-quick-starts">
        {QUICK_STARTS.map((qs) => (
          <li key={qs.id}>
            <button type="button" title={qs.description} data-quick-start={qs.id} onClick={() => setPain(mapFromDrawing(qs.drawing))}>
              {qs.label}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
