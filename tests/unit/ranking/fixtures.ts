/** Small made-up datasets for rules that need exact control over a pattern's zones. */
import type { Dataset, Muscle, TriggerPoint, Zone } from '../../../src/domain/dataset';
import type { PainDrawing, PainIntensity } from '../../../src/domain/ranking';
import { shippedDataset } from '../helpers/dataset-files';

export const zone = (region: string, weight = 1): Zone => ({ region, weight });

export const drawingOf = (...marks: [string, PainIntensity][]): PainDrawing => marks.map(([region, intensity]) => ({ region, intensity }));

interface PatternSpec {
  id: string;
  local?: Zone[];
  essential?: Zone[];
  spillover?: Zone[];
}

/** One muscle, "Test muscle", with a point per spec; every other field is copied from a real point. */
export function datasetOf(specs: PatternSpec[]): Dataset {
  const real = shippedDataset();
  const template = real.points[0];
  const muscle: Muscle = { ...real.muscleById.get(template.muscleId)!, id: 'test-muscle', name: 'Test muscle', pointIds: specs.map((s) => s.id) };
  const points: TriggerPoint[] = specs.map((s) => ({
    ...template,
    id: s.id,
    muscleId: muscle.id,
    local: s.local ?? [],
    essential: s.essential ?? [],
    spillover: s.spillover ?? [],
  }));
  return {
    ...real,
    muscles: [muscle],
    points,
    muscleById: new Map([[muscle.id, muscle]]),
    pointById: new Map(points.map((p) => [p.id, p])),
  };
}
