import { vertexAdjacency } from './atlas/mesh-islands';

/**
 * A representative point for each region: the vertex deepest inside it, i.e. the one with the most
 * mesh edges between it and the region's border. Unlike a centroid, it always lies on the region's
 * own skin, even for a region that wraps around a limb. Among equally deep vertices the one nearest
 * their mean wins, so the anchor is central and does not depend on the order of the vertices.
 */
export function regionAnchors(regions: ArrayLike<number>, indices: ArrayLike<number>, positions: ArrayLike<number>, regionCount: number): Int32Array {
  const depth = borderDistance(regions, indices);
  const deepest = new Int32Array(regionCount).fill(-1);
  for (let v = 0; v < regions.length; v++) deepest[regions[v]] = Math.max(deepest[regions[v]], depth[v]);
  const means = new Float64Array(regionCount * 4);
  const isDeepest = (v: number) => depth[v] === deepest[regions[v]];
  for (let v = 0; v < regions.length; v++) {
    if (!isDeepest(v)) continue;
    const r = regions[v];
    for (let axis = 0; axis < 3; axis++) means[4 * r + axis] += positions[3 * v + axis];
    means[4 * r + 3]++;
  }
  const anchors = new Int32Array(regionCount).fill(-1);
  const best = new Float64Array(regionCount).fill(Infinity);
  for (let v = 0; v < regions.length; v++) {
    if (!isDeepest(v)) continue;
    const r = regions[v];
    let distance = 0;
    for (let axis = 0; axis < 3; axis++) distance += (positions[3 * v + axis] - means[4 * r + axis] / means[4 * r + 3]) ** 2;
    const tied = Math.abs(distance - best[r]) < 1e-12;
    if ((tied && comesFirst(positions, v, anchors[r])) || (!tied && distance < best[r])) [best[r], anchors[r]] = [distance, v];
  }
  return anchors;
}

/** Order by position, for vertices equally far from the mean (rounding decides those otherwise). */
function comesFirst(positions: ArrayLike<number>, a: number, b: number): boolean {
  for (let axis = 0; axis < 3; axis++) {
    const d = positions[3 * a + axis] - positions[3 * b + axis];
    if (d !== 0) return d < 0;
  }
  return false;
}

/** For each vertex, how many mesh edges lie between it and the nearest vertex of another region. */
function borderDistance(regions: ArrayLike<number>, indices: ArrayLike<number>): Int32Array {
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
  return depth;
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
