/** The shoulder cap, upper arm, elbow and forearm, measured along and around the arm's segments. */
import type { RegionKey } from './region-catalog';
import { faceOf, segmentCoords, type SkinPoint } from './geometry';
import { FOREARM, UPPER_ARM } from './skeleton';
import { classifyHand } from './classify-hand';

/** The deltoid covers the upper arm down to about here (metres from the shoulder joint). */
const DELTOID_END = 0.115;
const ELBOW_ABOVE = 0.04;
const BELOW_ARMPIT = 0.17;
const ELBOW_BELOW = 0.035;
const WRIST_ABOVE = 0.018;

const ARM_FACES = { front: 'anterior-arm', lateral: 'lateral-arm', back: 'posterior-arm', medial: 'medial-arm' } as const;
const FOREARM_FACES = { front: 'volar-forearm', lateral: 'radial-forearm', back: 'dorsal-forearm', medial: 'ulnar-forearm' } as const;
const ELBOW_FACES = { front: 'front-of-elbow', lateral: 'lateral-epicondyle', back: 'olecranon', medial: 'medial-epicondyle' } as const;

function thirdOf(t: number): 'upper' | 'middle' | 'lower' {
  return t < 1 / 3 ? 'upper' : t < 2 / 3 ? 'middle' : 'lower';
}

function shoulderCap(along: number, angle: number): RegionKey {
  // The inner side of the cap faces the trunk: it goes with the front or the back of the shoulder.
  if (along < -0.02) return 'top-of-shoulder';
  const face = faceOf(angle, 50, 45);
  if (face === 'front') return 'front-of-shoulder';
  if (face === 'back') return 'back-of-shoulder';
  if (face === 'lateral') return 'outer-shoulder';
  return angle > -90 ? 'front-of-shoulder' : 'back-of-shoulder';
}

export function classifyArm(p: SkinPoint): RegionKey {
  const f = segmentCoords(FOREARM, p);
  if (f.along > FOREARM.length - WRIST_ABOVE) return classifyHand(p, f.along - FOREARM.length);
  if (f.along > ELBOW_BELOW) {
    const t = (f.along - ELBOW_BELOW) / (FOREARM.length - WRIST_ABOVE - ELBOW_BELOW);
    const third = t < 1 / 3 ? 'proximal' : t < 2 / 3 ? 'middle' : 'distal';
    return `${FOREARM_FACES[faceOf(f.angle)]}-${third}`;
  }
  const u = segmentCoords(UPPER_ARM, p);
  if (u.along > UPPER_ARM.length - ELBOW_ABOVE) return ELBOW_FACES[faceOf(f.along > 0 ? f.angle : u.angle, 50, 40)];
  const face = faceOf(u.angle);
  // The inner arm starts below the armpit rather than below the deltoid.
  const top = face === 'medial' ? BELOW_ARMPIT : DELTOID_END;
  if (u.along > top) return `${ARM_FACES[face]}-${thirdOf((u.along - top) / (UPPER_ARM.length - ELBOW_ABOVE - top))}`;
  if (u.along > DELTOID_END) return 'armpit';
  return shoulderCap(u.along, u.angle);
}
