import { pointSubtitle } from '../domain/dataset';
import { useAppStore } from '../store';
import './panels.css';

/** The trigger point under the pointer, next to the pointer: "Muscle — label (left)". */
export function MarkerLabel() {
  const hover = useAppStore((s) => s.markerHover);
  const dataset = useAppStore((s) => s.dataset);
  const point = hover ? dataset?.pointById.get(hover.id) : undefined;
  const muscle = point ? dataset?.muscleById.get(point.muscleId) : undefined;
  if (!hover || !point || !muscle) return null;
  const detail = pointSubtitle(point, muscle);
  return (
    <div className="hover-label marker-label" role="tooltip" data-testid="marker-label" style={{ left: hover.x + 14, top: hover.y + 14 }}>
      {muscle.name}
      {detail && ` — ${detail}`} ({hover.side})
    </div>
  );
}
