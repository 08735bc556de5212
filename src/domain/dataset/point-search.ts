/**
 * Fuzzy search over the trigger points. Kept apart from the other queries because it brings
 * fuse.js, which the viewer loads only when someone first searches.
 */
import Fuse from 'fuse.js';
import type { Dataset } from './model';
import { CONDITIONS, SYMPTOMS } from './vocabulary';

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
