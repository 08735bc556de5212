/**
 * Skin points at known places, in body coordinates with an outward normal, and the region each must
 * fall in. They sit on the generated skin (within a centimetre) next to the body-plan landmarks.
 */
import { FOREARM_DIRECTION as D, LANDMARKS as L, type Vec3 } from '../../../src/domain/body-plan';

export interface LandmarkPoint {
  readonly place: string;
  readonly point: Vec3;
  readonly normal: Vec3;
  readonly region: string;
}

const offset = (from: Vec3, dx: number, dy: number, dz: number): Vec3 => [from[0] + dx, from[1] + dy, from[2] + dz];
/** A point of the left hand: `along` the forearm axis from the wrist, `across` toward the thumb, `palmar` toward the palm. */
const hand = (along: number, across: number, palmar: number): Vec3 => [
  L.wrist[0] + D[0] * along - D[1] * across,
  L.wrist[1] + D[1] * along + D[0] * across,
  L.wrist[2] + palmar,
];

export const LANDMARK_POINTS: readonly LandmarkPoint[] = [
  { place: 'lateral malleolus', point: offset(L.lateralMalleolus, 0.013, 0, 0), normal: [1, 0, 0], region: 'lateral-malleolus-left' },
  { place: 'medial malleolus', point: offset(L.medialMalleolus, -0.0135, 0, 0), normal: [-1, 0, 0], region: 'medial-malleolus-left' },
  { place: 'heel, underneath', point: [L.heel[0], 0.001, L.heel[2] + 0.01], normal: [0, -1, 0], region: 'heel-left' },
  { place: 'back of heel', point: [L.heel[0], 0.035, -0.084], normal: [0, 0, -1], region: 'back-of-heel-left' },
  { place: 'ball of foot', point: [0.105, 0.001, 0.115], normal: [0, -1, 0], region: 'ball-of-foot-left' },
  { place: 'big toe', point: offset(L.toeTip, 0, 0.004, 0), normal: [0, 0.3, 1], region: 'big-toe-left' },
  { place: 'vertex', point: offset(L.vertex, 0, 0, 0), normal: [0, 1, 0], region: 'vertex' },
  { place: 'behind the eye', point: offset(L.eye, 0, 0, 0.012), normal: [0, 0, 1], region: 'behind-eye-left' },
  { place: 'eyebrow', point: [0.032, 1.675, 0.088], normal: [0, 0.3, 1], region: 'eyebrow-left' },
  { place: 'temple', point: [0.069, 1.675, 0.03], normal: [1, 0, 0.3], region: 'temple-left' },
  { place: 'ear', point: offset(L.earCanal, 0.011, 0.01, 0), normal: [1, 0, 0], region: 'ear-left' },
  { place: 'mastoid', point: offset(L.mastoid, 0.012, 0, -0.012), normal: [0.7, 0, -0.7], region: 'mastoid-left' },
  { place: 'occiput', point: [0.03, 1.63, -0.105], normal: [0.3, 0, -1], region: 'occiput-left' },
  { place: 'nose', point: [0, 1.612, 0.118], normal: [0, 0, 1], region: 'nose' },
  { place: 'chin', point: offset(L.chin, 0, 0.012, 0.008), normal: [0, 0, 1], region: 'chin' },
  { place: 'throat', point: [0, 1.49, 0.045], normal: [0, 0, 1], region: 'throat' },
  { place: 'top of shoulder', point: offset(L.acromion, 0, 0.035, 0), normal: [0, 1, 0], region: 'top-of-shoulder-left' },
  { place: 'sternum', point: [0, 1.3, 0.105], normal: [0, 0, 1], region: 'sternum' },
  { place: 'nipple', point: offset(L.nipple, 0, 0, 0), normal: [0, 0, 1], region: 'nipple-left' },
  { place: 'navel', point: offset(L.navel, 0, 0, 0.004), normal: [0, 0, 1], region: 'navel' },
  { place: 'shoulder blade', point: [0.11, 1.3, -0.125], normal: [0, 0, -1], region: 'scapula-left' },
  { place: 'inferior angle of the shoulder blade', point: offset(L.scapulaInferiorAngle, 0, 0, -0.03), normal: [0, 0, -1], region: 'inferior-angle-left' },
  { place: 'lateral epicondyle', point: offset(L.elbow, 0.046, 0, -0.006), normal: [1, 0, 0], region: 'lateral-epicondyle-left' },
  { place: 'medial epicondyle', point: offset(L.elbow, -0.049, 0.004, -0.008), normal: [-1, 0, 0], region: 'medial-epicondyle-left' },
  { place: 'point of the elbow', point: offset(L.elbow, 0, 0.005, -0.043), normal: [0, 0, -1], region: 'olecranon-left' },
  { place: 'palm', point: hand(0.06, -0.005, 0.014), normal: [0, 0, 1], region: 'palm-left' },
  { place: 'back of hand', point: hand(0.07, -0.005, -0.014), normal: [0, 0, -1], region: 'back-of-hand-left' },
  { place: 'middle fingertip', point: hand(0.19, 0.01, 0.02), normal: [0, 0, 1], region: 'middle-finger-tip-left' },
  { place: 'patella', point: offset(L.knee, 0, 0.012, 0.058), normal: [0, 0, 1], region: 'patella-left' },
  { place: 'back of knee', point: offset(L.knee, 0, 0, -0.05), normal: [0, 0, -1], region: 'back-of-knee-left' },
  { place: 'Achilles tendon', point: offset(L.ankle, 0, 0.06, -0.05), normal: [0, 0, -1], region: 'achilles-left' },
  { place: 'buttock', point: [0.09, 0.88, -0.145], normal: [0, 0, -1], region: 'buttock-left' },
  { place: 'sacrum', point: [0, 0.94, -0.115], normal: [0, 0, -1], region: 'sacrum' },
  { place: 'lateral hip over the trochanter', point: offset(L.trochanter, 0.008, 0, 0), normal: [1, 0, 0], region: 'lateral-hip-left' },
];
