/**
 * The sculpt: the primitives whose smooth union is the body. Paired parts are written once for
 * the left side and mirrored. Proportions come from the landmarks in domain/body-plan.
 */
import { FOREARM_DIRECTION, LANDMARKS as L, UPPER_ARM_DIRECTION, type Vec3 } from '../domain/body-plan';
import { ellipsoid, floorCut, frameFrom, roundBox, roundCone, sphere, type Primitive } from './primitives';
import { handPrimitives } from './hand-shape';
import { footPrimitives } from './foot-shape';
import { headPrimitives } from './head-shape';
import { bilateral } from './mirror';

export const add = (a: Vec3, b: Vec3, s = 1): Vec3 => [a[0] + b[0] * s, a[1] + b[1] * s, a[2] + b[2] * s];

function trunk(): Primitive[] {
  const back: Vec3 = [0, 0, -1];
  return [
    ellipsoid('ribcage', [0, 1.285, -0.005], [0.15, 0.19, 0.108], undefined, { smoothness: 0.06 }),
    ellipsoid('upper chest', [0, 1.37, 0.0], [0.17, 0.08, 0.095], undefined, { smoothness: 0.05 }),
    ellipsoid('waist', [0, 1.12, 0.0], [0.127, 0.13, 0.088], undefined, { smoothness: 0.08 }),
    ellipsoid('abdomen', [0, 1.06, 0.03], [0.11, 0.13, 0.068], undefined, { smoothness: 0.05 }),
    ellipsoid('pelvis', [0, 0.93, -0.01], [0.143, 0.1, 0.098], undefined, { smoothness: 0.07 }),
    ellipsoid('lower belly', [0, 0.95, 0.045], [0.11, 0.07, 0.055], undefined, { smoothness: 0.04 }),
    roundCone('neck', [0, 1.47, -0.02], [0, 1.6, -0.028], 0.056, 0.05, { smoothness: 0.05 }),
    roundCone('spine groove', [0, 1.36, -0.125], [0, 1.0, -0.115], 0.012, 0.012, { blend: 'subtract', smoothness: 0.02 }),
    sphere('navel', [0, L.navel[1], L.navel[2] + 0.006], 0.0075, { blend: 'subtract', smoothness: 0.006 }),
    ellipsoid('crotch', [0, 0.875, 0.0], [0.05, 0.045, 0.06], undefined, { smoothness: 0.03 }),
    ellipsoid('pubis', [0, 0.88, 0.06], [0.055, 0.04, 0.035], undefined, { smoothness: 0.03 }),
    ...bilateral([
      roundCone('clavicle left', [0.02, 1.44, 0.055], [0.178, 1.455, -0.002], 0.016, 0.022, { smoothness: 0.03 }),
      ellipsoid('trapezius left', [0.085, 1.455, -0.045], [0.095, 0.026, 0.042], frameFrom([0.42, 1, 0], back), { smoothness: 0.045 }),
      ellipsoid('pectoral left', [0.088, 1.345, 0.058], [0.095, 0.06, 0.038], frameFrom([0.45, 1, 0]), { smoothness: 0.045 }),
      ellipsoid('latissimus left', [0.1, 1.27, -0.045], [0.058, 0.12, 0.058], frameFrom([-0.3, 1, 0]), { smoothness: 0.06 }),
      ellipsoid('scapula left', [0.085, 1.32, -0.085], [0.065, 0.085, 0.028], frameFrom([0.25, 1, 0], back), { smoothness: 0.06 }),
      roundCone('erector left', [0.032, 1.38, -0.095], [0.028, 0.99, -0.085], 0.022, 0.03, { smoothness: 0.04 }),
      ellipsoid('oblique left', [0.095, 1.04, 0.01], [0.038, 0.07, 0.066], undefined, { smoothness: 0.05 }),
      ellipsoid('rectus left', [0.04, 1.12, 0.075], [0.042, 0.12, 0.025], undefined, { smoothness: 0.03 }),
      ellipsoid('gluteus left', [0.078, 0.875, -0.075], [0.082, 0.092, 0.068], frameFrom([0.15, 1, 0]), { smoothness: 0.05 }),
      ellipsoid('gluteus medius left', [0.118, 0.95, -0.04], [0.045, 0.055, 0.055], undefined, { smoothness: 0.05 }),
      ellipsoid('sternocleidomastoid left', [0.038, 1.53, 0.015], [0.015, 0.085, 0.016], frameFrom([0.3, 1, -0.55]), { smoothness: 0.025 }),
    ]),
  ];
}

function arm(): Primitive[] {
  const up = UPPER_ARM_DIRECTION;
  const fore = FOREARM_DIRECTION;
  const s = L.shoulder;
  const e = L.elbow;
  const w = L.wrist;
  const upperFrame = frameFrom(up);
  const foreFrame = frameFrom(fore);
  return [
    roundCone('shoulder cap left', [0.12, 1.44, -0.014], s, 0.05, 0.05, { smoothness: 0.05 }),
    ellipsoid('deltoid left', add(add(s, up, 0.065), [0.018, 0, 0.004]), [0.047, 0.1, 0.052], upperFrame, { smoothness: 0.04 }),
    roundCone('upper arm left', s, e, 0.045, 0.036, { smoothness: 0.03 }),
    ellipsoid('biceps left', add(add(s, up, 0.17), [-0.004, 0, 0.022]), [0.034, 0.09, 0.031], upperFrame, { smoothness: 0.03 }),
    ellipsoid('triceps left', add(add(s, up, 0.14), [0.002, 0, -0.022]), [0.037, 0.115, 0.034], upperFrame, { smoothness: 0.03 }),
    sphere('lateral epicondyle left', add(e, [0.03, 0.0, -0.006]), 0.016, { smoothness: 0.02 }),
    sphere('medial epicondyle left', add(e, [-0.032, 0.004, -0.008]), 0.017, { smoothness: 0.02 }),
    sphere('olecranon left', add(e, [0, 0.005, -0.026]), 0.017, { smoothness: 0.025 }),
    roundCone('forearm left', e, w, 0.037, 0.024, { smoothness: 0.03 }),
    ellipsoid('brachioradialis left', add(add(e, fore, 0.07), [0.018, 0, 0.008]), [0.027, 0.085, 0.03], foreFrame, { smoothness: 0.03 }),
    ellipsoid('forearm flexors left', add(add(e, fore, 0.075), [-0.014, 0, 0.012]), [0.03, 0.09, 0.028], foreFrame, { smoothness: 0.03 }),
    ellipsoid('forearm extensors left', add(add(e, fore, 0.08), [0.004, 0, -0.014]), [0.03, 0.09, 0.026], foreFrame, { smoothness: 0.03 }),
    roundBox('wrist left', add(w, fore, 0.004), [0.027, 0.016, 0.016], 0.014, foreFrame, { smoothness: 0.02 }),
  ];
}

function leg(): Primitive[] {
  const k = L.knee;
  const a = L.ankle;
  return [
    roundCone('thigh left', [0.095, 0.86, -0.005], k, 0.076, 0.05, { smoothness: 0.035 }),
    ellipsoid('vastus lateralis left', [0.128, 0.69, 0.012], [0.042, 0.16, 0.058], frameFrom([-0.08, 1, 0]), { smoothness: 0.04 }),
    ellipsoid('rectus femoris left', [0.098, 0.7, 0.05], [0.043, 0.16, 0.036], undefined, { smoothness: 0.04 }),
    ellipsoid('vastus medialis left', [0.07, 0.565, 0.035], [0.036, 0.07, 0.038], undefined, { smoothness: 0.035 }),
    ellipsoid('hamstrings left', [0.098, 0.7, -0.045], [0.052, 0.16, 0.048], undefined, { smoothness: 0.04 }),
    ellipsoid('adductors left', [0.065, 0.765, 0.005], [0.033, 0.1, 0.05], frameFrom([0.3, 1, 0]), { smoothness: 0.02 }),
    ellipsoid('patella left', add(k, [0, 0.012, 0.045]), [0.022, 0.026, 0.012], undefined, { smoothness: 0.02 }),
    sphere('medial condyle left', add(k, [-0.03, 0.005, 0]), 0.03, { smoothness: 0.03 }),
    sphere('lateral condyle left', add(k, [0.028, 0.005, -0.003]), 0.028, { smoothness: 0.03 }),
    roundCone('shank left', add(k, [0, -0.02, 0]), a, 0.042, 0.026, { smoothness: 0.035 }),
    ellipsoid('tibialis anterior left', add(k, [0.016, -0.15, 0.022]), [0.02, 0.11, 0.022], undefined, { smoothness: 0.03 }),
    ellipsoid('gastrocnemius medial left', add(k, [-0.017, -0.11, -0.042]), [0.032, 0.085, 0.036], frameFrom([0.1, 1, 0.15]), { smoothness: 0.03 }),
    ellipsoid('gastrocnemius lateral left', add(k, [0.017, -0.1, -0.038]), [0.028, 0.075, 0.032], frameFrom([-0.1, 1, 0.15]), { smoothness: 0.03 }),
    ellipsoid('soleus left', add(k, [0, -0.22, -0.028]), [0.038, 0.1, 0.03], undefined, { smoothness: 0.035 }),
    roundCone('achilles left', add(a, [0, 0.14, -0.035]), add(a, [0, -0.03, -0.04]), 0.012, 0.013, { smoothness: 0.02 }),
    sphere('medial malleolus left', L.medialMalleolus, 0.0135, { smoothness: 0.015 }),
    sphere('lateral malleolus left', L.lateralMalleolus, 0.013, { smoothness: 0.015 }),
  ];
}

export function bodyPrimitives(): Primitive[] {
  return [
    ...trunk(),
    ...headPrimitives(),
    ...bilateral([...arm(), ...handPrimitives(), ...leg(), ...footPrimitives()]),
    floorCut('soles', 0.0),
  ];
}
