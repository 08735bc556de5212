/** The left foot: heel, instep, a raised medial arch, the ball and five toes. */
import { ellipsoid, roundCone, type Primitive } from './primitives';
import type { Vec3 } from '../domain/body-plan';

interface Toe {
  base: Vec3;
  tip: Vec3;
  radius: number;
}

const TOES: Toe[] = [
  { base: [0.082, 0.024, 0.15], tip: [0.079, 0.017, 0.197], radius: 0.0145 },
  { base: [0.104, 0.019, 0.158], tip: [0.107, 0.012, 0.19], radius: 0.0078 },
  { base: [0.12, 0.018, 0.152], tip: [0.126, 0.011, 0.178], radius: 0.0073 },
  { base: [0.133, 0.017, 0.142], tip: [0.139, 0.011, 0.166], radius: 0.007 },
  { base: [0.144, 0.016, 0.128], tip: [0.151, 0.011, 0.149], radius: 0.0066 },
];

export function footPrimitives(): Primitive[] {
  return [
    ellipsoid('heel left', [0.095, 0.038, -0.045], [0.031, 0.038, 0.04], undefined, { smoothness: 0.03 }),
    roundCone('midfoot left', [0.097, 0.05, -0.02], [0.105, 0.03, 0.105], 0.033, 0.022, { smoothness: 0.03 }),
    ellipsoid('instep left', [0.098, 0.058, 0.03], [0.032, 0.03, 0.07], undefined, { smoothness: 0.03 }),
    ellipsoid('forefoot left', [0.108, 0.023, 0.12], [0.045, 0.021, 0.045], undefined, { smoothness: 0.025 }),
    ellipsoid('lateral border left', [0.127, 0.021, 0.05], [0.017, 0.02, 0.07], undefined, { smoothness: 0.03 }),
    ellipsoid('arch left', [0.064, -0.004, 0.045], [0.024, 0.023, 0.055], undefined, { blend: 'subtract', smoothness: 0.02 }),
    ...TOES.map((t, i) => roundCone(`toe ${i + 1} left`, t.base, t.tip, t.radius, t.radius * 0.9, { smoothness: i === 0 ? 0.008 : 0.006 })),
  ];
}
