/**
 * The bones of the left hand in hand coordinates: `along` the forearm axis from the wrist, `across`
 * toward the thumb, `palmar` toward the palm (+z). The layout follows the sculpted hand (palm
 * forward, relaxed fingers) so that each finger and the thumb can be told apart by the nearest bone.
 */
export type HandVec = readonly [along: number, across: number, palmar: number];

export interface Bone {
  readonly name: string;
  readonly from: HandVec;
  readonly to: HandVec;
  readonly radius: number;
}

const unit = (v: HandVec): HandVec => {
  const l = Math.hypot(v[0], v[1], v[2]);
  return [v[0] / l, v[1] / l, v[2] / l];
};
const step = (from: HandVec, dir: HandVec, length: number): HandVec => [from[0] + dir[0] * length, from[1] + dir[1] * length, from[2] + dir[2] * length];

type Finger = 'index' | 'middle' | 'ring' | 'little';

const FINGERS: { finger: Finger; base: HandVec; spread: number; proximal: number; rest: number; radius: number }[] = [
  { finger: 'index', base: [0.096, 0.027, 0], spread: 0.1, proximal: 0.041, rest: 0.046, radius: 0.0084 },
  { finger: 'middle', base: [0.1, 0.008, 0], spread: 0.015, proximal: 0.045, rest: 0.05, radius: 0.0086 },
  { finger: 'ring', base: [0.097, -0.0115, 0], spread: -0.075, proximal: 0.042, rest: 0.048, radius: 0.0081 },
  { finger: 'little', base: [0.088, -0.03, 0], spread: -0.19, proximal: 0.032, rest: 0.04, radius: 0.0072 },
];

function fingerBones(): Bone[] {
  return FINGERS.flatMap(({ finger, base, spread, proximal, rest, radius }) => {
    const knuckle = step(base, unit([Math.cos(spread), Math.sin(spread), 0.12]), proximal);
    const tip = step(knuckle, unit([Math.cos(spread), Math.sin(spread), 0.33]), rest);
    return [
      { name: `${finger}-finger-base`, from: base, to: knuckle, radius },
      { name: `${finger}-finger-tip`, from: knuckle, to: tip, radius: radius * 0.88 },
    ];
  });
}

function thumbBones(): Bone[] {
  const cmc: HandVec = [0.02, 0.024, 0.006];
  const mcp = step(cmc, unit([0.55, 0.72, 0.42]), 0.046);
  const ip = step(mcp, unit([0.72, 0.5, 0.48]), 0.031);
  const tip = step(ip, unit([0.8, 0.36, 0.48]), 0.026);
  return [
    { name: 'thumb-metacarpal', from: cmc, to: mcp, radius: 0.012 },
    { name: 'thumb-base', from: mcp, to: ip, radius: 0.0103 },
    { name: 'thumb-tip', from: ip, to: tip, radius: 0.009 },
  ];
}

export const HAND_BONES: readonly Bone[] = [...thumbBones(), ...fingerBones()];

/** The palm as a rounded box: centre, half sizes and rounding, in hand coordinates. */
export const PALM = { centre: [0.052, -0.001, -0.001] as HandVec, half: [0.05, 0.041, 0.0135] as HandVec, rounding: 0.012 };

export function boneDistance(bone: Bone, p: HandVec): number {
  const d: HandVec = [bone.to[0] - bone.from[0], bone.to[1] - bone.from[1], bone.to[2] - bone.from[2]];
  const r: HandVec = [p[0] - bone.from[0], p[1] - bone.from[1], p[2] - bone.from[2]];
  const t = Math.max(0, Math.min(1, (r[0] * d[0] + r[1] * d[1] + r[2] * d[2]) / (d[0] * d[0] + d[1] * d[1] + d[2] * d[2])));
  return Math.hypot(r[0] - d[0] * t, r[1] - d[1] * t, r[2] - d[2] * t) - bone.radius;
}

export function palmDistance(p: HandVec): number {
  const q = [0, 1, 2].map((i) => Math.abs(p[i] - PALM.centre[i]) - (PALM.half[i] - PALM.rounding));
  return Math.hypot(Math.max(q[0], 0), Math.max(q[1], 0), Math.max(q[2], 0)) + Math.min(Math.max(q[0], q[1], q[2]), 0) - PALM.rounding;
}
