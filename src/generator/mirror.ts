import type { Primitive } from './primitives';

function mirrorPrimitive(p: Primitive): Primitive {
  const [x0, y0, z0, x1, y1, z1] = p.bounds;
  return {
    ...p,
    name: p.name.replace('left', 'right'),
    bounds: [-x1, y0, z0, -x0, y1, z1],
    distance: (x, y, z) => p.distance(-x, y, z),
  };
}

/** Both sides of a paired part: the left primitives followed by their mirror images. */
export function bilateral(left: Primitive[]): Primitive[] {
  return [...left, ...left.map(mirrorPrimitive)];
}
