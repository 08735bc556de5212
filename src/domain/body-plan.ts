/**
 * The body's own coordinate frame and landmarks, shared by the body generator and the region atlas.
 *
 * Units are metres. +y is up with the soles at y = 0, +z points out of the front of the body and
 * +x points to the body's LEFT (a viewer facing the body sees its left on their right).
 * Every landmark is given for the left side; the right side is the mirror image (x → −x).
 * The figure is an adult of 1.75 m in the anatomical position: arms slightly abducted, palms forward.
 */
export type Vec3 = readonly [number, number, number];

export const STATURE = 1.75;

/** Abduction of the upper arm and forearm from vertical, in radians. */
export const ARM_ABDUCTION = (14 * Math.PI) / 180;
export const FOREARM_ABDUCTION = (19 * Math.PI) / 180;

const shoulder: Vec3 = [0.19, 1.425, -0.014];
const upperArmLength = 0.295;
const forearmLength = 0.255;

const along = (from: Vec3, angle: number, length: number): Vec3 => [
  from[0] + Math.sin(angle) * length,
  from[1] - Math.cos(angle) * length,
  from[2],
];

const elbow = along(shoulder, ARM_ABDUCTION, upperArmLength);
const wrist = along(elbow, FOREARM_ABDUCTION, forearmLength);

/** Left-side landmarks (x ≥ 0). Heights follow classic eight-head proportions. */
export const LANDMARKS = {
  vertex: [0, 1.75, -0.01],
  eye: [0.032, 1.652, 0.07],
  earCanal: [0.072, 1.64, -0.012],
  mastoid: [0.06, 1.612, -0.03],
  chin: [0, 1.533, 0.075],
  jawAngle: [0.056, 1.575, -0.002],
  c7: [0, 1.49, -0.075],
  sternalNotch: [0, 1.44, 0.06],
  acromion: [0.198, 1.45, -0.014],
  shoulder,
  nipple: [0.1, 1.29, 0.1],
  xiphoid: [0, 1.22, 0.105],
  scapulaSpineRoot: [0.07, 1.37, -0.1],
  scapulaInferiorAngle: [0.095, 1.22, -0.09],
  navel: [0, 1.05, 0.092],
  iliacCrest: [0.14, 1.07, -0.01],
  asis: [0.115, 0.99, 0.075],
  hipJoint: [0.09, 0.91, 0.0],
  trochanter: [0.165, 0.9, -0.005],
  crotch: [0, 0.83, 0],
  elbow,
  wrist,
  knee: [0.095, 0.49, 0.005],
  ankle: [0.095, 0.085, -0.012],
  medialMalleolus: [0.075, 0.088, -0.01],
  lateralMalleolus: [0.118, 0.074, -0.022],
  heel: [0.095, 0.03, -0.055],
  toeTip: [0.08, 0.015, 0.2],
} satisfies Record<string, Vec3>;

export type LandmarkName = keyof typeof LANDMARKS;

/** Unit vectors of the left arm segments, pointing away from the trunk. */
export const UPPER_ARM_DIRECTION: Vec3 = [Math.sin(ARM_ABDUCTION), -Math.cos(ARM_ABDUCTION), 0];
export const FOREARM_DIRECTION: Vec3 = [Math.sin(FOREARM_ABDUCTION), -Math.cos(FOREARM_ABDUCTION), 0];
