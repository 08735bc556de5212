/**
 * Point queries on the body field, with the primitive list cached per 4 cm cell. Used to snap
 * vertices onto the surface and to take normals from the field's gradient.
 */
import { evaluate, primitivesNear } from './sdf-field';
import type { Primitive } from './primitives';

const CELL = 0.04;

export class FieldLookup {
  private readonly cells = new Map<string, Primitive[]>();
  constructor(private readonly primitives: readonly Primitive[]) {}

  distance(x: number, y: number, z: number): number {
    return evaluate(this.near(x, y, z), x, y, z);
  }

  /** Unit gradient by central differences: the outward surface normal. */
  normal(x: number, y: number, z: number, eps = 0.0005): [number, number, number] {
    const gx = this.distance(x + eps, y, z) - this.distance(x - eps, y, z);
    const gy = this.distance(x, y + eps, z) - this.distance(x, y - eps, z);
    const gz = this.distance(x, y, z + eps) - this.distance(x, y, z - eps);
    const l = Math.hypot(gx, gy, gz) || 1;
    return [gx / l, gy / l, gz / l];
  }

  private near(x: number, y: number, z: number): Primitive[] {
    const i = Math.floor(x / CELL), j = Math.floor(y / CELL), k = Math.floor(z / CELL);
    const key = `${i},${j},${k}`;
    let list = this.cells.get(key);
    if (!list) {
      list = primitivesNear(this.primitives, [i * CELL, j * CELL, k * CELL], [(i + 1) * CELL, (j + 1) * CELL, (k + 1) * CELL], 2 * CELL);
      this.cells.set(key, list);
    }
    return list;
  }
}
