/** Derived values, computed from ids in the store by domain functions. */
import { zonesOnSide, matchesFilters, BODY_SIDES, type SidedZones, type TriggerPoint } from '../domain/dataset';
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
  return s.dataset.points.flatMap((p) => BODY_SIDES.filter((side) => matchesFilters(p, side, s.filters)).map((side) => ({ id: p.id, side })));
}
