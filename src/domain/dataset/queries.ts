/** Filters and labels over the dataset: plain functions the store's selectors and the bench call. */
import { regionById, type AreaId, type BodySide } from '../atlas';
import type { Dataset, Muscle, TriggerPoint } from './model';
import { BODY_SIDES } from './sides';
import type { ConditionId } from './vocabulary';

export interface ZoneLayers {
  local: boolean;
  essential: boolean;
  spillover: boolean;
}

export interface Filters {
  area: AreaId | null;
  condition: ConditionId | null;
  muscle: string | null;
  /** null shows both sides. */
  side: BodySide | null;
  layers: ZoneLayers;
}

export const NO_FILTERS: Filters = {
  area: null,
  condition: null,
  muscle: null,
  side: null,
  layers: { local: true, essential: true, spillover: true },
};

/** The area where the point itself sits (not where it refers). */
export function pointArea(point: TriggerPoint): AreaId {
  return regionById(point.location.region)!.area as AreaId;
}

/** Every point on every side that passes the filters, as { id, side }. */
export function visiblePoints(dataset: Dataset, filters: Filters): { id: string; side: BodySide }[] {
  return dataset.points.flatMap((p) => BODY_SIDES.filter((side) => matchesFilters(p, side, filters)).map((side) => ({ id: p.id, side })));
}

export function matchesFilters(point: TriggerPoint, side: BodySide, filters: Filters): boolean {
  return (
    (filters.side === null || filters.side === side) &&
    (filters.area === null || pointArea(point) === filters.area) &&
    (filters.condition === null || point.conditions.includes(filters.condition)) &&
    (filters.muscle === null || point.muscleId === filters.muscle)
  );
}


/** A point's label without the muscle name it repeats ("Infraspinatus, below…" → "below…"). */
export function pointSubtitle(point: TriggerPoint, muscle: Muscle): string {
  const name = muscle.name.toLowerCase();
  const label = point.label.toLowerCase();
  if (!label.startsWith(name) || !/^($|[ ,])/.test(label.slice(name.length))) return point.label;
  return point.label.slice(name.length).replace(/^[ ,]+/, '');
}
