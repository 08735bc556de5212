import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateBody, type GeneratedBody } from '../../../src/generator/generate-body';
import { REGIONS } from '../../../src/domain/atlas';
import { bodyMesh } from '../helpers/body-mesh';
import { NearestVertex } from '../helpers/nearest-vertex';
import { readShippedBody } from '../helpers/read-body-asset';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

let body: GeneratedBody;
beforeAll(async () => {
  body = await bodyMesh();
});

describe('body generator', () => {
  it('GEN-1 gives the same bytes every time, and public/body.glb is its current output', async () => {
    const again = await generateBody();
    expect(sha256(again.glb)).toBe(sha256(body.glb));
    const shipped = readFileSync(new URL('../../../public/body.glb', import.meta.url));
    expect(sha256(shipped), 'public/body.glb is stale: run `npm run gen:body`').toBe(sha256(body.glb));
  });

  it('GEN-2 is a closed, consistently wound surface', () => {
    const { doubled, unmatched } = edgeDefects(body.mesh.indices);
    expect(doubled, 'directed edges used twice (non-manifold or flipped)').toBe(0);
    expect(unmatched, 'edges without a matching opposite edge (holes)').toBe(0);
  });

  it('GEN-3 has at most 250k triangles', () => {
    expect(body.mesh.indices.length / 3).toBeLessThanOrEqual(250_000);
    expect(body.mesh.indices.length / 3).toBeGreaterThan(50_000);
  });

  it('GEN-4 stands 1.72–1.78 m tall on y = 0', () => {
    const p = body.mesh.positions;
    let minY = Infinity, maxY = -Infinity;
    for (let i = 1; i < p.length; i += 3) {
      minY = Math.min(minY, p[i]);
      maxY = Math.max(maxY, p[i]);
    }
    expect(minY).toBeGreaterThanOrEqual(-0.001);
    expect(minY).toBeLessThan(0.003);
    expect(maxY - minY).toBeGreaterThan(1.72);
    expect(maxY - minY).toBeLessThan(1.78);
  });

  it('GEN-5 has unit normals that point outward', () => {
    const { positions: p, normals: n } = body.mesh;
    let outward = 0;
    const count = p.length / 3;
    for (let v = 0; v < count; v++) {
      const length = Math.hypot(n[3 * v], n[3 * v + 1], n[3 * v + 2]);
      expect(Math.abs(length - 1)).toBeLessThan(1e-3);
      // The torso's vertices face away from the body's long axis.
      if (p[3 * v + 1] > 1.0 && p[3 * v + 1] < 1.35 && Math.abs(p[3 * v]) < 0.12) {
        outward += Math.sign(p[3 * v] * n[3 * v] + (p[3 * v + 2] + 0.01) * n[3 * v + 2]);
      }
    }
    expect(outward).toBeGreaterThan(1000);
  });

  it('GEN-6 labels every vertex with an atlas region', () => {
    const { regions } = body.mesh;
    expect(regions.length).toBe(body.mesh.positions.length / 3);
    expect(Math.max(...regions)).toBeLessThan(REGIONS.length);
  });

  it('GEN-7 ships the left half, which mirrors back into the whole labelled body', async () => {
    const whole = await readShippedBody();
    const { mesh } = body;
    expect(whole.positions.length).toBe(mesh.positions.length);
    expect(whole.indices.length).toBe(mesh.indices.length);
    expect(edgeDefects(whole.indices)).toEqual({ doubled: 0, unmatched: 0 });
    const nearest = new NearestVertex(mesh.positions, 0.005);
    let mismatched = 0;
    let farthest = 0;
    for (let v = 0; v < whole.regions.length; v++) {
      const [x, y, z] = whole.positions.subarray(3 * v, 3 * v + 3);
      const match = nearest.find(x, y, z);
      farthest = Math.max(farthest, Math.hypot(x - mesh.positions[3 * match], y - mesh.positions[3 * match + 1], z - mesh.positions[3 * match + 2]));
      if (mesh.regions[match] !== whole.regions[v]) mismatched++;
    }
    expect(farthest, 'quantisation error in metres').toBeLessThan(0.0002);
    expect(mismatched, 'vertices whose region differs from the generator').toBe(0);
  });
});

/** Directed edges used twice (non-manifold or flipped) and edges with no opposite (holes). */
function edgeDefects(indices: ArrayLike<number>): { doubled: number; unmatched: number } {
  const directed = new Map<string, number>();
  for (let t = 0; t < indices.length; t += 3) {
    for (let e = 0; e < 3; e++) {
      const key = `${indices[t + e]},${indices[t + ((e + 1) % 3)]}`;
      directed.set(key, (directed.get(key) ?? 0) + 1);
    }
  }
  let unmatched = 0;
  let doubled = 0;
  for (const [key, count] of directed) {
    const [a, b] = key.split(',');
    if (count > 1) doubled++;
    if (directed.get(`${b},${a}`) !== 1) unmatched++;
  }
  return { doubled, unmatched };
}
