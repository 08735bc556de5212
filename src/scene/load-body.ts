/**
 * Loads the generated body asset and turns it into one plain, world-space BufferGeometry with a BVH.
 * Dequantising here keeps every later step (raycasts, anchors, painting) in plain metres.
 */
import { BufferAttribute, BufferGeometry, Mesh, type InterleavedBufferAttribute } from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import { computeBoundsTree } from 'three-mesh-bvh';

export const BODY_URL = `${import.meta.env.BASE_URL}body.glb`;
export const REGION_ATTRIBUTE = '_region';

export function configureLoader(loader: GLTFLoader): void {
  loader.setMeshoptDecoder(MeshoptDecoder);
}

export function bodyGeometryFrom(scene: { traverse: (fn: (o: unknown) => void) => void; updateMatrixWorld: (force?: boolean) => void }): BufferGeometry {
  let found: Mesh | null = null;
  scene.updateMatrixWorld(true);
  scene.traverse((o) => {
    if (!found && o instanceof Mesh) found = o;
  });
  if (!found) throw new Error('body.glb: the asset holds no mesh');
  const mesh = found as Mesh;
  const source = mesh.geometry;
  const region = source.getAttribute(REGION_ATTRIBUTE);
  if (!region) throw new Error(`body.glb: the mesh has no ${REGION_ATTRIBUTE.toUpperCase()} attribute`);
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', toFloat(source.getAttribute('position') as BufferAttribute, 3));
  geometry.setAttribute('normal', toFloat(source.getAttribute('normal') as BufferAttribute, 3));
  geometry.setAttribute(REGION_ATTRIBUTE, plainRegions(region));
  geometry.setIndex(source.getIndex());
  geometry.applyMatrix4(mesh.matrixWorld);
  geometry.computeBoundingBox();
  geometry.computeBoundingSphere();
  computeBoundsTree.call(geometry);
  return geometry;
}

function toFloat(attribute: BufferAttribute, itemSize: number): BufferAttribute {
  const out = new Float32Array(attribute.count * itemSize);
  for (let i = 0; i < attribute.count; i++) {
    out[i * itemSize] = attribute.getX(i);
    out[i * itemSize + 1] = attribute.getY(i);
    out[i * itemSize + 2] = attribute.getZ(i);
  }
  return new BufferAttribute(out, itemSize);
}

/** EXT_meshopt pads the 2-byte region ids to a 4-byte stride; a packed copy lets code index `.array`. */
function plainRegions(attribute: BufferAttribute | InterleavedBufferAttribute): BufferAttribute {
  const out = new Uint16Array(attribute.count);
  for (let i = 0; i < attribute.count; i++) out[i] = attribute.getX(i);
  return new BufferAttribute(out, 1);
}
