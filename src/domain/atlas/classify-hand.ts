/** The wrist, palm, back of hand, thumb and fingers, by the nearest bone in hand coordinates. */
import { LANDMARKS as L } from '../body-plan';
import type { RegionKey } from './region-catalog';
import { dot, faceOf, segmentCoords, type SkinPoint } from './geometry';
import { boneDistance, HAND_BONES, palmDistance, type HandVec } from './hand-skeleton';
import { HAND } from './skeleton';

const WRIST_END = 0.012;
const WRIST_FACES = { front: 'volar-wrist', lateral: 'radial-wrist', back: 'dorsal-wrist', medial: 'ulnar-wrist' } as const;

function handCoords(p: SkinPoint, along: number): HandVec {
  const rel: [number, number, number] = [p.x - L.wrist[0], p.y - L.wrist[1], p.z - L.wrist[2]];
  return [along, dot(rel, HAND.lateral), rel[2]];
}

function palmOrBack(h: HandVec, p: SkinPoint): RegionKey {
  const [along, across, palmar] = h;
  if (palmar > -0.001) {
    if (across > 0.01 && along < 0.068) return 'thenar';
    if (across < -0.02 && along < 0.08) return 'hypothenar';
    return 'palm';
  }
  if (across > 0.02 && along < 0.075 && p.nz < 0.5) return 'web-of-thumb';
  return 'back-of-hand';
}

export function classifyHand(p: SkinPoint, alongFromWrist: number): RegionKey {
  if (alongFromWrist < WRIST_END) return WRIST_FACES[faceOf(segmentCoords(HAND, p).angle, 50, 50)];
  const h = handCoords(p, alongFromWrist);
  let best = palmDistance(h);
  let bone = 'palm';
  for (const b of HAND_BONES) {
    const d = boneDistance(b, h);
    if (d < best) {
      best = d;
      bone = b.name;
    }
  }
  if (bone === 'palm') return palmOrBack(h, p);
  if (bone === 'thumb-metacarpal') return p.nz > 0 ? 'thenar' : 'web-of-thumb';
  return bone as RegionKey;
}
