/** Connected pieces of each region over mesh edges, and the cleanup that keeps one piece per region. */

export interface Adjacency {
  /** Neighbours of vertex v are `neighbours[offsets[v] .. offsets[v + 1])`. */
  readonly offsets: Uint32Array;
  readonly neighbours: Uint32Array;
}

export function vertexAdjacency(indices: Uint32Array, vertexCount: number): Adjacency {
  const degree = new Uint32Array(vertexCount + 1);
  for (let t = 0; t < indices.length; t += 3) {
    for (let k = 0; k < 3; k++) degree[indices[t + k]] += 2;
  }
  const offsets = new Uint32Array(vertexCount + 1);
  for (let v = 0; v < vertexCount; v++) offsets[v + 1] = offsets[v] + degree[v];
  const fill = offsets.slice(0, vertexCount);
  const neighbours = new Uint32Array(offsets[vertexCount]);
  for (let t = 0; t < indices.length; t += 3) {
    for (let k = 0; k < 3; k++) {
      const v = indices[t + k];
      neighbours[fill[v]++] = indices[t + ((k + 1) % 3)];
      neighbours[fill[v]++] = indices[t + ((k + 2) % 3)];
    }
  }
  return { offsets, neighbours };
}

export interface Components {
  /** Component number of every vertex; vertices of a component share one label. */
  readonly component: Int32Array;
  /** Size and label of every component. */
  readonly sizes: number[];
  readonly labels: number[];
}

export function labelComponents(labels: ArrayLike<number>, adjacency: Adjacency): Components {
  const count = labels.length;
  const component = new Int32Array(count).fill(-1);
  const sizes: number[] = [];
  const componentLabels: number[] = [];
  const stack: number[] = [];
  for (let seed = 0; seed < count; seed++) {
    if (component[seed] >= 0) continue;
    const id = sizes.length;
    const label = labels[seed];
    let size = 0;
    component[seed] = id;
    stack.push(seed);
    while (stack.length) {
      const v = stack.pop()!;
      size++;
      for (let k = adjacency.offsets[v]; k < adjacency.offsets[v + 1]; k++) {
        const w = adjacency.neighbours[k];
        if (component[w] < 0 && labels[w] === label) {
          component[w] = id;
          stack.push(w);
        }
      }
    }
    sizes.push(size);
    componentLabels.push(label);
  }
  return { component, sizes, labels: componentLabels };
}

/** For each label, the component with the most vertices (ties: the first found). */
function largestComponents(c: Components): Map<number, number> {
  const largest = new Map<number, number>();
  c.sizes.forEach((size, id) => {
    const best = largest.get(c.labels[id]);
    if (best === undefined || size > c.sizes[best]) largest.set(c.labels[id], id);
  });
  return largest;
}

function mostCommonNeighbourLabel(members: number[], labels: Uint16Array, adjacency: Adjacency, own: number): number {
  const votes = new Map<number, number>();
  for (const v of members) {
    for (let k = adjacency.offsets[v]; k < adjacency.offsets[v + 1]; k++) {
      const label = labels[adjacency.neighbours[k]];
      if (label !== own) votes.set(label, (votes.get(label) ?? 0) + 1);
    }
  }
  let best = own;
  let bestVotes = 0;
  for (const [label, n] of votes) if (n > bestVotes || (n === bestVotes && label < best)) [best, bestVotes] = [label, n];
  return best;
}

/**
 * Any piece of a region that is not its largest piece joins the neighbouring region it shares the
 * most edges with; repeated until every region is one piece. Returns how many vertices changed.
 */
export function mergeStrayIslands(labels: Uint16Array, indices: Uint32Array, adjacency = vertexAdjacency(indices, labels.length), maxPasses = 20): number {
  const original = labels.slice();
  for (let pass = 0; pass < maxPasses; pass++) {
    const c = labelComponents(labels, adjacency);
    const keep = new Set(largestComponents(c).values());
    const strays = c.sizes.map((size, id) => ({ size, id })).filter(({ id }) => !keep.has(id));
    if (strays.length === 0) break;
    const members = new Map<number, number[]>(strays.map(({ id }) => [id, []]));
    for (let v = 0; v < labels.length; v++) members.get(c.component[v])?.push(v);
    strays.sort((a, b) => a.size - b.size || a.id - b.id);
    for (const { id } of strays) {
      const vertices = members.get(id)!;
      const target = mostCommonNeighbourLabel(vertices, labels, adjacency, labels[vertices[0]]);
      for (const v of vertices) labels[v] = target;
    }
  }
  let changed = 0;
  for (let v = 0; v < labels.length; v++) if (labels[v] !== original[v]) changed++;
  return changed;
}

/** How many connected pieces the vertices carrying `label` form. */
export function labelPieces(labels: ArrayLike<number>, adjacency: Adjacency, label: number): number {
  const seen = new Uint8Array(labels.length);
  const stack: number[] = [];
  let pieces = 0;
  for (let seed = 0; seed < labels.length; seed++) {
    if (labels[seed] !== label || seen[seed]) continue;
    pieces++;
    seen[seed] = 1;
    stack.push(seed);
    while (stack.length) {
      const v = stack.pop()!;
      for (let k = adjacency.offsets[v]; k < adjacency.offsets[v + 1]; k++) {
        const w = adjacency.neighbours[k];
        if (!seen[w] && labels[w] === label) {
          seen[w] = 1;
          stack.push(w);
        }
      }
    }
  }
  return pieces;
}

export interface RegionStats {
  readonly vertices: number;
  readonly pieces: number;
}

/** Vertex count and number of connected pieces of every region index in `0 .. regionCount`. */
export function regionStats(labels: ArrayLike<number>, indices: Uint32Array, regionCount: number): RegionStats[] {
  const c = labelComponents(labels, vertexAdjacency(indices, labels.length));
  const stats = Array.from({ length: regionCount }, () => ({ vertices: 0, pieces: 0 }));
  c.sizes.forEach((size, id) => {
    stats[c.labels[id]].vertices += size;
    stats[c.labels[id]].pieces += 1;
  });
  return stats;
}
