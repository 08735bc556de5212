import type { ViewName } from '../store';

export const BODY_CENTRE = [0, 0.865, 0] as const;
const BODY_HALF_HEIGHT = 0.9;
const BODY_HALF_WIDTH = 0.5;

const DIRECTIONS: Record<ViewName, readonly [number, number, number]> = {
  front: [0, 0.02, 1],
  back: [0, 0.02, -1],
  left: [1, 0.02, 0],
  right: [-1, 0.02, 0],
};

/** Camera distance at which the whole body fits the viewport for this field of view and aspect. */
export function fitDistance(fovDegrees: number, aspect: number): number {
  const tanHalf = Math.tan((fovDegrees * Math.PI) / 360);
  return Math.max(BODY_HALF_HEIGHT / tanHalf, BODY_HALF_WIDTH / (tanHalf * aspect));
}

export function cameraPositionFor(view: ViewName, distance: number): [number, number, number] {
  const [x, y, z] = DIRECTIONS[view];
  const l = Math.hypot(x, y, z);
  return [BODY_CENTRE[0] + (x / l) * distance, BODY_CENTRE[1] + (y / l) * distance, BODY_CENTRE[2] + (z / l) * distance];
}

/** The preset whose camera looks most squarely at a surface with this outward normal. */
export function viewFacing(normal: { x: number; z: number }): ViewName {
  const scores: [ViewName, number][] = [
    ['front', normal.z],
    ['back', -normal.z],
    ['left', normal.x],
    ['right', -normal.x],
  ];
  return scores.reduce((best, next) => (next[1] > best[1] ? next : best))[0];
}
