/**
 * Loads the body asset: the bytes on the main thread (where the page's preload already fetched
 * them, with progress for the loading bar), the decoding in a worker (body-worker.ts). The result
 * is one plain, world-space BufferGeometry of the whole body, in metres.
 */
import { BufferAttribute, BufferGeometry } from 'three';
import type { BodyWorkerReply } from './body-worker';

export const BODY_URL = `${import.meta.env.BASE_URL}body.glb`;
export const REGION_ATTRIBUTE = '_region';

export interface LoadedBody {
  geometry: BufferGeometry;
  /** The atlas region of each vertex. */
  regions: Uint16Array;
}

type Progress = (loadedBytes: number, totalBytes: number | null) => void;

const loads = new Map<string, Promise<LoadedBody>>();

/** The body at this URL, loaded once: the same promise for every caller, as React's use() wants. */
export function loadBody(url: string, onProgress: Progress): Promise<LoadedBody> {
  let load = loads.get(url);
  if (!load) {
    load = fetchBytes(url, onProgress).then(decodeInWorker).then(geometryFrom);
    loads.set(url, load);
  }
  return load;
}

async function fetchBytes(url: string, onProgress: Progress): Promise<ArrayBuffer> {
  const name = url.split('/').pop();
  const response = await fetch(url).catch((error: Error) => {
    throw new Error(`${name}: could not be loaded (${error.message})`, { cause: error });
  });
  if (!response.ok || !response.body) throw new Error(`${name}: could not be loaded (HTTP ${response.status})`);
  // With gzip the header gives the compressed length, which the stream's byte count never reaches.
  const total = response.headers.get('content-encoding') ? null : Number(response.headers.get('content-length')) || null;
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  for (const reader = response.body.getReader(); ; ) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    loaded += value.byteLength;
    onProgress(loaded, total);
  }
  const bytes = new Uint8Array(loaded);
  chunks.reduce((at, chunk) => (bytes.set(chunk, at), at + chunk.byteLength), 0);
  return bytes.buffer;
}

function decodeInWorker(bytes: ArrayBuffer): Promise<Extract<BodyWorkerReply, { ok: true }>> {
  const worker = new Worker(new URL('./body-worker.ts', import.meta.url), { type: 'module' });
  return new Promise((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<BodyWorkerReply>) => {
      worker.terminate();
      if (event.data.ok) resolve(event.data);
      else reject(new Error(event.data.message));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(`body.glb: the decoder failed (${event.message})`));
    };
    worker.postMessage(bytes, [bytes]);
  });
}

function geometryFrom(body: Extract<BodyWorkerReply, { ok: true }>): LoadedBody {
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new BufferAttribute(body.positions, 3));
  geometry.setAttribute('normal', new BufferAttribute(body.normals, 3));
  // The GPU copy is 32-bit float: software WebGL converts 16-bit vertex attributes on every draw.
  geometry.setAttribute(REGION_ATTRIBUTE, new BufferAttribute(Float32Array.from(body.regions), 1));
  geometry.setIndex(new BufferAttribute(body.indices, 1));
  geometry.computeBoundingBox();
  geometry.computeBoundingSphere();
  return { geometry, regions: body.regions };
}
