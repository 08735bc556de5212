/** The bench's 10× data files are valid app input, and the microbenchmarks report every number (not how fast). */
import { describe, expect, it } from 'vitest';
import { buildDataset, formatError, parseMuscleFile, parseSources, type Dataset } from '../../../src/domain/dataset';
import type { MuscleFile } from '../../../src/domain/dataset/schema';
import { microTable, runMicroBenchmarks } from '../../../scripts/bench/micro';
import { scaleDataFiles, type RawDataFiles } from '../../../scripts/bench/synthetic-files';
import { muscleFiles, shippedDataset, sourceFile } from '../helpers/dataset-files';

const realFiles = (): RawDataFiles => ({ sources: sourceFile(), muscles: muscleFiles() });

function build(files: RawDataFiles): Dataset {
  const result = buildDataset(files.sources, files.muscles);
  if (!result.ok) throw new Error(result.errors.map(formatError).join('\n'));
  return result.data;
}

describe('10× data files', () => {
  const real = shippedDataset();
  const files = scaleDataFiles(realFiles(), 10);

  it('pass the parser file by file', () => {
    const sources = parseSources(files.sources.content);
    expect(sources.ok).toBe(true);
    const sourceIds = new Set(sources.ok ? sources.data.sources.map((s) => s.id) : []);
    for (const file of files.muscles) expect(parseMuscleFile(file.content, sourceIds), file.name).toMatchObject({ ok: true });
  });

  it('build a dataset with 10× the muscles and points, every id unique', () => {
    const big = build(files);
    expect(big.muscles.length).toBe(real.muscles.length * 10);
    expect(big.points.length).toBe(real.points.length * 10);
    expect(new Set(big.points.map((p) => p.id)).size).toBe(big.points.length);
    expect(new Set(big.muscles.map((m) => m.id)).size).toBe(big.muscles.length);
    expect(new Set(big.muscles.map((m) => m.name)).size).toBe(big.muscles.length);
    expect(big.sources).toEqual(real.sources);
  });

  it('keep the originals first in each file and copy zones unchanged', () => {
    realFiles().muscles.forEach((file, i) => {
      const original = (file.content as MuscleFile).muscles;
      expect((files.muscles[i].content as MuscleFile).muscles.slice(0, original.length)).toEqual(original);
    });
    const big = build(files);
    const copy = big.pointById.get(`${real.points[0].id}-x3`)!;
    expect(copy).toEqual({ ...real.points[0], id: copy.id, muscleId: `${real.points[0].muscleId}-x3` });
  });

  it('are the same every time, factor 1 is the real data, and a bad factor is refused', () => {
    expect(scaleDataFiles(realFiles(), 10)).toEqual(files);
    expect(build(scaleDataFiles(realFiles(), 1))).toEqual(real);
    expect(() => scaleDataFiles(realFiles(), 0)).toThrow(RangeError);
    expect(() => scaleDataFiles(realFiles(), 2.5)).toThrow(RangeError);
  });
});

describe('runMicroBenchmarks', () => {
  it('reports every benchmark on both datasets with finite, positive numbers', async () => {
    const results = await runMicroBenchmarks({ runs: 2 });
    const names = ['parse', 'search-index', 'search', 'filter', 'rank-index', 'rank'];
    const points = shippedDataset().points.length;
    for (const [dataset, count] of [['real', points], ['10x', points * 10]] as const) {
      const rows = results.filter((r) => r.dataset === dataset);
      expect(rows.map((r) => r.name).sort()).toEqual([...names].sort());
      for (const r of rows) {
        expect(r.points, r.name).toBe(count);
        expect(r.runs, r.name).toBe(2);
        for (const value of [r.medianMs, r.p90Ms, r.minMs, r.maxMs]) {
          expect(Number.isFinite(value), r.name).toBe(true);
          expect(value, r.name).toBeGreaterThan(0);
        }
        expect(r.minMs).toBeLessThanOrEqual(r.medianMs);
        expect(r.medianMs).toBeLessThanOrEqual(r.p90Ms);
        expect(r.p90Ms).toBeLessThanOrEqual(r.maxMs);
      }
    }
    expect(microTable(results).split('\n')).toHaveLength(2 + results.length);
  });
});
