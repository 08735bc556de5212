/**
 * Decodes the body asset off the main thread: decompress, dequantise, mirror the half into the
 * whole body and compute smooth normals. The page meanwhile builds its UI and WebGL context, so on a
 * machine with two cores the body is ready sooner.
 */
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import { readBodyAsset } from '../domain/body-asset';
import { mirrorHalfBody } from '../domain/body-mirror';
import { smoothNormals, vertexNormals } from '../domain/vertex-normals';

export type BodyWorkerReply =
  | { ok: true; positions: Float32Array; normals: Float32Array; indices: Uint32Array; regions: Uint16Array }
  | { ok: false; message: string };

self.onmessage = async (event: MessageEvent<ArrayBuffer>) => {
  try {
    await MeshoptDecoder.ready;
    const whole = mirrorHalfBody(readBodyAsset(event.data, MeshoptDecoder));
    const reply: BodyWorkerReply = { ok: true, ...whole, normals: smoothNormals(vertexNormals(whole.positions, whole.indices), whole.indices) };
    self.postMessage(reply, { transfer: [reply.positions.buffer, reply.normals.buffer, reply.indices.buffer, reply.regions.buffer] });
  } catch (error) {
    self.postMessage({ ok: false, message: (error as Error).message } satisfies BodyWorkerReply);
  }
};
