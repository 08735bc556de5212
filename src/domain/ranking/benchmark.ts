/** For `npm run bench`: the median time to rank one drawing, after the index is built. */
import type { Dataset } from '../dataset';
import type { PainDrawing } from './pain-drawing';
import { createRanker } from './rank';

/** Twenty marked regions over the whole body, as a client with widespread pain might draw. */
export const BENCH_DRAWING: PainDrawing = [
  'temple-left', 'behind-eye-left', 'jaw-joint-left', 'back-of-neck-left', 'neck-shoulder-angle-left',
  'medial-border-left', 'front-of-shoulder-left', 'outer-shoulder-left', 'lateral-epicondyle-left', 'dorsal-wrist-left',
  'chest-left', 'lumbar-left', 'lumbar-right', 'sacroiliac-joint-left', 'buttock-left',
  'lateral-thigh-middle-left', 'patella-left', 'calf-middle-left', 'heel-left', 'big-toe-left',
].map((region, i) => ({ region, intensity: ((i % 3) + 1) as 1 | 2 | 3 }));

export function benchmarkRanking(dataset: Dataset, drawing: PainDrawing, runs: number): number {
  const rank = createRanker(dataset);
  // Warm-up runs let the JIT compile the hot path before timing starts.
  for (let i = 0; i < Math.max(10, runs / 10); i++) rank(drawing);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    rank(drawing);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const mid = times.length >> 1;
  return times.length % 2 ? times[mid] : (times[mid - 1] + times[mid]) / 2;
}
