/** The head and face, placed around the landmarks of the eye, ear, mastoid and jaw. */
import { LANDMARKS as L, type Vec3 } from '../body-plan';
import type { RegionKey } from './region-catalog';
import { DEG, distance, type SkinPoint } from './geometry';

const HEAD_CENTRE: Vec3 = [0, 1.665, -0.012];
const EYE_SURFACE: Vec3 = [L.eye[0], L.eye[1] + 0.002, L.eye[2] + 0.008];
/** The jaw joint sits just in front of the ear canal. */
const JAW_JOINT: Vec3 = [L.earCanal[0] - 0.006, L.earCanal[1] - 0.008, L.earCanal[2] + 0.026];
const MIDLINE_HALF_WIDTH = 0.01;
const NOSE_ROOT_Y = 1.668;
const EAR = { y: 1.645, z: -0.012, halfHeight: 0.033, halfDepth: 0.02, minX: 0.064 };

/** Azimuth around the vertical head axis (0 ahead, 90 at the side, 180 behind) and elevation above the head centre. */
function headAngles(p: SkinPoint): { azimuth: number; elevation: number } {
  const dx = p.x - HEAD_CENTRE[0];
  const dy = p.y - HEAD_CENTRE[1];
  const dz = p.z - HEAD_CENTRE[2];
  return { azimuth: Math.atan2(dx, dz) * DEG, elevation: Math.atan2(dy, Math.hypot(dx, dz)) * DEG };
}

function isEar(p: SkinPoint): boolean {
  return p.x > EAR.minX && Math.hypot((p.y - EAR.y) / EAR.halfHeight, (p.z - EAR.z) / EAR.halfDepth) < 1;
}

function face(p: SkinPoint): RegionKey {
  if (distance(p, EYE_SURFACE) < 0.02) return 'behind-eye';
  if (p.x < 0.02 && p.y > 1.598 && p.y < 1.668) return 'nose';
  if (p.x < 0.022 && p.y > 1.572 && p.y <= 1.598) return 'mouth';
  if (p.x < 0.021 && p.y <= 1.572) return 'chin';
  if (p.y > 1.688) return 'forehead';
  if (p.y > 1.666) return 'eyebrow';
  if (p.y > 1.625) return p.x > 0.038 ? 'cheekbone' : 'cheek';
  if (p.y > 1.6) return 'cheek';
  if (p.y > 1.585) return 'upper-teeth';
  if (p.y > 1.562) return 'lower-teeth';
  return 'jaw';
}

function sideOfFace(p: SkinPoint): RegionKey {
  if (distance(p, JAW_JOINT) < 0.014) return 'jaw-joint';
  if (Math.hypot(p.y - L.jawAngle[1], p.z - L.jawAngle[2]) < 0.02) return 'jaw-angle';
  if (p.y > 1.642) return 'temple';
  if (p.y > 1.626) return 'cheekbone';
  if (p.z < L.jawAngle[2] - 0.006) return 'jaw-angle';
  if (p.y > 1.575 - 0.3 * p.z) return 'masseter';
  return 'jaw';
}

export function classifyHead(p: SkinPoint): RegionKey {
  const { azimuth, elevation } = headAngles(p);
  if (elevation > 64) return 'vertex';
  // Midline strips keep the paired regions of the forehead and the back of the head off the midline.
  if (p.x < MIDLINE_HALF_WIDTH && azimuth > 90) return 'mid-occiput';
  if (p.x < MIDLINE_HALF_WIDTH && p.y > NOSE_ROOT_Y) return 'mid-forehead';
  if (isEar(p)) return 'ear';
  if (distance(p, L.mastoid) < 0.022) return 'mastoid';
  if (elevation > 36) return azimuth < 48 ? 'forehead' : 'parietal';
  if (azimuth < 42) return face(p);
  if (azimuth < 75) return sideOfFace(p);
  if (azimuth < 112) {
    if (p.y > L.earCanal[1] + 0.02) return 'above-ear';
    return p.z > EAR.z ? sideOfFace(p) : 'occiput';
  }
  return elevation > 18 && azimuth < 140 ? 'parietal' : 'occiput';
}
