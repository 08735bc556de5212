import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REGIONS, classifyPoint, regionIndex, twinOf } from '../../../src/domain/atlas';
import { LANDMARK_POINTS } from './landmark-points';

/** A small deterministic generator (mulberry32), so failures reproduce. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('classifyPoint', () => {
  it.each(LANDMARK_POINTS)('ATLAS-7 places the $place in $region, and its mirror image in the twin', ({ point, normal, region }) => {
    const [x, y, z] = point;
    const [nx, ny, nz] = normal;
    expect(REGIONS[classifyPoint(x, y, z, nx, ny, nz)].id).toBe(region);
    expect(REGIONS[classifyPoint(-x, y, z, -nx, ny, nz)].id).toBe(twinOf(region));
  });

  it('ATLAS-8 gives mirror-image points twin regions, and keeps each side on its own half', () => {
    const next = random(7);
    for (let i = 0; i < 20_000; i++) {
      const x = 0.001 + next() * 0.45;
      const y = next() * 1.77;
      const z = -0.2 + next() * 0.43;
      const [nx, ny, nz] = [next() * 2 - 1, next() * 2 - 1, next() * 2 - 1];
      const left = REGIONS[classifyPoint(x, y, z, nx, ny, nz)];
      const right = REGIONS[classifyPoint(-x, y, z, -nx, ny, nz)];
      expect(left.side, `${left.id} at ${[x, y, z]}`).not.toBe('right');
      expect(regionIndex(right.id)).toBe(regionIndex(twinOf(left.id)));
    }
  });

  it('ATLAS-9 is plain domain code: no three, React or Node imports', () => {
    const dir = new URL('../../../src/domain/atlas/', import.meta.url);
    const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const imports = [...readFileSync(new URL(file, dir), 'utf8').matchAll(/from\s+'([^']+)'/g)].map((m) => m[1]);
      for (const source of imports) expect(source, `${file} imports ${source}`).toMatch(/^\.\.?\//);
    }
  });
});
