import { Vector3 } from 'three';
import type { BodySide } from '../domain/atlas';
import { BODY_SIDES, type Dataset } from '../domain/dataset';
import { createMarkerLocator } from '../domain/marker-placement';
import type { BodyData } from './body-data';

export interface MarkerPlacement {
  id: string;
  side: BodySide;
  position: Vector3;
  normal: Vector3;
}

/** Every point on both sides, placed on this mesh; instance i of the marker mesh is placements[i]. */
export function placeMarkers(dataset: Dataset, body: BodyData): MarkerPlacement[] {
  const locate = createMarkerLocator(body.positions, body.regions);
  return dataset.points.flatMap((point) =>
    BODY_SIDES.map((side) => {
      const v = locate(point, side);
      return {
        id: point.id,
        side,
        position: new Vector3().fromArray(body.positions, 3 * Math.max(v, 0)),
        normal: new Vector3().fromArray(body.normals, 3 * Math.max(v, 0)),
      };
    }),
  );
}

export const markerKey = (id: string, side: BodySide) => `${id}/${side}`;
