/** The left hand, palm forward: palm, thenar and hypothenar pads, four fingers and a thumb. */
import { FOREARM_DIRECTION as D, LANDMARKS as L, type Vec3 } from '../domain/body-plan';
import { ellipsoid, frameFrom, roundBox, roundCone, type Primitive } from './primitives';

const ACROSS: Vec3 = [-D[1], D[0], 0]; // toward the thumb side in the palm's plane
const PALMAR: Vec3 = [0, 0, 1];

const at = (along: number, across: number, palmar: number): Vec3 => [
  L.wrist[0] + D[0] * along + ACROSS[0] * across + PALMAR[0] * palmar,
  L.wrist[1] + D[1] * along + ACROSS[1] * across + PALMAR[1] * palmar,
  L.wrist[2] + D[2] * along + ACROSS[2] * across + PALMAR[2] * palmar,
];
const direction = (along: number, across: number, palmar: number): Vec3 => {
  const v = at(along, across, palmar);
  const l = Math.hypot(v[0] - L.wrist[0], v[1] - L.wrist[1], v[2] - L.wrist[2]);
  return [(v[0] - L.wrist[0]) / l, (v[1] - L.wrist[1]) / l, (v[2] - L.wrist[2]) / l];
};

interface Digit {
  name: string;
  base: Vec3;
  spread: number;
  lengths: [number, number, number];
  radius: number;
}

const FINGERS: Digit[] = [
  { name: 'index', base: at(0.096, 0.027, 0), spread: 0.13, lengths: [0.041, 0.025, 0.021], radius: 0.0091 },
  { name: 'middle', base: at(0.1, 0.008, 0), spread: 0.015, lengths: [0.045, 0.028, 0.022], radius: 0.0093 },
  { name: 'ring', base: at(0.097, -0.0115, 0), spread: -0.09, lengths: [0.042, 0.027, 0.021], radius: 0.0088 },
  { name: 'little', base: at(0.088, -0.03, 0), spread: -0.19, lengths: [0.032, 0.021, 0.019], radius: 0.0079 },
];

/** Three phalanges, each bent a little further toward the palm, as in a relaxed hand. */
function finger({ name, base, spread, lengths, radius }: Digit): Primitive[] {
  const parts: Primitive[] = [];
  let start = base;
  let r = radius;
  lengths.forEach((length, i) => {
    const curl = 0.12 + i * 0.14;
    const dir = direction(Math.cos(spread), Math.sin(spread), curl);
    const end: Vec3 = [start[0] + dir[0] * length, start[1] + dir[1] * length, start[2] + dir[2] * length];
    const rEnd = r * (i === 2 ? 0.84 : 0.93);
    parts.push(roundCone(`${name} finger ${i + 1} left`, start, end, r, rEnd, { smoothness: i === 0 ? 0.011 : 0.004 }));
    start = end;
    r = rEnd;
  });
  return parts;
}

function thumb(): Primitive[] {
  const cmc = at(0.02, 0.024, 0.006);
  const segments: [Vec3, number, number, number][] = [
    [direction(0.55, 0.72, 0.42), 0.046, 0.0135, 0.0108],
    [direction(0.72, 0.5, 0.48), 0.031, 0.0108, 0.0098],
    [direction(0.8, 0.36, 0.48), 0.026, 0.0098, 0.0082],
  ];
  let start = cmc;
  return segments.map(([dir, length, r0, r1], i) => {
    const end: Vec3 = [start[0] + dir[0] * length, start[1] + dir[1] * length, start[2] + dir[2] * length];
    const part = roundCone(`thumb ${i + 1} left`, start, end, r0, r1, { smoothness: i === 0 ? 0.015 : 0.005 });
    start = end;
    return part;
  });
}

export function handPrimitives(): Primitive[] {
  const palmFrame = frameFrom(D);
  return [
    roundBox('palm left', at(0.052, -0.001, -0.001), [0.041, 0.05, 0.0135], 0.0125, palmFrame, { smoothness: 0.014 }),
    ellipsoid('thenar left', at(0.038, 0.021, 0.011), [0.017, 0.028, 0.013], frameFrom(direction(1, 0.45, 0)), { smoothness: 0.014 }),
    ellipsoid('hypothenar left', at(0.048, -0.028, 0.008), [0.013, 0.036, 0.01], palmFrame, { smoothness: 0.014 }),
    ...FINGERS.flatMap(finger),
    ...thumb(),
  ];
}
