import { KeyLight } from './KeyLight';

/**
 * Soft studio lighting from two analytic lights: a warm sky over a greige floor, and a key light
 * that follows the camera. An image-based environment looked a little
 * softer, but sampling it is most of the cost of a frame on software WebGL, where the frame rate
 * fell to about half of a bare three.js page (README, Performance).
 */
export function StudioLights() {
  return (
    <>
      <hemisphereLight args={['#fff6ee', '#a89c94', 0.95]} />
      <KeyLight intensity={2.2} />
    </>
  );
}
