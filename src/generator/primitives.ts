/**
 * Signed distance primitives for the procedural body. Each primitive is compiled to a closure over
 * plain numbers, because the generator evaluates millions of points and allocation would dominate.
 */
import type { Vec3 } from '../domain/body-plan';

export type Blend = 'add' | 'subtract';

export interface Primitive {
  readonly name: string;
  readonly blend: Blend;
  /** Smooth-blend radius in metres. */
  readonly smoothness: number;
  /** Axis-aligned bounds of the primitive's surface: [minX, minY, minZ, maxX, maxY, maxZ]. */
  readonly bounds: readonly number[];
  distance(x: number, y: number, z: number): number;
}

interface Options {
  smoothness?: number;
  blend?: Blend;
}

const norm = (v: Vec3): Vec3 => {
  const l = Math.hypot(v[0], v[1], v[2]);
  return [v[0] / l, v[1] / l, v[2] / l];
};

const cross = (a: Vec3, b: Vec3): Vec3 => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
];

/** A right-handed orthonormal frame whose second axis is `up` and whose third axis leans toward `front`. */
export function frameFrom(up: Vec3, front: Vec3 = [0, 0, 1]): [Vec3, Vec3, Vec3] {
  const v = norm(up);
  const u = norm(cross(v, front));
  const w = cross(u, v);
  return [u, v, w];
}

const AXES: [Vec3, Vec3, Vec3] = [
  [1, 0, 0],
  [0, 1, 0],
  [0, 0, 1],
];

function boxBounds(center: Vec3, reach: number): number[] {
  return [center[0] - reach, center[1] - reach, center[2] - reach, center[0] + reach, center[1] + reach, center[2] + reach];
}

/** Ellipsoid with semi-axes `radii` along the frame's axes (Quilez's bound, good near the surface). */
export function ellipsoid(name: string, center: Vec3, radii: Vec3, frame = AXES, options: Options = {}): Primitive {
  const [cx, cy, cz] = center;
  const [[ux, uy, uz], [vx, vy, vz], [wx, wy, wz]] = frame;
  const [rx, ry, rz] = radii;
  return {
    name,
    blend: options.blend ?? 'add',
    smoothness: options.smoothness ?? 0.02,
    bounds: boxBounds(center, Math.max(rx, ry, rz)),
    distance(x, y, z) {
      const dx = x - cx;
      const dy = y - cy;
      const dz = z - cz;
      const a = (dx * ux + dy * uy + dz * uz) / rx;
      const b = (dx * vx + dy * vy + dz * vz) / ry;
      const c = (dx * wx + dy * wy + dz * wz) / rz;
      const k0 = Math.sqrt(a * a + b * b + c * c);
      const k1 = Math.sqrt((a * a) / (rx * rx) + (b * b) / (ry * ry) + (c * c) / (rz * rz));
      return k1 === 0 ? -Math.min(rx, ry, rz) : (k0 * (k0 - 1)) / k1;
    },
  };
}

export function sphere(name: string, center: Vec3, radius: number, options: Options = {}): Primitive {
  const [cx, cy, cz] = center;
  return {
    name,
    blend: options.blend ?? 'add',
    smoothness: options.smoothness ?? 0.02,
    bounds: boxBounds(center, radius),
    distance: (x, y, z) => Math.hypot(x - cx, y - cy, z - cz) - radius,
  };
}

/** A cone with rounded ends: radius ra at a, rb at b (exact distance, after Quilez). */
export function roundCone(name: string, a: Vec3, b: Vec3, ra: number, rb: number, options: Options = {}): Primitive {
  const [ax, ay, az] = a;
  const bax = b[0] - ax;
  const bay = b[1] - ay;
  const baz = b[2] - az;
  const l2 = bax * bax + bay * bay + baz * baz;
  const rr = ra - rb;
  const a2 = l2 - rr * rr;
  const il2 = 1 / l2;
  const reach = Math.max(ra, rb);
  return {
    name,
    blend: options.blend ?? 'add',
    smoothness: options.smoothness ?? 0.02,
    bounds: [
      Math.min(ax, b[0]) - reach,
      Math.min(ay, b[1]) - reach,
      Math.min(az, b[2]) - reach,
      Math.max(ax, b[0]) + reach,
      Math.max(ay, b[1]) + reach,
      Math.max(az, b[2]) + reach,
    ],
    distance(x, y, z) {
      const pax = x - ax;
      const pay = y - ay;
      const paz = z - az;
      const t = pax * bax + pay * bay + paz * baz;
      const s = t - l2;
      const qx = pax * l2 - bax * t;
      const qy = pay * l2 - bay * t;
      const qz = paz * l2 - baz * t;
      const x2 = qx * qx + qy * qy + qz * qz;
      const y2 = t * t * l2;
      const z2 = s * s * l2;
      const k = Math.sign(rr) * rr * rr * x2;
      if (Math.sign(s) * a2 * z2 > k) return Math.sqrt(x2 + z2) * il2 - rb;
      if (Math.sign(t) * a2 * y2 < k) return Math.sqrt(x2 + y2) * il2 - ra;
      return (Math.sqrt(x2 * a2 * il2) + t * rr) * il2 - ra;
    },
  };
}

/** Box with rounded edges; `halfSize` is measured to the rounded surface. */
export function roundBox(name: string, center: Vec3, halfSize: Vec3, rounding: number, frame = AXES, options: Options = {}): Primitive {
  const [cx, cy, cz] = center;
  const [[ux, uy, uz], [vx, vy, vz], [wx, wy, wz]] = frame;
  const bx = halfSize[0] - rounding;
  const by = halfSize[1] - rounding;
  const bz = halfSize[2] - rounding;
  return {
    name,
    blend: options.blend ?? 'add',
    smoothness: options.smoothness ?? 0.02,
    bounds: boxBounds(center, Math.hypot(...halfSize)),
    distance(x, y, z) {
      const dx = x - cx;
      const dy = y - cy;
      const dz = z - cz;
      const qx = Math.abs(dx * ux + dy * uy + dz * uz) - bx;
      const qy = Math.abs(dx * vx + dy * vy + dz * vz) - by;
      const qz = Math.abs(dx * wx + dy * wy + dz * wz) - bz;
      const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0), Math.max(qz, 0));
      return outside + Math.min(Math.max(qx, qy, qz), 0) - rounding;
    },
  };
}

/** Half-space below a horizontal plane (used to flatten the soles). */
export function floorCut(name: string, height: number, options: Options = {}): Primitive {
  return {
    name,
    blend: 'subtract',
    smoothness: options.smoothness ?? 0.006,
    bounds: [-Infinity, -Infinity, -Infinity, Infinity, height, Infinity],
    distance: (_x, y) => y - height,
  };
}

/** Polynomial smooth minimum: blends two distances over a band of width k. */
export function smoothMin(a: number, b: number, k: number): number {
  const h = Math.max(k - Math.abs(a - b), 0) / k;
  return Math.min(a, b) - h * h * k * 0.25;
}

export function combine(distance: number, primitive: Primitive, d: number): number {
  if (primitive.blend === 'add') return smoothMin(distance, d, primitive.smoothness);
  return -smoothMin(-distance, d, primitive.smoothness);
}
