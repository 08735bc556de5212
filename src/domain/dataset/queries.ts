/** Search and filters over the dataset: plain functions the store's selectors and the bench call. */
import Fuse from 'fuse.js';
import { regionById, type AreaId, type BodySide } from '../atlas';
import type { Dataset, Muscle, TriggerPoint } from './model';
import { CONDITIONS, SYMPTOMS, type ConditionId } from './vocabulary';

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

export function matchesFilters(point: TriggerPoint, side: BodySide, filters: Filters): boolean {
  return (
    (filters.side === null || filters.side === side) &&
    (filters.area === null || pointArea(point) === filters.area) &&
    (filters.condition === null || point.conditions.includes(filters.condition)) &&
    (filters.muscle === null || point.muscleId === filters.muscle)
  );
}

interface SearchEntry {
  id: string;
  muscle: string;
  aliases: string[];
  label: string;
  conditions: string[];
  symptoms: string[];
}

export type PointSearch = (query: string) => string[];

/** A fuzzy search over muscle names, aliases, conditions and symptoms; returns point ids, best first. */
export function createPointSearch(dataset: Dataset): PointSearch {
  const entries: SearchEntry[] = dataset.points.map((p) => {
    const muscle = dataset.muscleById.get(p.muscleId)!;
    return {
      id: p.id,
      muscle: muscle.name,
      aliases: muscle.aliases,
      label: p.label,
      conditions: p.conditions.flatMap((c) => [CONDITIONS[c], c.replace(/-/g, ' ')]),
      symptoms: p.symptoms.map((s) => SYMPTOMS[s]),
    };
  });
  const fuse = new Fuse(entries, {
    keys: [
      { name: 'muscle', weight: 3 },
      { name: 'aliases', weight: 2.5 },
      { name: 'conditions', weight: 2 },
      { name: 'label', weight: 1 },
      { name: 'symptoms', weight: 1 },
    ],
    threshold: 0.32,
    ignoreLocation: true,
    includeScore: true,
  });
  return (query) => {
    const q = query.trim();
    if (q === '') return dataset.points.map((p) => p.id);
    return fuse.search(q).map((r) => r.item.id);
  };
}

/** A point's label without the muscle name it repeats ("Infraspinatus, below…" → "below…"). */
export function pointSubtitle(point: TriggerPoint, muscle: Muscle): string {
  const name = muscle.name.toLowerCase();
  const label = point.label.toLowerCase();
  if (!label.startsWith(name) || !/^($|[ ,])/.test(label.slice(name.length))) return point.label;
  return point.label.slice(name.length).replace(/^[ ,]+/, '');
}
