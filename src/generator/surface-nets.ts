/**
 * Naive surface nets: one vertex per grid cell that the surface crosses, placed at the mean of the
 * edge crossings, and one quad per crossed grid edge. It gives even, well-shaped quads, which
 * marching cubes does not.
 */
import type { Grid } from './sdf-field';

export interface RawMesh {
  positions: Float32Array;
  indices: Uint32Array;
}

export interface NetMesh extends RawMesh {
  /** 1 for the vertices of the middle cell column, which sit exactly on the plane x = 0. */
  midline: Uint8Array;
}

const CORNERS = [
  [0, 0, 0], [1, 0, 0], [0, 1, 0], [1, 1, 0],
  [0, 0, 1], [1, 0, 1], [0, 1, 1], [1, 1, 1],
] as const;
const EDGES = [
  [0, 1], [2, 3], [4, 5], [6, 7],
  [0, 2], [1, 3], [4, 6], [5, 7],
  [0, 4], [1, 5], [2, 6], [3, 7],
] as const;

/**
 * The grid is symmetric about x = 0 with its middle cell column straddling the plane, so pinning
 * that column's vertices to x = 0 splits the mesh into two halves that share one seam.
 */
export function surfaceNets(grid: Grid): NetMesh {
  const [nx, ny, nz] = grid.size;
  const values = withoutCheckerboardFaces(grid);
  const h = grid.spacing;
  const [ox, oy, oz] = grid.origin;
  const cellVertex = new Int32Array(nx * ny * nz).fill(-1);
  const positions: number[] = [];
  const midline: number[] = [];
  const middleColumn = nx / 2 - 1;
  const offsets = CORNERS.map(([i, j, k]) => i + nx * (j + ny * k));
  const corner = new Float64Array(8);

  for (let k = 0; k < nz - 1; k++) {
    for (let j = 0; j < ny - 1; j++) {
      for (let i = 0; i < nx - 1; i++) {
        const base = i + nx * (j + ny * k);
        let mask = 0;
        for (let c = 0; c < 8; c++) {
          corner[c] = values[base + offsets[c]];
          if (corner[c] < 0) mask |= 1 << c;
        }
        if (mask === 0 || mask === 255) continue;
        let sx = 0, sy = 0, sz = 0, count = 0;
        for (const [a, b] of EDGES) {
          const da = corner[a];
          const db = corner[b];
          if (da < 0 === db < 0) continue;
          const t = da / (da - db);
          sx += CORNERS[a][0] + t * (CORNERS[b][0] - CORNERS[a][0]);
          sy += CORNERS[a][1] + t * (CORNERS[b][1] - CORNERS[a][1]);
          sz += CORNERS[a][2] + t * (CORNERS[b][2] - CORNERS[a][2]);
          count++;
        }
        cellVertex[base] = positions.length / 3;
        const onMidline = i === middleColumn;
        positions.push(onMidline ? 0 : ox + (i + sx / count) * h, oy + (j + sy / count) * h, oz + (k + sz / count) * h);
        midline.push(onMidline ? 1 : 0);
      }
    }
  }

  const indices: number[] = [];
  const quad = (a: number, b: number, c: number, d: number, flip: boolean) => {
    const [v0, v1, v2, v3] = [cellVertex[a], cellVertex[b], cellVertex[c], cellVertex[d]];
    if (flip) indices.push(v0, v3, v2, v0, v2, v1);
    else indices.push(v0, v1, v2, v0, v2, v3);
  };
  // Each crossed grid edge is shared by four cells; their vertices make the quad.
  for (let k = 1; k < nz - 1; k++) {
    for (let j = 1; j < ny - 1; j++) {
      for (let i = 1; i < nx - 1; i++) {
        const p = i + nx * (j + ny * k);
        const inside = values[p] < 0;
        const sx = 1, sy = nx, sz = nx * ny;
        if (i < nx - 1 && inside !== values[p + sx] < 0) quad(p, p - sy, p - sy - sz, p - sz, !inside);
        if (j < ny - 1 && inside !== values[p + sy] < 0) quad(p, p - sz, p - sz - sx, p - sx, !inside);
        if (k < nz - 1 && inside !== values[p + sz] < 0) quad(p, p - sx, p - sx - sy, p - sy, !inside);
      }
    }
  }
  return { positions: new Float32Array(positions), indices: new Uint32Array(indices), midline: new Uint8Array(midline) };
}

/**
 * A cell face whose corners alternate inside/outside means two sheets of surface pass within one
 * voxel; surface nets would join them with an edge shared by four faces. Marking the face's least
 * outside corner as inside closes such sub-voxel crevices, keeping the surface manifold.
 */
function withoutCheckerboardFaces(grid: Grid): Float32Array {
  const [nx, ny] = grid.size;
  const values = grid.values.slice();
  const planes: [number, number][] = [[1, nx], [1, nx * ny], [nx, nx * ny]];
  for (let changed = true; changed; ) {
    changed = false;
    for (const [sa, sb] of planes) {
      const end = values.length - sa - sb;
      for (let p = 0; p < end; p++) {
        const a = values[p] < 0, b = values[p + sa] < 0, c = values[p + sa + sb] < 0, d = values[p + sb] < 0;
        if (a !== c || b !== d || a === b) continue;
        // Grid rows wrap at the border, but the border is outside the body, so no face there is mixed.
        const [q, r] = a ? [p + sa, p + sb] : [p, p + sa + sb];
        values[values[q] < values[r] ? q : r] = -1e-6;
        changed = true;
      }
    }
  }
  return values;
}
