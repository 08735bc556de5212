/**
 * A larger dataset for the scaling benchmark: `factor` copies of every point (the first is the
 * original), each copy with new ids and slightly varied zones. Seeded, so every run is the same.
 */
import { REGIONS } from '../atlas';
import type { Dataset, Muscle, TriggerPoint, Zone } from '../dataset';

/** mulberry32: a tiny, well-mixed PRNG; returns numbers in [0, 1). */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Points are written for the left side, so extra zones come from left and midline regions only.
const WRITABLE_REGIONS = REGIONS.filter((r) => r.side !== 'right').map((r) => r.id);

function vary(zones: Zone[], random: () => number): Zone[] {
  const jitter = (w: number) => Math.min(1, Math.max(0.1, Math.round((w + (random() - 0.5) * 0.4) * 20) / 20));
  return zones.filter(() => zones.length === 1 || random() > 0.15).map((z) => ({ region: z.region, weight: jitter(z.weight) }));
}

function copyPoint(point: TriggerPoint, copy: number, random: () => number): TriggerPoint {
  const taken = new Set([...point.local, ...point.essential, ...point.spillover].map((z) => z.region));
  const spillover = vary(point.spillover, random);
  const extra = WRITABLE_REGIONS[Math.floor(random() * WRITABLE_REGIONS.length)];
  if (!taken.has(extra)) spillover.push({ region: extra, weight: 0.5 });
  return { ...point, id: `${point.id}-syn${copy}`, essential: vary(point.essential, random), spillover };
}

export function syntheticDataset(dataset: Dataset, factor: number, seed = 1): Dataset {
  const random = seededRandom(seed);
  const points: TriggerPoint[] = [...dataset.points];
  for (let copy = 1; copy < factor; copy++) for (const point of dataset.points) points.push(copyPoint(point, copy, random));
  const muscles: Muscle[] = dataset.muscles.map((m) => ({ ...m, pointIds: points.filter((p) => p.muscleId === m.id).map((p) => p.id) }));
  return {
    ...dataset,
    muscles,
    points,
    muscleById: new Map(muscles.map((m) => [m.id, m])),
    pointById: new Map(points.map((p) => [p.id, p])),
  };
}
