/** The front of the trunk: chest over the ribs, abdomen below, and the groin above the thigh. */
import { LANDMARKS as L } from '../body-plan';
import type { RegionKey } from './region-catalog';
import { distance, type SkinPoint } from './geometry';
import { inguinalY, PERINEUM_TOP } from './skeleton';
import { classifyAboveChest } from './classify-girdle';

const STERNUM_HALF_WIDTH = 0.016;
const NIPPLE_RADIUS = 0.02;
const LINEA_ALBA_HALF_WIDTH = 0.022;
const PUBIC_TUBERCLE_X = 0.025;
/** The lower edge of the ribcage in front: the xiphoid in the middle, sloping down to the sides. */
const costalMarginY = (x: number): number => L.xiphoid[1] - 0.02 - 0.5 * x;

function chest(p: SkinPoint): RegionKey {
  if (p.x < STERNUM_HALF_WIDTH) return p.y > 1.385 ? 'manubrium' : p.y > 1.255 ? 'sternum' : 'xiphoid';
  if (distance(p, L.nipple) < NIPPLE_RADIUS) return 'nipple';
  const above = classifyAboveChest(p);
  if (above) return above;
  if (p.x > 0.13 && p.y < 1.32) return 'front-of-armpit';
  if (p.x < 0.042 && p.y > 1.22) return 'beside-sternum';
  if (p.y > 1.33) return 'upper-chest';
  if (p.y > 1.245) return 'chest';
  return 'lower-chest';
}

function abdomen(p: SkinPoint): RegionKey {
  if (distance(p, L.navel) < 0.02) return 'navel';
  if (p.x < LINEA_ALBA_HALF_WIDTH) return p.y > L.navel[1] + 0.015 ? 'epigastrium' : p.y < L.navel[1] - 0.015 ? 'suprapubic' : 'navel';
  if (p.y > 1.085) return p.x < 0.07 ? 'upper-abdomen' : 'below-ribs';
  if (p.y > 1.0) return p.x < 0.075 ? 'beside-navel' : 'flank';
  return p.x < 0.075 ? 'lower-abdomen' : 'above-groin';
}

function groin(p: SkinPoint): RegionKey {
  if (p.x < 0.03 && p.y > PERINEUM_TOP) return 'pubis';
  if (p.y > inguinalY(p.x) - 0.03 && p.x > PUBIC_TUBERCLE_X && p.x < 0.1) return 'groin';
  return p.x > 0.07 ? 'front-of-hip' : 'inner-groin';
}

export function classifyFront(p: SkinPoint): RegionKey {
  if (p.y > costalMarginY(p.x)) return chest(p);
  if (p.y > inguinalY(p.x) + 0.01) return abdomen(p);
  return groin(p);
}
