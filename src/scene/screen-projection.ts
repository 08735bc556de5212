/** Projecting body points to CSS pixels, and checking that nothing of the body hides them. */
import { Raycaster, Vector3, type Camera, type Mesh } from 'three';

export interface ScreenPoint {
  x: number;
  y: number;
  visible: boolean;
}

/** Skin seen nearly edge-on is a sliver a pointer can't aim at, so it doesn't count as visible. */
const MIN_FACING = 0.2;

const raycaster = new Raycaster();
raycaster.firstHitOnly = true;

/** The point in CSS pixels of the page, given the canvas's client rect, and its normalised depth. */
export function toPagePixels(point: Vector3, camera: Camera, rect: DOMRect): { x: number; y: number; ndc: Vector3 } {
  const ndc = point.clone().project(camera);
  return { x: rect.left + ((ndc.x + 1) / 2) * rect.width, y: rect.top + ((1 - ndc.y) / 2) * rect.height, ndc };
}

export function projectToScreen(point: Vector3, normal: Vector3, camera: Camera, canvas: HTMLCanvasElement, body: Mesh | null): ScreenPoint {
  const { x, y, ndc } = toPagePixels(point, camera, canvas.getBoundingClientRect());
  const toCamera = camera.position.clone().sub(point);
  const inFrame = Math.abs(ndc.x) <= 1 && Math.abs(ndc.y) <= 1 && ndc.z < 1;
  const facing = normal.dot(toCamera.clone().normalize());
  return { x, y, visible: inFrame && facing > MIN_FACING && !isHidden(point, camera, body) };
}

/** True when the body blocks the line of sight from the camera to the point. */
export function isHidden(point: Vector3, camera: Camera, body: Mesh | null): boolean {
  if (!body) return false;
  const distance = camera.position.distanceTo(point);
  raycaster.set(camera.position, point.clone().sub(camera.position).normalize());
  raycaster.far = distance;
  const hit = raycaster.intersectObject(body)[0];
  return !!hit && hit.distance < distance - 0.01;
}
