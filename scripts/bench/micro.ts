/**
 * Node microbenchmarks for the domain layer, on the real dataset and on one 10× its size: parsing,
 * search, filters and ranking, each through the same functions the app calls.
 * `npx tsx scripts/bench/micro.ts` prints the table.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildDataset, formatError, NO_FILTERS, visiblePoints, type DataFile, type Dataset, type Filters } from '../../src/domain/dataset';
// Search lives outside the dataset barrel so the viewer can load fuse.js lazily.
import { createPointSearch } from '../../src/domain/dataset/point-search';
import { BENCH_DRAWING, createRanker } from '../../src/domain/ranking';
import { datasetIndex } from '../vite-data-plugin';
import { summarize } from './stats';
import { scaleDataFiles, type RawDataFiles } from './synthetic-files';

export interface MicroResult {
  name: string;
  dataset: 'real' | '10x';
  points: number;
  runs: number;
  medianMs: number;
  minMs: number;
  maxMs: number;
  p90Ms: number;
}

export const SEARCH_QUERIES = ['trap', 'shoulder', 'headache', 'glut', 'calf', 'jaw', 'low back', 'infra'];

export const FILTER_SETS: Filters[] = [
  NO_FILTERS,
  { ...NO_FILTERS, area: 'shoulder' },
  { ...NO_FILTERS, condition: 'tension-headache' },
  { ...NO_FILTERS, side: 'left', area: 'low-back' },
  { ...NO_FILTERS, muscle: 'upper-trapezius' },
  { ...NO_FILTERS, side: 'right', area: 'leg', condition: 'calf-pain' },
];

// Sized so the suite takes ~6 s on a 2-core VM (10× search dominates), leaving room under 20 s on a slower one.
const DEFAULT_RUNS: Record<string, number> = { parse: 30, 'search-index': 30, search: 20, filter: 200, 'rank-index': 50, rank: 200 };

const ROOT = new URL('../../', import.meta.url);

/** The files the app fetches, listed the way the dev server and the build list them. */
export function readDataFiles(): RawDataFiles {
  const read = (file: string): DataFile => ({ name: `data/${file}`, content: JSON.parse(readFileSync(new URL(`data/${file}`, ROOT), 'utf8')) });
  const index = datasetIndex(fileURLToPath(ROOT));
  return { sources: read(index.sources), muscles: index.muscles.map(read) };
}

function build(files: RawDataFiles): Dataset {
  const result = buildDataset(files.sources, files.muscles);
  if (!result.ok) throw new Error(result.errors.map(formatError).join('\n'));
  return result.data;
}

/** Every point on every side that passes the filters, as the store's visiblePointRefs selector computes it. */
function visibleCount(dataset: Dataset, filters: Filters): number {
  return visiblePoints(dataset, filters).length;
}

// Warm-up is timed rather than counted: parsing the real data needs ~40 calls before the JIT settles.
const WARM_UP_MS = 150;
const MIN_WARM_UP_CALLS = 3;

function warmUp(fn: () => void): void {
  const end = performance.now() + WARM_UP_MS;
  for (let calls = 0; calls < MIN_WARM_UP_CALLS || performance.now() < end; calls++) fn();
}

function time(fn: () => void, runs: number): Omit<MicroResult, 'name' | 'dataset' | 'points'> {
  warmUp(fn);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  const { median, min, max, p90 } = summarize(times);
  return { runs, medianMs: median, minMs: min, maxMs: max, p90Ms: p90 };
}

function benchmarksFor(files: RawDataFiles, dataset: Dataset): Record<string, () => void> {
  const search = createPointSearch(dataset);
  const rank = createRanker(dataset);
  return {
    parse: () => build(files),
    'search-index': () => createPointSearch(dataset),
    search: () => SEARCH_QUERIES.reduce((n, q) => n + search(q).length, 0),
    filter: () => FILTER_SETS.reduce((n, f) => n + visibleCount(dataset, f), 0),
    'rank-index': () => createRanker(dataset),
    rank: () => rank(BENCH_DRAWING).length,
  };
}

export async function runMicroBenchmarks(options: { runs?: number } = {}): Promise<MicroResult[]> {
  const real = readDataFiles();
  const datasets: [MicroResult['dataset'], RawDataFiles][] = [['real', real], ['10x', scaleDataFiles(real, 10)]];
  const results: MicroResult[] = [];
  for (const [label, files] of datasets) {
    const dataset = build(files);
    for (const [name, fn] of Object.entries(benchmarksFor(files, dataset))) {
      const runs = options.runs ?? DEFAULT_RUNS[name];
      results.push({ name, dataset: label, points: dataset.points.length, ...time(fn, runs) });
      // Yield between benchmarks so a caller's timers and I/O are not starved for the whole suite.
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  return results;
}

const DESCRIPTIONS: Record<string, string> = {
  search: `search (${SEARCH_QUERIES.length} queries)`,
  filter: `filter (${FILTER_SETS.length} filter sets)`,
};

const ms = (n: number) => n.toFixed(n < 1 ? 3 : 2);

export function microTable(results: MicroResult[]): string {
  const rows = results.map((r) =>
    `| ${DESCRIPTIONS[r.name] ?? r.name} | ${r.dataset} | ${r.points} | ${ms(r.medianMs)} | ${ms(r.p90Ms)} | ${ms(r.minMs)}–${ms(r.maxMs)} |`);
  return ['| benchmark | dataset | points | median ms | p90 ms | min–max ms |', '| --- | --- | ---: | ---: | ---: | ---: |', ...rows].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(microTable(await runMicroBenchmarks()));
}
