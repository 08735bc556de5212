/** Limb segments built from the body-plan landmarks (left side); the rules measure along and around them. */
import { LANDMARKS as L, type Vec3 } from '../body-plan';
import { segment } from './geometry';

export const UPPER_ARM = segment(L.shoulder, L.elbow);
export const FOREARM = segment(L.elbow, L.wrist);
/** The hand continues the forearm's axis past the wrist; palms face +z. */
export const HAND = segment(L.wrist, [L.wrist[0] + FOREARM.axis[0], L.wrist[1] + FOREARM.axis[1], L.wrist[2]]);
export const THIGH = segment(L.hipJoint, L.knee);
export const SHANK = segment(L.knee, L.ankle);

/** The deltoid's front and back borders, as an offset from the upper arm's axis toward the trunk. */
export const DELTOID_MEDIAL_EDGE = -0.03;
/** Distance down the upper arm below which the arm's inner side faces the trunk across the armpit. */
export const ARMPIT_ALONG = 0.12;
/** Below that, arm and trunk meet in creases within this band of offsets from the upper arm's axis. */
export const ARM_TRUNK_CREASE = { inner: -0.065, outer: -0.015 };
/** Nothing medial of this x belongs to the arm; the deltoid's medial border sits near here. */
export const SHOULDER_CAP_MIN_X = 0.158;

/** The apex of the armpit, where the arm's inner side meets the side of the chest. */
export const AXILLA: Vec3 = [
  L.shoulder[0] + UPPER_ARM.axis[0] * 0.15 - UPPER_ARM.lateral[0] * 0.048,
  L.shoulder[1] + UPPER_ARM.axis[1] * 0.15 - UPPER_ARM.lateral[1] * 0.048,
  L.shoulder[2] - 0.006,
];
export const AXILLA_RADIUS = 0.04;

const PUBIC_TUBERCLE = { x: 0.025, y: 0.875 };
/** Height of the inguinal ligament (the groin crease) at a given x: from the pubic tubercle up to the ASIS. */
export function inguinalY(x: number): number {
  const t = Math.min(x, L.asis[0]) - PUBIC_TUBERCLE.x;
  return PUBIC_TUBERCLE.y + (t * (L.asis[1] - PUBIC_TUBERCLE.y)) / (L.asis[0] - PUBIC_TUBERCLE.x);
}

/** The seam between the thighs (the pelvic floor) runs up to here, below the pubis. */
export const PERINEUM_TOP = 0.848;
