/** The ankle and foot: malleoli, heel, the sole and its arch, the top of the foot and the toes. */
import { LANDMARKS as L, type Vec3 } from '../body-plan';
import type { RegionKey } from './region-catalog';
import { distance, type SkinPoint } from './geometry';

const FOREFOOT = { x: 0.108, z: 0.112, halfWidth: 0.045, length: 0.034 };
const BIG_TOE_LATERAL_EDGE = 0.0925;
const MALLEOLUS_RADIUS = 0.026;
const ACHILLES_INSERTION_Y = 0.062;

/** Where the toes leave the forefoot, at a given x. */
function toeLineZ(x: number): number {
  const u = (x - FOREFOOT.x) / FOREFOOT.halfWidth;
  return FOREFOOT.z + FOREFOOT.length * Math.sqrt(Math.max(0, 1 - u * u));
}

function plantar(p: SkinPoint): RegionKey {
  if (p.z < 0.012) return 'heel';
  if (p.z > 0.085) return 'ball-of-foot';
  return p.x < 0.088 ? 'arch' : 'sole';
}

/** The bony knob, and the side of the ankle straight above it up to the leg. */
function isMalleolus(p: SkinPoint, centre: Vec3, outward: number): boolean {
  if (distance(p, centre) < MALLEOLUS_RADIUS) return true;
  return p.nx * outward > 0.45 && p.y > centre[1] && Math.abs(p.z - centre[2]) < 0.022;
}

function sideOfAnkle(p: SkinPoint): RegionKey | undefined {
  if (isMalleolus(p, L.lateralMalleolus, 1)) return 'lateral-malleolus';
  if (isMalleolus(p, L.medialMalleolus, -1)) return 'medial-malleolus';
  if (p.y > 0.06 && p.z > L.ankle[2] + 0.012 && p.z < L.ankle[2] + 0.06) return 'front-of-ankle';
  if (p.z < L.ankle[2] + 0.012) return p.y > L.lateralMalleolus[1] + 0.01 ? 'achilles' : 'heel';
  return undefined;
}

export function classifyFoot(p: SkinPoint): RegionKey {
  if (p.z > toeLineZ(p.x)) return p.x < BIG_TOE_LATERAL_EDGE ? 'big-toe' : 'lesser-toes';
  if (p.ny < -0.55 || p.y < 0.005) return plantar(p);
  if (p.z < L.heel[2] + 0.005 && p.nz < -0.3) return p.y > ACHILLES_INSERTION_Y ? 'achilles' : 'back-of-heel';
  const ankle = sideOfAnkle(p);
  if (ankle) return ankle;
  if (p.nx > 0.5) return 'lateral-foot';
  if (p.nx < -0.5) return p.y < 0.028 ? 'arch' : 'medial-foot';
  return 'top-of-foot';
}
