/** Derived values, computed from ids in the store by domain functions. */
import { zonesOnSide, visiblePoints, type Dataset, type SidedZones, type TriggerPoint } from '../domain/dataset';
import { drawingFromMap } from '../domain/pain-format';
import { createRanker, type Candidate, type Ranker } from '../domain/ranking';
import type { AppState } from './index';
import type { PointRef } from './selection-slice';

export function selectedPoint(s: AppState): TriggerPoint | null {
  return s.selected ? s.dataset?.pointById.get(s.selected.id) ?? null : null;
}

export function selectedZones(s: AppState): SidedZones | null {
  const point = selectedPoint(s);
  return point && s.selected ? zonesOnSide(point, s.selected.side) : null;
}

/** Every point on every side that passes the filters. */
export function visiblePointRefs(s: AppState): PointRef[] {
  if (!s.dataset) return [];
  return visiblePoints(s.dataset, s.filters);
}

const rankers = new WeakMap<Dataset, Ranker>();

/** The ranked candidates for the current pain drawing, best first (empty without a drawing). */
export function painCandidates(s: Pick<AppState, 'dataset' | 'pain'>, limit = 10): Candidate[] {
  if (!s.dataset) return [];
  const drawing = drawingFromMap(s.pain);
  if (drawing.length === 0) return [];
  let rank = rankers.get(s.dataset);
  if (!rank) rankers.set(s.dataset, (rank = createRanker(s.dataset)));
  return rank(drawing, { limit });
}
