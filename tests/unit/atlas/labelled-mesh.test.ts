import { beforeAll, describe, expect, it } from 'vitest';
import type { GeneratedBody } from '../../../src/generator/generate-body';
import { REGIONS, labelMeshWithStats, regionIndex, regionStats, twinOf } from '../../../src/domain/atlas';
import { labelComponents, vertexAdjacency } from '../../../src/domain/atlas/mesh-islands';
import { bodyMesh } from '../helpers/body-mesh';
import { NearestVertex } from '../helpers/nearest-vertex';

let body: GeneratedBody;
beforeAll(async () => {
  body = await bodyMesh();
}, 120_000);

describe('the labelled body mesh', () => {
  it('ATLAS-10 puts every vertex in exactly one known region, and every region has vertices', () => {
    const { positions, regions, indices } = body.mesh;
    expect(regions.length).toBe(positions.length / 3);
    for (let v = 0; v < regions.length; v++) if (regions[v] >= REGIONS.length) throw new Error(`vertex ${v}: region ${regions[v]}`);
    const sparse = regionStats(regions, indices, REGIONS.length)
      .map((s, i) => ({ id: REGIONS[i].id, vertices: s.vertices }))
      .filter((s) => s.vertices < 8);
    expect(sparse).toEqual([]);
  });

  it('ATLAS-11 keeps every region in one connected piece', () => {
    const { regions, indices } = body.mesh;
    // Only the skin counts: a speck of mesh floating apart from it (none is expected) cannot join a region.
    const mesh = labelComponents(new Uint8Array(regions.length), vertexAdjacency(indices, regions.length));
    const skin = mesh.sizes.indexOf(Math.max(...mesh.sizes));
    expect(mesh.sizes[skin] / regions.length).toBeGreaterThan(0.999);
    const onSkin = regions.map((region, v) => (mesh.component[v] === skin ? region : REGIONS.length));
    const broken = regionStats(onSkin, indices, REGIONS.length + 1)
      .slice(0, REGIONS.length)
      .map((s, i) => ({ id: REGIONS[i].id, pieces: s.pieces }))
      .filter((s) => s.pieces > 1);
    expect(broken).toEqual([]);
  });

  it('ATLAS-12 mirrors every paired region onto its twin', () => {
    const { positions, regions } = body.mesh;
    const nearest = new NearestVertex(positions);
    const total = new Array<number>(REGIONS.length).fill(0);
    const matched = new Array<number>(REGIONS.length).fill(0);
    const twin = REGIONS.map((r) => regionIndex(twinOf(r.id)));
    for (let v = 0; v < regions.length; v++) {
      const region = regions[v];
      if (REGIONS[region].side === 'midline') continue;
      const w = nearest.find(-positions[v * 3], positions[v * 3 + 1], positions[v * 3 + 2]);
      total[region]++;
      if (w >= 0 && regions[w] === twin[region]) matched[region]++;
    }
    const lopsided = REGIONS.map((r, i) => ({ id: r.id, share: matched[i] / total[i] })).filter((r) => r.share < 0.98);
    expect(lopsided).toEqual([]);
  });

  it('ATLAS-13 relies on the rules: the clean-ups change few vertices', () => {
    const { positions, normals, indices } = body.mesh;
    const result = labelMeshWithStats(positions, normals, indices);
    const count = positions.length / 3;
    expect(result.regions).toEqual(body.mesh.regions);
    expect(result.mirrored / count).toBeLessThan(0.05);
    expect(result.reassigned / count).toBeLessThan(0.01);
  });
});
