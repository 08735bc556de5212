/**
 * Exact left/right symmetry: simplify the left half only, with its midline seam locked, then
 * mirror it. Both sides then have the same vertices, so every left region has a true right twin.
 */
import { MeshoptSimplifier } from 'meshoptimizer';
import type { NetMesh } from './surface-nets';
import { flagMidline, mirrorHalfBody } from '../domain/body-mirror';

export interface HalfMesh {
  positions: Float32Array;
  normals: Float32Array;
  indices: Uint32Array;
  midline: Uint8Array;
}

/** The triangles with no vertex on the right (x < 0), compacted. */
export function leftHalf(mesh: NetMesh & { normals: Float32Array }): HalfMesh {
  const { positions: p, indices, midline } = mesh;
  const isRight = (v: number) => !midline[v] && p[3 * v] < 0;
  const kept: number[] = [];
  for (let t = 0; t < indices.length; t += 3) {
    const [a, b, c] = [indices[t], indices[t + 1], indices[t + 2]];
    if (midline[a] && midline[b] && midline[c]) throw new Error(`surface crosses the midline plane edge-on near vertex ${a}`);
    if (!isRight(a) && !isRight(b) && !isRight(c)) kept.push(a, b, c);
  }
  return compact({ ...mesh, indices: new Uint32Array(kept) });
}

export function compact(mesh: HalfMesh): HalfMesh {
  const [remap, count] = MeshoptSimplifier.compactMesh(mesh.indices);
  const positions = new Float32Array(count * 3);
  const normals = new Float32Array(count * 3);
  const midline = new Uint8Array(count);
  for (let old = 0; old < remap.length; old++) {
    const v = remap[old];
    if (v === 0xffffffff) continue;
    positions.set(mesh.positions.subarray(3 * old, 3 * old + 3), 3 * v);
    normals.set(mesh.normals.subarray(3 * old, 3 * old + 3), 3 * v);
    midline[v] = mesh.midline[old];
  }
  return { positions, normals, indices: mesh.indices, midline };
}

/**
 * Collapses edges where the surface is flat and keeps them where it curves: the normals are part
 * of the error metric, so fingers, lips and ears keep their triangles while the back gives them up.
 */
export function simplifyHalf(half: HalfMesh, maxTriangles: number, maxError: number): HalfMesh {
  const [indices] = MeshoptSimplifier.simplifyWithAttributes(
    half.indices, half.positions, 3, half.normals, 3, [1, 1, 1], half.midline, maxTriangles * 3, maxError, ['ErrorAbsolute'],
  );
  return compact({ ...half, indices });
}

/** The whole body: the half, plus its mirror image welded along the midline seam. */
export function mirrorHalf(half: HalfMesh): { positions: Float32Array; normals: Float32Array; indices: Uint32Array; twin: Uint32Array } {
  // Regions are not known yet (labelling needs the whole body), so only the seam flags matter here.
  const { positions, indices, twin } = mirrorHalfBody({
    positions: half.positions,
    indices: half.indices,
    flaggedRegions: flagMidline(new Uint16Array(half.midline.length), half.midline),
  });
  return { positions, normals: mirrorNormals(half, twin, positions.length), indices, twin };
}

function mirrorNormals(half: HalfMesh, twin: Uint32Array, length: number): Float32Array {
  const normals = new Float32Array(length);
  for (let v = 0; v < twin.length; v++) {
    const [nx, ny, nz] = [half.normals[3 * v], half.normals[3 * v + 1], half.normals[3 * v + 2]];
    if (half.midline[v]) {
      const l = Math.hypot(ny, nz) || 1;
      normals.set([0, ny / l, nz / l], 3 * v);
      continue;
    }
    normals.set([nx, ny, nz], 3 * v);
    normals.set([-nx, ny, nz], 3 * twin[v]);
  }
  return normals;
}

