/** Thigh, knee and leg, measured by height and by the angle around the limb's axis. */
import { LANDMARKS as L } from '../body-plan';
import type { RegionKey } from './region-catalog';
import { faceOf, segmentCoords, type Face, type SkinPoint } from './geometry';
import { inguinalY, SHANK, THIGH } from './skeleton';

export const ANKLE_TOP = 0.115;
const KNEE_BOTTOM = L.knee[1] - 0.05;
const KNEE_TOP = L.knee[1] + 0.065;
const PATELLA_Y = L.knee[1] + 0.012;
const ACHILLES_TOP = 0.19;
/** Where the gap between the thighs begins. */
const CROTCH_APEX_Y = 0.665;

/** Where the thigh ends and the hip, groin or buttock begins, by face: the groin crease, the gluteal fold. */
const THIGH_TOP: Record<Face, number> = { front: 0.805, lateral: 0.835, back: 0.79, medial: 0.805 };

/** In front the thigh reaches up to a hand's breadth below the groin crease. */
function thighTopOf(face: Face, x: number): number {
  return face === 'front' ? Math.max(THIGH_TOP.front, inguinalY(x) - 0.07) : THIGH_TOP[face];
}

function thighTop(p: SkinPoint): number {
  return thighTopOf(faceOf(segmentCoords(THIGH, p).angle), p.x);
}

export function isLeg(p: SkinPoint): boolean {
  return p.y < thighTop(p);
}

const THIGH_FACES = { front: 'anterior-thigh', lateral: 'lateral-thigh', back: 'posterior-thigh', medial: 'medial-thigh' } as const;
const SHANK_FACES = { front: 'shin', lateral: 'lateral-leg', back: 'calf', medial: 'medial-leg' } as const;

function third(t: number): 'upper' | 'middle' | 'lower' {
  return t > 2 / 3 ? 'upper' : t > 1 / 3 ? 'middle' : 'lower';
}

function knee(p: SkinPoint, face: Face, lateralOffset: number): RegionKey {
  if (face === 'front') {
    if (p.y > PATELLA_Y + 0.028) return 'suprapatellar';
    if (p.y < PATELLA_Y - 0.03) return 'infrapatellar';
    if (Math.abs(lateralOffset) < 0.024) return 'patella';
    return lateralOffset > 0 ? 'lateral-knee' : 'medial-knee';
  }
  return face === 'back' ? 'back-of-knee' : face === 'lateral' ? 'lateral-knee' : 'medial-knee';
}

/**
 * The thighs are joined by a web of skin up to the crotch; its back half belongs with the back of
 * the thigh, so that the inner thigh stays one region in front of it.
 */
function thighFace(p: SkinPoint, angle: number, front: number): Face {
  const face = faceOf(angle);
  return face === 'medial' && front < -0.01 && p.y > CROTCH_APEX_Y ? 'back' : face;
}

export function classifyLeg(p: SkinPoint): RegionKey {
  const upper = p.y > L.knee[1];
  const c = segmentCoords(upper ? THIGH : SHANK, p);
  const face = upper ? thighFace(p, c.angle, c.front) : faceOf(c.angle);
  const kneeTop = face === 'front' ? KNEE_TOP + 0.02 : KNEE_TOP;
  if (p.y > kneeTop) return `${THIGH_FACES[face]}-${third((p.y - kneeTop) / (thighTopOf(face, p.x) - kneeTop))}`;
  if (p.y > KNEE_BOTTOM) return knee(p, face, c.lateral);
  if (face === 'back') return p.y < ACHILLES_TOP ? 'achilles' : `calf-${third((p.y - ACHILLES_TOP) / (KNEE_BOTTOM - ACHILLES_TOP))}`;
  return `${SHANK_FACES[face]}-${third((p.y - ANKLE_TOP) / (KNEE_BOTTOM - ANKLE_TOP))}`;
}
