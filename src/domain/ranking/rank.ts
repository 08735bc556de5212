/**
 * Ranks every trigger point, on each side, by how well its referral pattern explains a pain drawing.
 *
 * Scoring (see RANKING.md). For a drawing of marks m with intensity I_m (1–3) and a candidate c:
 *
 *   coverage(c, m) = max over c's zones in m's region of  factor(kind) × weight
 *                    factor: essential 1, local 0.6, spillover 0.5; weight 0–1 from the data
 *   explained(c)   = Σ I_m × coverage(c, m)  /  Σ I_m                      (0–1)
 *   essentialShare = Σ weight of c's essential regions that are marked / Σ weight of c's essential zone
 *   score(c)       = explained(c) × (1 − λ + λ × essentialShare),  λ = 0.25  (0–1)
 *
 * Unexplained pain stays in the denominator of `explained`, so it counts against every candidate.
 * The essential share rewards a drawing that shows the zone "present in nearly every patient", but
 * only mildly, because clients often mark only where it hurts most. Ties go to point id, then left.
 */
import type { Dataset } from '../dataset';
import { regionIndex, type BodySide } from '../atlas';
import type { PainDrawing, PainMark } from './pain-drawing';
import { reasonFor, type ZoneCoverage } from './reason';
import { buildRankIndex, KIND_BIT, ZONE_KINDS, type RankIndex } from './rank-index';

export const ESSENTIAL_SHARE_WEIGHT = 0.25;

export interface Candidate {
  /** The trigger point's id; with `side` it names the candidate. */
  id: string;
  side: BodySide;
  muscleId: string;
  /** The muscle's name. */
  muscle: string;
  /** 0–1, higher explains the drawing better. */
  score: number;
  /** Marked regions the pattern covers, most intense first. */
  explained: string[];
  /** Which marked regions each zone covers. */
  byZone: ZoneCoverage;
  /** Marked regions the pattern does not cover. */
  unexplained: string[];
  reason: string;
}

export interface RankOptions {
  /** Return only the best `limit` candidates (all by default). */
  limit?: number;
}

export type Ranker = (drawing: PainDrawing, options?: RankOptions) => Candidate[];

/** One mark per region (the strongest), most intense first, then in drawing order. */
function normalise(drawing: PainDrawing): PainMark[] {
  const byRegion = new Map<string, PainMark>();
  for (const mark of drawing) {
    const seen = byRegion.get(mark.region);
    if (!seen || mark.intensity > seen.intensity) byRegion.set(mark.region, mark);
  }
  return [...byRegion.values()].sort((a, b) => b.intensity - a.intensity);
}

interface Tally {
  candidate: number;
  mass: number;
  essential: number;
  /** Pairs of (mark index, KIND_BIT flags). */
  hits: number[];
  score: number;
}

function tally(index: RankIndex, marks: PainMark[]): Tally[] {
  const tallies: (Tally | undefined)[] = new Array(index.candidates.length);
  const touched: Tally[] = [];
  marks.forEach((mark, m) => {
    const region = regionIndex(mark.region);
    if (region < 0) return;
    for (const posting of index.postingsByRegion[region]) {
      let t = tallies[posting.candidate];
      if (!t) touched.push((t = tallies[posting.candidate] = { candidate: posting.candidate, mass: 0, essential: 0, hits: [], score: 0 }));
      t.mass += mark.intensity * posting.coverage;
      t.essential += posting.essential;
      t.hits.push(m, posting.kinds);
    }
  });
  return touched;
}

function toCandidate(index: RankIndex, t: Tally, marks: PainMark[]): Candidate {
  const info = index.candidates[t.candidate];
  const byZone: ZoneCoverage = { essential: [], local: [], spillover: [] };
  const covered = new Set<number>();
  for (let i = 0; i < t.hits.length; i += 2) {
    covered.add(t.hits[i]);
    for (const kind of ZONE_KINDS) if (t.hits[i + 1] & KIND_BIT[kind]) byZone[kind].push(marks[t.hits[i]].region);
  }
  const explained = marks.filter((_, m) => covered.has(m)).map((mark) => mark.region);
  const unexplained = marks.filter((_, m) => !covered.has(m)).map((mark) => mark.region);
  return {
    id: info.pointId,
    side: info.side,
    muscleId: info.muscleId,
    muscle: info.muscle,
    score: t.score,
    explained,
    byZone,
    unexplained,
    reason: reasonFor(byZone, explained.length, marks.length),
  };
}

export function rankWithIndex(index: RankIndex, drawing: PainDrawing, options: RankOptions = {}): Candidate[] {
  const marks = normalise(drawing);
  const total = marks.reduce((sum, mark) => sum + mark.intensity, 0);
  if (total === 0) return [];
  const tallies = tally(index, marks);
  for (const t of tallies) {
    const share = t.essential / (index.candidates[t.candidate].essentialTotal || 1);
    const score = (t.mass / total) * (1 - ESSENTIAL_SHARE_WEIGHT + ESSENTIAL_SHARE_WEIGHT * share);
    // Rounded so that sums taken in a different order cannot split a tie.
    t.score = Math.round(score * 1e6) / 1e6;
  }
  tallies.sort((a, b) => b.score - a.score || a.candidate - b.candidate);
  return tallies.slice(0, options.limit ?? tallies.length).map((t) => toCandidate(index, t, marks));
}

/** Indexes the dataset once; the returned function ranks a drawing in time linear in its postings. */
export function createRanker(dataset: Dataset): Ranker {
  const index = buildRankIndex(dataset);
  return (drawing, options) => rankWithIndex(index, drawing, options);
}
