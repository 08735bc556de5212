/** Operations on the polygonised body before it is halved: cleaning, snapping and normals. */
import type { FieldLookup } from './field-lookup';
import type { NetMesh } from './surface-nets';

/** Keeps only the largest connected piece: specks inside tight hollows (the navel) are dropped. */
export function largestComponent(mesh: NetMesh): NetMesh {
  const parent = Int32Array.from({ length: mesh.midline.length }, (_, i) => i);
  const find = (v: number): number => {
    while (parent[v] !== v) v = parent[v] = parent[parent[v]];
    return v;
  };
  const { indices } = mesh;
  for (let t = 0; t < indices.length; t += 3) {
    const a = find(indices[t]);
    parent[find(indices[t + 1])] = a;
    parent[find(indices[t + 2])] = a;
  }
  const size = new Map<number, number>();
  for (let t = 0; t < indices.length; t += 3) size.set(find(indices[t]), (size.get(find(indices[t])) ?? 0) + 1);
  const biggest = [...size.entries()].reduce((a, b) => (b[1] > a[1] ? b : a))[0];
  const kept = indices.filter((_, i) => find(indices[i - (i % 3)]) === biggest);
  return { ...mesh, indices: kept };
}

/** Newton steps along the field gradient bring each vertex onto the zero level set; seam vertices stay on x = 0. */
export function snapToSurface(mesh: NetMesh, field: FieldLookup, steps = 3): void {
  const p = mesh.positions;
  for (let v = 0; v < mesh.midline.length; v++) {
    let x = p[3 * v], y = p[3 * v + 1], z = p[3 * v + 2];
    for (let s = 0; s < steps; s++) {
      const d = field.distance(x, y, z);
      const [nx, ny, nz] = field.normal(x, y, z);
      if (!mesh.midline[v]) x -= d * nx;
      y -= d * ny;
      z -= d * nz;
    }
    p.set([x, y, z], 3 * v);
  }
}

export function withFieldNormals<M extends NetMesh>(mesh: M, field: FieldLookup): M & { normals: Float32Array } {
  const p = mesh.positions;
  const normals = new Float32Array(p.length);
  for (let v = 0; v < p.length; v += 3) normals.set(field.normal(p[v], p[v + 1], p[v + 2], 0.001), v);
  return { ...mesh, normals };
}
