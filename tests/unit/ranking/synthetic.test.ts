import { describe, expect, it } from 'vitest';
import { isRegionId } from '../../../src/domain/atlas';
import { BENCH_DRAWING, createRanker, parsePainDrawing, syntheticDataset } from '../../../src/domain/ranking';
import { shippedDataset } from '../helpers/dataset-files';

describe('synthetic dataset', () => {
  const shipped = shippedDataset();

  it('RANK-13 has factor × the points, unique ids and valid regions, and is the same every time', () => {
    const big = syntheticDataset(shipped, 10);
    expect(big.points.length).toBe(shipped.points.length * 10);
    expect(new Set(big.points.map((p) => p.id)).size).toBe(big.points.length);
    expect(big.pointById.size).toBe(big.points.length);
    for (const p of big.points) {
      for (const z of [...p.local, ...p.essential, ...p.spillover]) {
        expect(isRegionId(z.region)).toBe(true);
        expect(z.weight).toBeGreaterThan(0);
        expect(z.weight).toBeLessThanOrEqual(1);
      }
      expect(big.muscleById.get(p.muscleId)!.pointIds).toContain(p.id);
    }
    expect(syntheticDataset(shipped, 10).points).toEqual(big.points);
    expect(syntheticDataset(shipped, 1).points).toEqual(shipped.points);
  });

  it('RANK-13 ranks like the real data, with more candidates', () => {
    expect(parsePainDrawing(BENCH_DRAWING).ok).toBe(true);
    const few = createRanker(shipped)(BENCH_DRAWING).length;
    const many = createRanker(syntheticDataset(shipped, 10))(BENCH_DRAWING).length;
    expect(many).toBeGreaterThan(few * 8);
  });
});
