/**
 * The ordered region list of the atlas. A region's index in REGIONS is the numeric id stored per
 * vertex in the body mesh (`_REGION`), so the order is part of the asset format.
 */
import { AREA_IDS, type AreaId } from './areas';
import { BILATERAL_REGIONS, MIDLINE_REGIONS, type BilateralKey, type MidlineKey, type RegionKey } from './region-catalog';

export type Side = 'left' | 'right' | 'midline';
export type BodySide = Exclude<Side, 'midline'>;

export interface Region {
  /** Kebab-case id with a side suffix for paired places: `temple-left`, `sacrum`. */
  readonly id: string;
  /** Plain English with the side in parentheses: "Temple (left)", "Sacrum". */
  readonly name: string;
  readonly side: Side;
  readonly area: AreaId;
  /** The place without its side: `temple` for both `temple-left` and `temple-right`. */
  readonly key: RegionKey;
}

function buildRegions(): Region[] {
  const regions: Region[] = [];
  for (const area of AREA_IDS) {
    for (const [key, name] of Object.entries<string>(BILATERAL_REGIONS[area])) {
      for (const side of ['left', 'right'] as const) {
        regions.push({ id: `${key}-${side}`, name: `${name} (${side})`, side, area, key: key as BilateralKey });
      }
    }
    const midline: Record<string, string> = (MIDLINE_REGIONS as Partial<Record<AreaId, Record<string, string>>>)[area] ?? {};
    for (const [key, name] of Object.entries(midline)) regions.push({ id: key, name, side: 'midline', area, key: key as MidlineKey });
  }
  return regions;
}

export const REGIONS: readonly Region[] = buildRegions();

const INDEX_BY_ID = new Map(REGIONS.map((region, index) => [region.id, index]));
const MIDLINE_KEYS = new Set(REGIONS.filter((r) => r.side === 'midline').map((r) => r.key as string));

/** The numeric id of a region, or −1 when the id is unknown. */
export function regionIndex(id: string): number {
  return INDEX_BY_ID.get(id) ?? -1;
}

export function isRegionId(id: string): boolean {
  return INDEX_BY_ID.has(id);
}

export function regionById(id: string): Region | undefined {
  const index = INDEX_BY_ID.get(id);
  return index === undefined ? undefined : REGIONS[index];
}

export function isMidlineKey(key: RegionKey): key is MidlineKey {
  return MIDLINE_KEYS.has(key);
}

/** The id of a place on a given side of the body; midline places ignore the side. */
export function regionIdFor(key: RegionKey, side: BodySide): string {
  return isMidlineKey(key) ? key : `${key}-${side}`;
}

/** The same place on the other side: `temple-left` ↔ `temple-right`; a midline region is its own twin. */
export function twinOf(id: string): string {
  const region = regionById(id);
  if (!region) throw new Error(`unknown region "${id}"`);
  if (region.side === 'midline') return id;
  return regionIdFor(region.key, region.side === 'left' ? 'right' : 'left');
}
