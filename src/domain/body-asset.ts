/**
 * Reads the body asset that src/generator/write-glb.ts writes: a binary glTF holding one mesh (the
 * left half of the body) with quantised positions, a `_REGION` attribute and EXT_meshopt_compression.
 * Only that shape is supported, so the reader is small enough to run in a worker without three.js,
 * and every departure from it fails with a message that names what is wrong.
 */
import type { HalfBody } from './body-mirror';

export interface MeshoptDecoderLike {
  decodeGltfBuffer(target: Uint8Array, count: number, size: number, source: Uint8Array, mode: string, filter?: string): void;
}

interface Gltf {
  nodes?: { mesh?: number; translation?: number[]; rotation?: number[]; scale?: number[]; matrix?: number[] }[];
  meshes?: { primitives: { attributes: Record<string, number>; indices?: number }[] }[];
  accessors?: Accessor[];
  bufferViews?: BufferView[];
}
interface Accessor { bufferView?: number; byteOffset?: number; componentType: number; normalized?: boolean; count: number; type: string }
interface BufferView {
  byteLength: number;
  byteStride?: number;
  extensions?: { EXT_meshopt_compression?: { byteOffset?: number; byteLength: number; byteStride: number; count: number; mode: string; filter?: string } };
}

const GLB_MAGIC = 0x46546c67;
const JSON_CHUNK = 0x4e4f534a;
const BIN_CHUNK = 0x004e4942;
const COMPONENTS: Record<string, number> = { SCALAR: 1, VEC3: 3 };

export function readBodyAsset(bytes: ArrayBuffer, decoder: MeshoptDecoderLike): HalfBody {
  const { json, bin } = glbChunks(bytes);
  const nodeIndex = (json.nodes ?? []).findIndex((n) => n.mesh !== undefined);
  if (nodeIndex < 0) throw new Error('body.glb: the asset holds no mesh');
  const node = json.nodes![nodeIndex];
  const primitive = json.meshes?.[node.mesh!]?.primitives[0];
  if (!primitive) throw new Error(`body.glb: nodes[${nodeIndex}] names mesh ${node.mesh}, which has no primitive`);
  const read = (name: string, index: number | undefined) => {
    if (index === undefined) throw new Error(`body.glb: the mesh has no ${name}`);
    return accessorValues(json, bin, index, decoder, name);
  };
  const positions = read('POSITION attribute', primitive.attributes.POSITION);
  placeInWorld(positions, node, nodeIndex);
  return {
    positions,
    indices: Uint32Array.from(read('triangle indices', primitive.indices)),
    flaggedRegions: Uint16Array.from(read('_REGION attribute', primitive.attributes._REGION)),
  };
}

function glbChunks(bytes: ArrayBuffer): { json: Gltf; bin: Uint8Array } {
  const view = new DataView(bytes);
  if (bytes.byteLength < 20 || view.getUint32(0, true) !== GLB_MAGIC) throw new Error('body.glb: not a binary glTF file (bad magic number)');
  const jsonLength = view.getUint32(12, true);
  if (view.getUint32(16, true) !== JSON_CHUNK) throw new Error('body.glb: the first chunk is not JSON');
  if (view.getUint32(8, true) > bytes.byteLength || 20 + jsonLength > bytes.byteLength) throw new Error(`body.glb: the file is cut short (${bytes.byteLength} of ${view.getUint32(8, true)} bytes)`);
  const json = JSON.parse(new TextDecoder().decode(new Uint8Array(bytes, 20, jsonLength))) as Gltf;
  const binAt = 20 + jsonLength;
  if (binAt + 8 > bytes.byteLength || view.getUint32(binAt + 4, true) !== BIN_CHUNK) throw new Error('body.glb: the binary chunk is missing');
  const binLength = view.getUint32(binAt, true);
  if (binAt + 8 + binLength > bytes.byteLength) throw new Error('body.glb: the binary chunk is cut short');
  return { json, bin: new Uint8Array(bytes, binAt + 8, binLength) };
}

/** An accessor's values as plain numbers, decompressed and, where normalised, scaled to −1…1. */
function accessorValues(json: Gltf, bin: Uint8Array, index: number, decoder: MeshoptDecoderLike, name: string): Float32Array {
  const accessor = json.accessors?.[index];
  const components = accessor && COMPONENTS[accessor.type];
  if (!accessor || !components) throw new Error(`body.glb: the ${name} (accessors[${index}]) is missing or not SCALAR/VEC3`);
  const compressed = json.bufferViews?.[accessor.bufferView ?? -1]?.extensions?.EXT_meshopt_compression;
  if (!compressed) throw new Error(`body.glb: the ${name} (accessors[${index}]) is not meshopt-compressed`);
  const data = new Uint8Array(compressed.count * compressed.byteStride);
  const offset = compressed.byteOffset ?? 0;
  decoder.decodeGltfBuffer(data, compressed.count, compressed.byteStride, bin.subarray(offset, offset + compressed.byteLength), compressed.mode, compressed.filter);
  return componentValues(new DataView(data.buffer), accessor, components, compressed.byteStride, name);
}

function componentValues(view: DataView, accessor: Accessor, components: number, stride: number, name: string): Float32Array {
  const read = COMPONENT_READERS[accessor.componentType];
  if (!read) throw new Error(`body.glb: the ${name} has component type ${accessor.componentType}, which the viewer does not read`);
  const out = new Float32Array(accessor.count * components);
  for (let i = 0; i < accessor.count; i++) {
    for (let c = 0; c < components; c++) out[i * components + c] = read(view, (accessor.byteOffset ?? 0) + i * stride + c * read.size, accessor.normalized ?? false);
  }
  return out;
}

type ComponentReader = ((view: DataView, at: number, normalized: boolean) => number) & { size: number };
const reader = (size: number, fn: (view: DataView, at: number, normalized: boolean) => number): ComponentReader => Object.assign(fn, { size });
const COMPONENT_READERS: Record<number, ComponentReader> = {
  5121: reader(1, (v, at, n) => (n ? v.getUint8(at) / 255 : v.getUint8(at))),
  5122: reader(2, (v, at, n) => (n ? Math.max(v.getInt16(at, true) / 32767, -1) : v.getInt16(at, true))),
  5123: reader(2, (v, at, n) => (n ? v.getUint16(at, true) / 65535 : v.getUint16(at, true))),
  5125: reader(4, (v, at) => v.getUint32(at, true)),
  5126: reader(4, (v, at) => v.getFloat32(at, true)),
};

/** Applies the node's translation and scale (where quantisation put them); the asset has no rotation. */
function placeInWorld(positions: Float32Array, node: NonNullable<Gltf['nodes']>[number], nodeIndex: number): void {
  const rotation = node.rotation ?? [0, 0, 0, 1];
  if (node.matrix || rotation[3] !== 1) throw new Error(`body.glb: nodes[${nodeIndex}] is rotated or has a matrix, which the viewer does not read`);
  const [tx, ty, tz] = node.translation ?? [0, 0, 0];
  const [sx, sy, sz] = node.scale ?? [1, 1, 1];
  for (let i = 0; i < positions.length; i += 3) {
    positions[i] = positions[i] * sx + tx;
    positions[i + 1] = positions[i + 1] * sy + ty;
    positions[i + 2] = positions[i + 2] * sz + tz;
  }
}
