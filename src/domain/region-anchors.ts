/**
 * A representative point for each region: the vertex deepest inside it, i.e. the one with the most
 * mesh edges between it and the region's border. Unlike a centroid, it always lies on the region's
 * own skin, even for a region that wraps around a limb.
 */
export function regionAnchors(regions: ArrayLike<number>, indices: ArrayLike<number>, regionCount: number): Int32Array {
  const vertexCount = regions.length;
  const neighbours = adjacency(vertexCount, indices);
  const depth = new Int32Array(vertexCount).fill(-1);
  let frontier: number[] = [];
  for (let v = 0; v < vertexCount; v++) {
    if (neighbours[v].some((n) => regions[n] !== regions[v])) {
      depth[v] = 0;
      frontier.push(v);
    }
  }
  for (let d = 1; frontier.length > 0; d++) {
    const next: number[] = [];
    for (const v of frontier) {
      for (const n of neighbours[v]) {
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

export function adjacency(vertexCount: number, indices: ArrayLike<number>): number[][] {
  const sets = Array.from({ length: vertexCount }, () => new Set<number>());
  for (let i = 0; i < indices.length; i += 3) {
    const a = indices[i], b = indices[i + 1], c = indices[i + 2];
    sets[a].add(b).add(c);
    sets[b].add(a).add(c);
    sets[c].add(a).add(b);
  }
  return sets.map((s) => [...s]);
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
