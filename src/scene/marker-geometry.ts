/**
 * The marker shape, one unit in radius: a light disc with a dark rim and a dark X on it (the X is
 * Travell & Simons' sign for a trigger point). Vertex colours let one instance colour tint it.
 */
import { BoxGeometry, BufferAttribute, CircleGeometry, RingGeometry, type BufferGeometry } from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';

function coloured(geometry: BufferGeometry, rgb: [number, number, number]): BufferGeometry {
  const count = geometry.getAttribute('position').count;
  const colours = new Float32Array(count * 3);
  for (let i = 0; i < count; i++) colours.set(rgb, i * 3);
  geometry.setAttribute('color', new BufferAttribute(colours, 3));
  return geometry;
}

export function markerGeometry(): BufferGeometry {
  const dark: [number, number, number] = [0.07, 0.08, 0.1];
  const disc = coloured(new CircleGeometry(1, 24), [1, 1, 1]);
  const rim = coloured(new RingGeometry(0.92, 1.18, 24), dark);
  const bars = [Math.PI / 4, -Math.PI / 4].map((angle) => {
    const bar = new BoxGeometry(1.45, 0.3, 0.05);
    bar.rotateZ(angle);
    bar.translate(0, 0, 0.04);
    return coloured(bar, dark);
  });
  for (const g of [disc, rim, ...bars]) g.deleteAttribute('uv');
  return mergeGeometries([disc, rim, ...bars])!;
}
