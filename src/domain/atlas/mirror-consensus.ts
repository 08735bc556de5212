/**
 * The rules are mirror-symmetric, but the mesh's triangulation is not: the simplifier kept different
 * vertices on the two sides, so a boundary can pass on opposite sides of a vertex and its mirror
 * image. Every vertex is tied to the vertex nearest its mirror image on the other side, and each
 * group of tied vertices takes one label (as left/right twins), so both halves show the same regions.
 */
import { REGIONS, regionIndex, twinOf } from './regions';
import { labelPieces, type Adjacency } from './mesh-islands';
import { PointGrid } from './point-grid';

/** A vertex's vote for its own label, against one per neighbour (each neighbour appears twice in the adjacency). */
const OWN_VOTE = 6;
const TWIN_INDEX = REGIONS.map((region) => regionIndex(twinOf(region.id)));

export interface MirrorTies {
  /** Groups of two or more vertices tied across the midline. */
  readonly groups: readonly number[][];
  /** The group number of each vertex, or −1. */
  readonly groupOf: Int32Array;
  /** Whether each vertex lies on the right (x < 0), where labels are read as their left twins. */
  readonly right: Uint8Array;
}

function find(parent: Int32Array, v: number): number {
  while (parent[v] !== v) {
    parent[v] = parent[parent[v]];
    v = parent[v];
  }
  return v;
}

export function mirrorTies(positions: Float32Array): MirrorTies {
  const count = positions.length / 3;
  const grid = new PointGrid(positions);
  const parent = Int32Array.from({ length: count }, (_, v) => v);
  const right = new Uint8Array(count);
  for (let v = 0; v < count; v++) {
    const x = positions[v * 3];
    right[v] = x < 0 ? 1 : 0;
    const w = grid.nearest(-x, positions[v * 3 + 1], positions[v * 3 + 2]);
    if (w >= 0 && x * positions[w * 3] < 0) parent[find(parent, v)] = find(parent, w);
  }
  const byRoot = new Map<number, number[]>();
  for (let v = 0; v < count; v++) {
    const root = find(parent, v);
    const group = byRoot.get(root);
    if (group) group.push(v);
    else byRoot.set(root, [v]);
  }
  const groups = [...byRoot.values()].filter((g) => g.length > 1);
  const groupOf = new Int32Array(count).fill(-1);
  groups.forEach((group, g) => group.forEach((v) => (groupOf[v] = g)));
  return { groups, groupOf, right };
}

const asLeft = (ties: MirrorTies, label: number, v: number) => (ties.right[v] ? TWIN_INDEX[label] : label);

function setGroup(labels: Uint16Array, ties: MirrorTies, group: number[], left: number): number {
  let changed = 0;
  for (const v of group) {
    const label = asLeft(ties, left, v);
    if (label !== labels[v]) {
      labels[v] = label;
      changed++;
    }
  }
  return changed;
}

/**
 * Gives each tied group one label; returns how many vertices changed. Members vote for their own
 * label and, more weakly, their neighbours' labels, preferring a label that leaves no member
 * without a neighbour of the same label (which would be an island).
 */
export function enforceMirrorConsensus(labels: Uint16Array, ties: MirrorTies, adjacency: Adjacency): number {
  const { offsets, neighbours } = adjacency;
  const fits = (group: number[], g: number, left: number) =>
    group.every((v) => {
      for (let k = offsets[v]; k < offsets[v + 1]; k++) {
        const n = neighbours[k];
        if (ties.groupOf[n] !== g && labels[n] === asLeft(ties, left, v)) return true;
      }
      return false;
    });
  let changed = 0;
  ties.groups.forEach((group, g) => {
    const tally = new Map<number, number>();
    const vote = (label: number, weight: number) => tally.set(label, (tally.get(label) ?? 0) + weight);
    for (const v of group) {
      vote(asLeft(ties, labels[v], v), OWN_VOTE);
      for (let k = offsets[v]; k < offsets[v + 1]; k++) vote(asLeft(ties, labels[neighbours[k]], neighbours[k]), 1);
    }
    const ranked = [...tally].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([label]) => label);
    changed += setGroup(labels, ties, group, ranked.find((left) => fits(group, g, left)) ?? ranked[0]);
  });
  return changed;
}

/**
 * Where the two sides still disagree, tries each of the group's labels and keeps one that leaves
 * every region involved in one piece. Returns how many vertices changed.
 */
export function repairMirrorConflicts(labels: Uint16Array, ties: MirrorTies, adjacency: Adjacency): number {
  let changed = 0;
  for (const group of ties.groups) {
    const lefts = [...new Set(group.map((v) => asLeft(ties, labels[v], v)))];
    if (lefts.length < 2) continue;
    const before = group.map((v) => labels[v]);
    for (const left of lefts) {
      setGroup(labels, ties, group, left);
      const involved = new Set([...before, ...group.map((v) => labels[v])]);
      if ([...involved].every((label) => labelPieces(labels, adjacency, label) <= 1)) {
        changed += group.filter((v, i) => labels[v] !== before[i]).length;
        break;
      }
      group.forEach((v, i) => (labels[v] = before[i]));
    }
  }
  return changed;
}
