/** Reads public/body.glb in Node with the viewer's own reader (domain/body-asset), then mirrors it. */
import { readFileSync } from 'node:fs';
import { MeshoptDecoder } from 'meshoptimizer';
import { readBodyAsset } from '../../../src/domain/body-asset';
import { mirrorHalfBody, type WholeBody } from '../../../src/domain/body-mirror';

export function shippedBodyBytes(): ArrayBuffer {
  const file = readFileSync(new URL('../../../public/body.glb', import.meta.url));
  return file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer;
}

export async function readShippedBody(): Promise<WholeBody> {
  await MeshoptDecoder.ready;
  return mirrorHalfBody(readBodyAsset(shippedBodyBytes(), MeshoptDecoder));
}
