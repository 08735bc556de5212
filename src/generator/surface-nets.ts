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

const CORNERS = [
  [0, 0, 0], [1, 0, 0], [0, 1, 0], [1, 1, 0],
  [0, 0, 1], [1, 0, 1], [0, 1, 1], [1, 1, 1],
] as const;
const EDGES = [
  [0, 1], [2, 3], [4, 5], [6, 7],
  [0, 2], [1, 3], [4, 6], [5, 7],
  [0, 4], [1, 5], [2, 6], [3, 7],
] as const;

export function surfaceNets(grid: Grid): RawMesh {
  const [nx, ny, nz] = grid.size;
  const { values, spacing: h } = grid;
  const [ox, oy, oz] = grid.origin;
  const cellVertex = new Int32Array(nx * ny * nz).fill(-1);
  const positions: number[] = [];
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
        positions.push(ox + (i + sx / count) * h, oy + (j + sy / count) * h, oz + (k + sz / count) * h);
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
  return { positions: new Float32Array(positions), indices: new Uint32Array(indices) };
}
