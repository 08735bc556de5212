/** The neck between the jaw line and the collarbones, C7 and the trapezius ridge. */
import type { RegionKey } from './region-catalog';
import { LANDMARKS as L } from '../body-plan';
import { DEG, type SkinPoint } from './geometry';
import { clavicleY } from './classify-girdle';

const NECK_AXIS_Z = -0.022;
const NECK_HALF_WIDTH = 0.072;
const NECK_HALF_DEPTH_FRONT = 0.1;
const NECK_HALF_DEPTH_BACK = 0.076;

/** The skull's lower edge: under the chin in front, the occipital ridge behind. */
function headBaseY(z: number): number {
  return L.jawAngle[1] - 0.01 - 0.45 * (z - L.jawAngle[2]);
}

export function isHead(p: SkinPoint): boolean {
  return p.y > headBaseY(p.z);
}
const UNDER_JAW_BOTTOM = 1.5;
const UPPER_NECK_Y = 1.5;

/** Height of the neck's base: the sternal notch in front, C7 behind. */
function neckBaseY(z: number): number {
  return z > 0 ? 1.44 : 1.44 - z * 0.6;
}

export function isNeck(p: SkinPoint): boolean {
  const depth = p.z > NECK_AXIS_Z ? NECK_HALF_DEPTH_FRONT : NECK_HALF_DEPTH_BACK;
  const r = Math.hypot(p.x / NECK_HALF_WIDTH, (p.z - NECK_AXIS_Z) / depth);
  const underJaw = p.y > UNDER_JAW_BOTTOM && p.x < 0.07;
  return (r < 1 || underJaw) && !isHead(p) && p.y > neckBaseY(p.z) && (p.ny < 0.55 || p.x < 0.03);
}

export function classifyNeck(p: SkinPoint): RegionKey {
  const angle = Math.atan2(p.x, p.z - NECK_AXIS_Z) * DEG;
  if (p.x < 0.011 && angle > 150) return 'cervical-spine';
  if (angle > 118) return p.y > headBaseY(p.z) - 0.035 ? 'suboccipital' : 'back-of-neck';
  if (p.x < 0.02) return 'throat';
  if (angle > 40 && p.z > -0.01 && p.x > 0.045 && p.y < clavicleY(p.x) + 0.035) return 'supraclavicular';
  if (p.y > UPPER_NECK_Y) return angle < 55 || (p.ny < -0.5 && p.z > 0) ? 'under-jaw' : 'upper-side-of-neck';
  return 'lower-side-of-neck';
}
