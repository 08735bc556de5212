/** A uniform-grid spatial hash over mesh vertices, for nearest-vertex queries in tests. */
export class NearestVertex {
  private readonly cells = new Map<string, number[]>();

  constructor(
    private readonly positions: Float32Array,
    private readonly cell = 0.01,
  ) {
    for (let v = 0; v < positions.length / 3; v++) {
      const key = this.key(positions[v * 3], positions[v * 3 + 1], positions[v * 3 + 2], 0, 0, 0);
      const bucket = this.cells.get(key);
      if (bucket) bucket.push(v);
      else this.cells.set(key, [v]);
    }
  }

  private key(x: number, y: number, z: number, di: number, dj: number, dk: number): string {
    return `${Math.floor(x / this.cell) + di},${Math.floor(y / this.cell) + dj},${Math.floor(z / this.cell) + dk}`;
  }

  /** The nearest vertex within about one cell of (x, y, z), or −1 if there is none. */
  find(x: number, y: number, z: number): number {
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
