import { beforeAll, describe, expect, it } from 'vitest';
import { REGIONS, regionIndex } from '../../../src/domain/atlas';
import { BODY_SIDES, zonesOnSide } from '../../../src/domain/dataset';
import { createMarkerLocator, markerTarget } from '../../../src/domain/marker-placement';
import type { GeneratedBody } from '../../../src/generator/generate-body';
import { bodyMesh } from '../helpers/body-mesh';
import { shippedDataset } from '../helpers/dataset-files';

let body: GeneratedBody;
beforeAll(async () => {
  body = await bodyMesh();
});

describe('marker placement', () => {
  it('DATA-11 puts every marker on the skin of its region, near its landmark-relative position, on both sides', () => {
    const { positions, regions } = body.mesh;
    const locate = createMarkerLocator(positions, regions);
    for (const point of shippedDataset().points) {
      for (const side of BODY_SIDES) {
        const v = locate(point, side);
        const region = zonesOnSide(point, side).locationRegion;
        expect(v, `${point.id} (${side}) has no vertex in ${region}`).toBeGreaterThanOrEqual(0);
        expect(REGIONS[regions[v]].id).toBe(region);
        expect(regions[v]).toBe(regionIndex(region));
        const [x, y, z] = markerTarget(point, side);
        const distance = Math.hypot(positions[3 * v] - x, positions[3 * v + 1] - y, positions[3 * v + 2] - z);
        expect(distance, `${point.id} (${side}) marker is ${(distance * 100).toFixed(1)} cm from its target`).toBeLessThan(0.03);
      }
    }
  });

  it('places the right-side marker as the mirror image of the left', () => {
    const { positions } = body.mesh;
    const locate = createMarkerLocator(positions, body.mesh.regions);
    for (const point of shippedDataset().points) {
      const l = locate(point, 'left');
      const r = locate(point, 'right');
      expect(positions[3 * r]).toBeCloseTo(-positions[3 * l], 4);
      expect(positions[3 * r + 1]).toBeCloseTo(positions[3 * l + 1], 4);
    }
  });
});
