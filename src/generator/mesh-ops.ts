/** Operations on the polygonised body: snapping to the surface, normals, and simplifying. */
import { MeshoptSimplifier } from 'meshoptimizer';
import type { FieldLookup } from './field-lookup';
import type { RawMesh } from './surface-nets';

export interface ShadedMesh extends RawMesh {
  normals: Float32Array;
}

/** Newton steps along the field gradient bring each vertex onto the zero level set. */
export function snapToSurface(mesh: RawMesh, field: FieldLookup, steps = 3): void {
  const p = mesh.positions;
  for (let v = 0; v < p.length; v += 3) {
    let x = p[v], y = p[v + 1], z = p[v + 2];
    for (let s = 0; s < steps; s++) {
      const d = field.distance(x, y, z);
      const [nx, ny, nz] = field.normal(x, y, z);
      x -= d * nx;
      y -= d * ny;
      z -= d * nz;
    }
    p[v] = x;
    p[v + 1] = y;
    p[v + 2] = z;
  }
}

export function withFieldNormals(mesh: RawMesh, field: FieldLookup): ShadedMesh {
  const p = mesh.positions;
  const normals = new Float32Array(p.length);
  for (let v = 0; v < p.length; v += 3) normals.set(field.normal(p[v], p[v + 1], p[v + 2], 0.001), v);
  return { ...mesh, normals };
}

/**
 * Collapses edges where the surface is flat and keeps them where it curves: the normals are part
 * of the error metric, so fingers, lips and ears keep their triangles while the back gives them up.
 */
export async function simplify(mesh: ShadedMesh, maxTriangles: number, maxError: number): Promise<ShadedMesh> {
  await MeshoptSimplifier.ready;
  const [simplified] = MeshoptSimplifier.simplifyWithAttributes(
    mesh.indices, mesh.positions, 3, mesh.normals, 3, [1, 1, 1], null, maxTriangles * 3, maxError, ['ErrorAbsolute'],
  );
  const [remap, vertexCount] = MeshoptSimplifier.compactMesh(simplified);
  const positions = new Float32Array(vertexCount * 3);
  const normals = new Float32Array(vertexCount * 3);
  for (let old = 0; old < remap.length; old++) {
    const v = remap[old];
    if (v === 0xffffffff) continue;
    positions.set(mesh.positions.subarray(old * 3, old * 3 + 3), v * 3);
    normals.set(mesh.normals.subarray(old * 3, old * 3 + 3), v * 3);
  }
  return { positions, normals, indices: simplified };
}
