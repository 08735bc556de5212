/**
 * Packs the left half of the body into a binary glTF: quantised positions, a per-vertex `_REGION`
 * attribute with the atlas index (and the seam flag), and EXT_meshopt_compression, which three.js
 * decodes locally. Normals are not stored: the viewer computes them from the welded whole body,
 * which costs a few milliseconds and saves about 40% of the bytes.
 */
import { Document, NodeIO } from '@gltf-transform/core';
import { EXTMeshoptCompression, KHRMeshQuantization } from '@gltf-transform/extensions';
import { meshopt } from '@gltf-transform/functions';
import { MeshoptEncoder } from 'meshoptimizer';
import type { HalfBody } from '../domain/body-mirror';

export interface BodyMesh {
  positions: Float32Array;
  normals: Float32Array;
  indices: Uint32Array;
  regions: Uint16Array;
}

/** What the asset stores: see domain/body-mirror. */
export type HalfAsset = HalfBody;

export const REGION_ATTRIBUTE = '_REGION';

export async function writeBodyGlb(half: HalfAsset): Promise<Uint8Array> {
  const doc = new Document();
  const buffer = doc.createBuffer();
  const accessor = (type: 'VEC3' | 'SCALAR', array: Float32Array | Uint16Array | Uint32Array) =>
    doc.createAccessor().setType(type).setArray(array).setBuffer(buffer);
  const primitive = doc
    .createPrimitive()
    .setAttribute('POSITION', accessor('VEC3', Float32Array.from(half.positions)))
    .setAttribute(REGION_ATTRIBUTE, accessor('SCALAR', Uint16Array.from(half.flaggedRegions)))
    .setIndices(accessor('SCALAR', Uint32Array.from(half.indices)))
    .setMaterial(doc.createMaterial('skin').setBaseColorFactor([0.87, 0.68, 0.58, 1]).setRoughnessFactor(0.6));
  const node = doc.createNode('body').setMesh(doc.createMesh('body').addPrimitive(primitive));
  doc.createScene('body').addChild(node);
  doc.getRoot().getAsset().generator = 'myomap body generator';

  await MeshoptEncoder.ready;
  await doc.transform(meshopt({ encoder: MeshoptEncoder, level: 'medium', quantizePosition: 14 }));
  const io = new NodeIO().registerExtensions([EXTMeshoptCompression, KHRMeshQuantization]).registerDependencies({ 'meshopt.encoder': MeshoptEncoder });
  return io.writeBinary(doc);
}
