/** "Where does it hurt?": pain drawings, ranking trigger points against them, and quick starts. */
export { parsePainDrawing, type PainDrawing, type PainMark, type PainIntensity, type PainDrawingResult } from './pain-drawing';
export { createRanker, ESSENTIAL_SHARE_WEIGHT, type Candidate, type Ranker, type RankOptions } from './rank';
export { ZONE_FACTOR, type ZoneKind } from './rank-index';
export { listPlaces, type ZoneCoverage } from './reason';
export { QUICK_STARTS, type QuickStart } from './quick-starts';
export { syntheticDataset } from './synthetic';
export { BENCH_DRAWING } from './benchmark';
