import { vertexAdjacency } from './atlas/mesh-islands';

/**
 * A representative point for each region: the vertex deepest inside it, i.e. the one with the most
 * mesh edges between it and the region's border. Unlike a centroid, it always lies on the region's
 * own skin, even for a region that wraps around a limb.
 */
export function regionAnchors(regions: ArrayLike<number>, indices: ArrayLike<number>, regionCount: number): Int32Array {
  const vertexCount = regions.length;
  const { offsets, neighbours } = vertexAdjacency(indices instanceof Uint32Array ? indices : Uint32Array.from(indices), vertexCount);
  const around = (v: number) => neighbours.subarray(offsets[v], offsets[v + 1]);
  const depth = new Int32Array(vertexCount).fill(-1);
  let frontier: number[] = [];
  for (let v = 0; v < vertexCount; v++) {
    if (around(v).some((n) => regions[n] !== regions[v])) {
      depth[v] = 0;
      frontier.push(v);
    }
  }
  for (let d = 1; frontier.length > 0; d++) {
    const next: number[] = [];
    for (const v of frontier) {
      for (const n of around(v)) {
        if (depth[n] === -1) {
          depth[n] = d;
          next.push(n);
        }
      }
    }
    frontier = next;
  }
  const anchors = new Int32Array(regionCount).fill(-1);
  for (let v = 0; v < vertexCount; v++) {
    const r = regions[v];
    if (anchors[r] === -1 || depth[v] > depth[anchors[r]]) anchors[r] = v;
  }
  return anchors;
}

/** The mean outward normal of each region, unnormalised: which way the region faces overall. */
export function regionFacings(regions: ArrayLike<number>, normals: ArrayLike<number>, regionCount: number): Float32Array {
  const sums = new Float32Array(regionCount * 3);
  for (let v = 0; v < regions.length; v++) {
    const r = regions[v];
    sums[3 * r] += normals[3 * v];
    sums[3 * r + 1] += normals[3 * v + 1];
    sums[3 * r + 2] += normals[3 * v + 2];
  }
  return sums;
}
