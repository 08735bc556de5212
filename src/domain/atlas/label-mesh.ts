/** Labels every vertex of the body mesh with its region, then evens out the two sides and removes stray islands. */
import { classifyPoint } from './classify';
import { enforceMirrorConsensus, mirrorTies, repairMirrorConflicts } from './mirror-consensus';
import { mergeStrayIslands, vertexAdjacency } from './mesh-islands';

const MAX_ROUNDS = 4;

export interface LabelResult {
  readonly regions: Uint16Array;
  /** Vertex changes made to agree across the midline (the triangulation differs between the sides). */
  readonly mirrored: number;
  /** Vertex changes made by the island cleanup. */
  readonly reassigned: number;
  /** Vertices whose final label differs from what the rules gave them. */
  readonly changed: number;
}

export function classifyVertices(positions: Float32Array, normals: Float32Array): Uint16Array {
  const count = positions.length / 3;
  const regions = new Uint16Array(count);
  for (let v = 0; v < count; v++) {
    const i = v * 3;
    regions[v] = classifyPoint(positions[i], positions[i + 1], positions[i + 2], normals[i], normals[i + 1], normals[i + 2]);
  }
  return regions;
}

export function labelMeshWithStats(positions: Float32Array, normals: Float32Array, indices: Uint32Array): LabelResult {
  const regions = classifyVertices(positions, normals);
  const before = regions.slice();
  const adjacency = vertexAdjacency(indices, regions.length);
  const ties = mirrorTies(positions);
  let mirrored = 0;
  let reassigned = 0;
  // Merging islands can undo the consensus where the two sides' triangles connect differently, so
  // the two alternate; the few groups still in conflict then get a label that splits no region.
  for (let round = 0; round < MAX_ROUNDS; round++) {
    mirrored += enforceMirrorConsensus(regions, ties, adjacency);
    const merged = mergeStrayIslands(regions, indices, adjacency);
    reassigned += merged;
    if (merged === 0) break;
  }
  mirrored += repairMirrorConflicts(regions, ties, adjacency);
  let changed = 0;
  for (let v = 0; v < regions.length; v++) if (regions[v] !== before[v]) changed++;
  return { regions, mirrored, reassigned, changed };
}

export function labelMesh(positions: Float32Array, normals: Float32Array, indices: Uint32Array): Uint16Array {
  return labelMeshWithStats(positions, normals, indices).regions;
}
