/** A uniform grid over mesh vertices for nearest-vertex queries. */
const CELL = 0.01;
/** Cell coordinates are packed into one number; the body spans far fewer than 2^10 cells per axis. */
const SPAN = 1024;

export class PointGrid {
  private readonly cells = new Map<number, number[]>();

  constructor(private readonly positions: Float32Array) {
    for (let v = 0; v < positions.length / 3; v++) {
      const key = this.key(positions[v * 3], positions[v * 3 + 1], positions[v * 3 + 2]);
      const cell = this.cells.get(key);
      if (cell) cell.push(v);
      else this.cells.set(key, [v]);
    }
  }

  private key(x: number, y: number, z: number, di = 0, dj = 0, dk = 0): number {
    const i = Math.floor(x / CELL) + di + SPAN / 2;
    const j = Math.floor(y / CELL) + dj + SPAN / 2;
    const k = Math.floor(z / CELL) + dk + SPAN / 2;
    return (i * SPAN + j) * SPAN + k;
  }

  /** The vertex nearest to (x, y, z) among the 27 cells around it, or −1. */
  nearest(x: number, y: number, z: number): number {
    const p = this.positions;
    let best = -1;
    let bestDistance = Infinity;
    for (let di = -1; di <= 1; di++) {
      for (let dj = -1; dj <= 1; dj++) {
        for (let dk = -1; dk <= 1; dk++) {
          for (const v of this.cells.get(this.key(x, y, z, di, dj, dk)) ?? []) {
            const d = (p[v * 3] - x) ** 2 + (p[v * 3 + 1] - y) ** 2 + (p[v * 3 + 2] - z) ** 2;
            if (d < bestDistance) [best, bestDistance] = [v, d];
          }
        }
      }
    }
    return best;
  }
}
