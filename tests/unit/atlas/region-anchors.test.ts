import { beforeAll, describe, expect, it } from 'vitest';
import { REGIONS } from '../../../src/domain/atlas';
import { regionAnchors, regionFacings } from '../../../src/domain/region-anchors';
import type { GeneratedBody } from '../../../src/generator/generate-body';
import { bodyMesh } from '../helpers/body-mesh';

let body: GeneratedBody;
beforeAll(async () => {
  body = await bodyMesh();
});

describe('region anchors', () => {
  it('ANCHOR-1 gives every region a vertex of its own, inside it where it has an inside', () => {
    const { regions, indices, positions } = body.mesh;
    const anchors = regionAnchors(regions, indices, positions, REGIONS.length);
    const border = new Set<number>();
    for (let t = 0; t < indices.length; t += 3) {
      const [a, b, c] = [indices[t], indices[t + 1], indices[t + 2]];
      if (regions[a] !== regions[b] || regions[b] !== regions[c]) [a, b, c].forEach((v) => border.add(v));
    }
    const hasInterior = new Set<number>();
    for (let v = 0; v < regions.length; v++) if (!border.has(v)) hasInterior.add(regions[v]);
    REGIONS.forEach((region, r) => {
      expect(regions[anchors[r]], region.id).toBe(r);
      // A region only one or two vertices wide has no inside; anywhere on it will do.
      if (hasInterior.has(r)) expect(border.has(anchors[r]), `${region.id} anchor sits on its border`).toBe(false);
    });
    expect(hasInterior.size).toBeGreaterThan(REGIONS.length * 0.9);
  });

  it('ANCHOR-3 picks the same anchor points whatever the order of the vertices', () => {
    const { regions, indices, positions } = body.mesh;
    const n = regions.length;
    // The viewer's vertices come in the asset's order, which differs from the generator's.
    const reversed = (v: number) => n - 1 - v;
    const reversedPositions = new Float32Array(positions.length);
    for (let v = 0; v < n; v++) reversedPositions.set(positions.subarray(3 * v, 3 * v + 3), 3 * reversed(v));
    const anchors = regionAnchors(regions, indices, positions, REGIONS.length);
    const again = regionAnchors(Uint16Array.from(regions).reverse(), indices.map(reversed), reversedPositions, REGIONS.length);
    REGIONS.forEach((region, r) => expect(reversed(again[r]), region.id).toBe(anchors[r]));
  });

  it('ANCHOR-2 faces each region the way it faces on the body', () => {
    const facings = regionFacings(body.mesh.regions, body.mesh.normals, REGIONS.length);
    const facing = (id: string) => {
      const r = REGIONS.findIndex((x) => x.id === id);
      return { x: facings[3 * r], z: facings[3 * r + 2] };
    };
    expect(facing('patella-left').z).toBeGreaterThan(0);
    expect(facing('scapula-right').z).toBeLessThan(0);
    expect(facing('lateral-thigh-middle-left').x).toBeGreaterThan(0);
    expect(facing('lateral-thigh-middle-right').x).toBeLessThan(0);
  });
});
