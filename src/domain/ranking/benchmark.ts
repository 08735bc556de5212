/** The drawing `npm run bench` ranks (scripts/bench/micro.ts), also used by the ranking tests. */
import type { PainDrawing } from './pain-drawing';

/** Twenty marked regions over the whole body, as a client with widespread pain might draw. */
export const BENCH_DRAWING: PainDrawing = [
  'temple-left', 'behind-eye-left', 'jaw-joint-left', 'back-of-neck-left', 'neck-shoulder-angle-left',
  'medial-border-left', 'front-of-shoulder-left', 'outer-shoulder-left', 'lateral-epicondyle-left', 'dorsal-wrist-left',
  'chest-left', 'lumbar-left', 'lumbar-right', 'sacroiliac-joint-left', 'buttock-left',
  'lateral-thigh-middle-left', 'patella-left', 'calf-middle-left', 'heel-left', 'big-toe-left',
].map((region, i) => ({ region, intensity: ((i % 3) + 1) as 1 | 2 | 3 }));
