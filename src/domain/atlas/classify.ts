/**
 * Deterministic classification of a skin point into a region of the atlas. The rules are written for
 * the body's left half; a point on the right is mirrored (x → −x) first and the result is given the
 * right side, so the atlas is mirror-symmetric by construction.
 */
import type { RegionKey } from './region-catalog';
import { regionIdFor, regionIndex, type BodySide } from './regions';
import { distance, segmentCoords, type SkinPoint } from './geometry';
import { ARM_TRUNK_CREASE, ARMPIT_ALONG, AXILLA, AXILLA_RADIUS, DELTOID_MEDIAL_EDGE, PERINEUM_TOP, SHOULDER_CAP_MIN_X, UPPER_ARM } from './skeleton';
import { classifyArm } from './classify-arm';
import { classifyHead } from './classify-head';
import { classifyNeck, isHead, isNeck } from './classify-neck';
import { classifyTrunk } from './classify-trunk';
import { ANKLE_TOP, classifyLeg, isLeg } from './classify-leg';
import { classifyFoot } from './classify-foot';

const PERINEUM_HALF_WIDTH = 0.012;

/**
 * The arm, from the shoulder cap to the fingertips. At the shoulder the deltoid's border separates
 * it from the trunk; lower down arm and trunk meet in creases, where the skin's normal tells which
 * side of the crease a point is on (facing the trunk: arm; facing away: trunk).
 */
function isArm(p: SkinPoint): boolean {
  if (p.x < SHOULDER_CAP_MIN_X || p.y < 0.6) return false;
  const c = segmentCoords(UPPER_ARM, p);
  if (c.along < ARMPIT_ALONG) return c.lateral > DELTOID_MEDIAL_EDGE;
  if (c.lateral > ARM_TRUNK_CREASE.outer) return true;
  if (c.lateral < ARM_TRUNK_CREASE.inner) return false;
  return p.nx * UPPER_ARM.lateral[0] + p.ny * UPPER_ARM.lateral[1] < 0;
}

/** The seam where the thighs meet under the pelvis, front to back, stands for the pelvic floor. */
function isPelvicFloor(p: SkinPoint): boolean {
  return p.x < PERINEUM_HALF_WIDTH && p.y < PERINEUM_TOP && p.y > ANKLE_TOP && Math.abs(p.nx) < 0.7;
}

/** The region key of a point on the left half of the body. */
function classifyLeft(p: SkinPoint): RegionKey {
  if (distance(p, AXILLA) < AXILLA_RADIUS) return 'armpit';
  if (isArm(p)) return classifyArm(p);
  if (isHead(p)) return classifyHead(p);
  if (isNeck(p)) return classifyNeck(p);
  if (p.y < ANKLE_TOP) return classifyFoot(p);
  if (isPelvicFloor(p)) return 'pelvic-floor';
  if (isLeg(p)) return classifyLeg(p);
  return classifyTrunk(p);
}

const indexCache = new Map<string, number>();

function indexOf(key: RegionKey, side: BodySide): number {
  const id = regionIdFor(key, side);
  let index = indexCache.get(id);
  if (index === undefined) {
    index = regionIndex(id);
    if (index < 0) throw new Error(`classification produced unknown region "${id}"`);
    indexCache.set(id, index);
  }
  return index;
}

/** The region index (into REGIONS) of a skin point given in body coordinates with its outward normal. */
export function classifyPoint(x: number, y: number, z: number, nx: number, ny: number, nz: number): number {
  const side: BodySide = x >= 0 ? 'left' : 'right';
  // Math.abs also turns −0 into +0, which angle computations (atan2) would otherwise put in front.
  const key = classifyLeft({ x: Math.abs(x), y, z, nx: side === 'left' ? nx : -nx, ny, nz });
  return indexOf(key, side);
}
