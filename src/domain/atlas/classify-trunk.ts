/** The trunk: split into its top (the shoulder girdle), front, side and back, then mapped by height. */
import type { RegionKey } from './region-catalog';
import { DEG, type SkinPoint } from './geometry';
import { classifyShoulderTop, isShoulderTop } from './classify-girdle';
import { classifyFront } from './classify-front';
import { classifyBack } from './classify-back';

const TRUNK_AXIS_Z = -0.01;
const SIDE_TOP = 1.34;

/** Angle around the trunk in degrees, measured on an ellipse as wide as the trunk: 0 front, 90 side, 180 back. */
function trunkAngle(p: SkinPoint): number {
  return Math.atan2(p.x / 0.15, (p.z - TRUNK_AXIS_Z) / 0.1) * DEG;
}

function side(p: SkinPoint): RegionKey {
  if (p.y > 1.17) return 'side-of-chest';
  if (p.y > 1.1) return 'lower-side-of-chest';
  if (p.y > 1.04) return 'flank';
  if (p.y > 0.95) return 'upper-lateral-hip';
  return 'lateral-hip';
}

export function classifyTrunk(p: SkinPoint): RegionKey {
  if (isShoulderTop(p)) return classifyShoulderTop(p);
  const angle = trunkAngle(p);
  // Above the armpit the side of the trunk is covered by the arm: only front and back remain.
  if (p.y > SIDE_TOP) return p.z > TRUNK_AXIS_Z ? classifyFront(p) : classifyBack(p);
  if (angle < 62) return classifyFront(p);
  if (angle < 112) return side(p);
  return classifyBack(p);
}
