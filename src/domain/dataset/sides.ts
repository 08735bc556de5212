/** A point is written for the left side; on the right every region is its mirror twin. */
import { twinOf, type BodySide } from '../atlas';
import type { TriggerPoint, Zone } from './model';

export interface SidedZones {
  local: Zone[];
  essential: Zone[];
  spillover: Zone[];
  locationRegion: string;
}

const mirror = (zones: Zone[]): Zone[] => zones.map((z) => ({ ...z, region: twinOf(z.region) }));

export function zonesOnSide(point: TriggerPoint, side: BodySide): SidedZones {
  if (side === 'left') return { local: point.local, essential: point.essential, spillover: point.spillover, locationRegion: point.location.region };
  return {
    local: mirror(point.local),
    essential: mirror(point.essential),
    spillover: mirror(point.spillover),
    locationRegion: twinOf(point.location.region),
  };
}

export const BODY_SIDES: readonly BodySide[] = ['left', 'right'];
