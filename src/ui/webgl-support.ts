/**
 * Whether the 3D view can run. A probe context would cost as much as the real one (about 0.1 s on
 * software WebGL), so the app checks only that the browser knows WebGL2, then tries; a context that
 * can't be created is reported by three.js as an error, which shows the same explanation.
 */
export function knowsWebGL2(): boolean {
  return typeof WebGL2RenderingContext !== 'undefined';
}

export function isWebGLUnavailable(error: Error): boolean {
  return /Error creating WebGL context/.test(error.message);
}
