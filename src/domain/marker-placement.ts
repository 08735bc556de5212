/**
 * Where a trigger point's marker sits on this mesh: the vertex of its location region nearest to
 * landmark + offset. The data stays mesh-independent; only this lookup touches the mesh.
 */
import { REGIONS, regionIndex, type BodySide } from './atlas';
import { LANDMARKS, type Vec3 } from './body-plan';
import { zonesOnSide, type TriggerPoint } from './dataset';

export function markerTarget(point: TriggerPoint, side: BodySide): Vec3 {
  const l = LANDMARKS[point.location.landmark];
  const o = point.location.offset;
  const x = l[0] + o[0];
  return [side === 'left' ? x : -x, l[1] + o[1], l[2] + o[2]];
}

/** Returns the marker's vertex index, or -1 if the region has no vertex on this mesh. */
export type MarkerLocator = (point: TriggerPoint, side: BodySide) => number;

/** Groups the mesh's vertices by region once, so each marker searches only its own region. */
export function createMarkerLocator(positions: ArrayLike<number>, regions: ArrayLike<number>): MarkerLocator {
  const byRegion: number[][] = REGIONS.map(() => []);
  for (let v = 0; v < regions.length; v++) byRegion[regions[v]].push(v);
  return (point, side) => {
    const [tx, ty, tz] = markerTarget(point, side);
    let best = -1;
    let bestDistance = Infinity;
    for (const v of byRegion[regionIndex(zonesOnSide(point, side).locationRegion)] ?? []) {
      const d = (positions[3 * v] - tx) ** 2 + (positions[3 * v + 1] - ty) ** 2 + (positions[3 * v + 2] - tz) ** 2;
      if (d < bestDistance) {
        bestDistance = d;
        best = v;
      }
    }
    return best;
  };
}
