import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';
import { Sphere, Vector3 } from 'three';
import type { MeshBVH } from 'three-mesh-bvh';
import { REGIONS, regionIndex } from '../domain/atlas';
import { useAppStore } from '../store';
import type { BodyData } from './body-data';
import { boundsTreeOf } from './body-bvh';

export interface PainBrushProps {
  body: BodyData;
}

/** Brush radius on the skin, in metres: about two finger-widths, like a finger pointing at pain. */
export const BRUSH_RADIUS = 0.025;

/** The regions with skin inside the brush, found through the body's BVH. */
export function regionsUnderBrush(body: BodyData, centre: Vector3, radius = BRUSH_RADIUS): string[] {
  const bvh = boundsTreeOf(body.geometry);
  const found = bvh ? verticesInSphere(bvh, body, centre, radius) : verticesInSphereWithoutBvh(body, centre, radius);
  return [...found].map((r) => REGIONS[r].id);
}

function verticesInSphere(bvh: MeshBVH, body: BodyData, centre: Vector3, radius: number): Set<number> {
  const sphere = new Sphere(centre, radius);
  const index = body.geometry.getIndex()!.array;
  const found = new Set<number>();
  const p = new Vector3();
  bvh.shapecast({
    intersectsBounds: (box) => sphere.intersectsBox(box),
    intersectsTriangle: (_triangle, triangle) => {
      for (let k = 0; k < 3; k++) {
        const v = index[3 * triangle + k];
        if (p.fromArray(body.positions, 3 * v).distanceTo(centre) <= radius) found.add(body.regions[v]);
      }
      return false;
    },
  });
  return found;
}

/** For a stroke that starts before the BVH is built: every vertex, one distance test each. */
function verticesInSphereWithoutBvh(body: BodyData, centre: Vector3, radius: number): Set<number> {
  const found = new Set<number>();
  const p = new Vector3();
  for (let v = 0; v < body.regions.length; v++) {
    if (p.fromArray(body.positions, 3 * v).distanceTo(centre) <= radius) found.add(body.regions[v]);
  }
  return found;
}

/** Shows the pain drawing on the body. */
export function PainBrush({ body }: PainBrushProps) {
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => {
    const show = (pain: Readonly<Record<string, number>>) => {
      body.painPaint.clearChannel(0);
      for (const [id, intensity] of Object.entries(pain)) body.painPaint.setChannel(0, regionIndex(id), intensity / 3);
      invalidate();
    };
    show(useAppStore.getState().pain);
    return useAppStore.subscribe((s, prev) => {
      if (s.pain !== prev.pain) show(s.pain);
    });
  }, [body, invalidate]);
  return null;
}
