/** Small vector helpers and limb-segment coordinates used by the classification rules. */
import type { Vec3 } from '../body-plan';

/** A point on the left half of the body (x ≥ 0) with its outward surface normal. */
export interface SkinPoint {
  readonly x: number;
  readonly y: number;
  readonly z: number;
  readonly nx: number;
  readonly ny: number;
  readonly nz: number;
}

export const DEG = 180 / Math.PI;

export const dot = (a: Vec3, b: Vec3): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
export const sub = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
export const add = (a: Vec3, b: Vec3, scale = 1): Vec3 => [a[0] + b[0] * scale, a[1] + b[1] * scale, a[2] + b[2] * scale];
export const cross = (a: Vec3, b: Vec3): Vec3 => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
export const length = (a: Vec3): number => Math.hypot(a[0], a[1], a[2]);
export const normalize = (a: Vec3): Vec3 => {
  const l = length(a);
  return [a[0] / l, a[1] / l, a[2] / l];
};
export const distance = (p: SkinPoint, q: Vec3): number => Math.hypot(p.x - q[0], p.y - q[1], p.z - q[2]);
export const position = (p: SkinPoint): Vec3 => [p.x, p.y, p.z];


/** A limb segment: an axis from `origin` with a front reference, for longitudinal and angular coordinates. */
export interface Segment {
  readonly origin: Vec3;
  readonly axis: Vec3;
  readonly length: number;
  /** Unit vector perpendicular to the axis, toward the front of the body. */
  readonly front: Vec3;
  /** Unit vector perpendicular to the axis, toward the body's left (lateral on the left limb). */
  readonly lateral: Vec3;
}

export function segment(from: Vec3, to: Vec3, frontHint: Vec3 = [0, 0, 1]): Segment {
  const delta = sub(to, from);
  const axis = normalize(delta);
  const front = normalize(add(frontHint, axis, -dot(frontHint, axis)));
  const across = normalize(cross(axis, front));
  const lateral: Vec3 = across[0] < 0 ? [-across[0], -across[1], -across[2]] : across;
  return { origin: from, axis, length: length(delta), front, lateral };
}

export interface SegmentCoords {
  /** Distance along the axis from the origin, in metres. */
  readonly along: number;
  /** `along` as a fraction of the segment length. */
  readonly t: number;
  /** Distance from the axis. */
  readonly radial: number;
  /** Offset toward the front and toward the lateral side, in metres. */
  readonly front: number;
  readonly lateral: number;
  /** Angle around the axis in degrees: 0 front, 90 lateral, ±180 back, −90 medial. */
  readonly angle: number;
}

export function segmentCoords(s: Segment, p: SkinPoint): SegmentCoords {
  const rel = sub(position(p), s.origin);
  const along = dot(rel, s.axis);
  const front = dot(rel, s.front);
  const lateral = dot(rel, s.lateral);
  return { along, t: along / s.length, radial: Math.hypot(front, lateral), front, lateral, angle: Math.atan2(lateral, front) * DEG };
}

export type Face = 'front' | 'lateral' | 'back' | 'medial';

/** Which face an angle (0 front, 90 lateral, ±180 back) falls in, given the half-widths of the front and back faces. */
export function faceOf(angle: number, frontHalf = 45, backHalf = 45): Face {
  if (Math.abs(angle) < frontHalf) return 'front';
  if (Math.abs(angle) > 180 - backHalf) return 'back';
  return angle > 0 ? 'lateral' : 'medial';
}
