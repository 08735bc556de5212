/**
 * Built once per dataset so a ranking touches only the postings of the marked regions: for each
 * atlas region, which candidates (a point on one side) cover it, how well, and with which zones.
 */
import { REGIONS, regionIndex, type BodySide } from '../atlas';
import { BODY_SIDES, zonesOnSide, type Dataset } from '../dataset';

export const ZONE_KINDS = ['essential', 'local', 'spillover'] as const;
export type ZoneKind = (typeof ZONE_KINDS)[number];

/** How much pain a zone of each kind explains in a region it covers in full (weight 1). */
export const ZONE_FACTOR: Readonly<Record<ZoneKind, number>> = { essential: 1, local: 0.6, spillover: 0.5 };

export const KIND_BIT: Readonly<Record<ZoneKind, number>> = { essential: 1, local: 2, spillover: 4 };

export interface IndexedCandidate {
  pointId: string;
  side: BodySide;
  muscleId: string;
  muscle: string;
  /** Sum of the essential zone's weights: the denominator of the essential share. */
  essentialTotal: number;
}

export interface Posting {
  candidate: number;
  /** The best of ZONE_FACTOR × weight over the candidate's zones in this region. */
  coverage: number;
  /** The essential zone's weight in this region, or 0. */
  essential: number;
  /** KIND_BIT flags of the zones that cover this region. */
  kinds: number;
}

export interface RankIndex {
  /** Ordered by point id, then left before right: the index is the tie-break. */
  candidates: IndexedCandidate[];
  postingsByRegion: Posting[][];
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function buildRankIndex(dataset: Dataset): RankIndex {
  const candidates: IndexedCandidate[] = [];
  const postingsByRegion: Posting[][] = REGIONS.map(() => []);
  for (const point of [...dataset.points].sort(byId)) {
    const muscle = dataset.muscleById.get(point.muscleId)!;
    for (const side of BODY_SIDES) {
      const candidate = candidates.length;
      const zones = zonesOnSide(point, side);
      const byRegion = new Map<number, Posting>();
      let essentialTotal = 0;
      for (const kind of ZONE_KINDS) {
        for (const zone of zones[kind]) {
          const region = regionIndex(zone.region);
          let posting = byRegion.get(region);
          if (!posting) byRegion.set(region, (posting = { candidate, coverage: 0, essential: 0, kinds: 0 }));
          posting.coverage = Math.max(posting.coverage, ZONE_FACTOR[kind] * zone.weight);
          posting.kinds |= KIND_BIT[kind];
          if (kind === 'essential') {
            posting.essential += zone.weight;
            essentialTotal += zone.weight;
          }
        }
      }
      for (const [region, posting] of byRegion) postingsByRegion[region].push(posting);
      candidates.push({ pointId: point.id, side, muscleId: muscle.id, muscle: muscle.name, essentialTotal });
    }
  }
  return { candidates, postingsByRegion };
}
