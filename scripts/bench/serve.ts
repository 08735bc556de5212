/**
 * The bench's static server: the production build at /, the baseline page at /baseline/, with
 * gzip as a real host would send it, so the browser's transfer sizes are the ones users pay.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.glb': 'model/gltf-binary',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.glb', '.svg']);

export interface BenchServer {
  url: string;
  close(): Promise<void>;
}

export async function serveBuilds(appDir: string, baselineDir: string): Promise<BenchServer> {
  const cache = new Map<string, Buffer>();
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://bench').pathname);
    const file = resolveFile(path, appDir, baselineDir);
    void send(file, request.headers['accept-encoding'] ?? '', cache)
      .then(({ status, headers, body }) => {
        response.writeHead(status, headers);
        response.end(body);
      });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const port = (server.address() as { port: number }).port;
  return { url: `http://127.0.0.1:${port}`, close: () => closeServer(server) };
}

function resolveFile(path: string, appDir: string, baselineDir: string): string {
  const [root, rest] = path.startsWith('/baseline/') ? [baselineDir, path.slice('/baseline'.length)] : [appDir, path];
  const relative = normalize(rest.endsWith('/') ? `${rest}index.html` : rest).replace(/^(\.\.[/\\])+/, '');
  return join(root, relative);
}

async function send(file: string, acceptEncoding: string | string[], cache: Map<string, Buffer>) {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch {
    return { status: 404, headers: { 'content-type': 'text/plain' }, body: `not found: ${file}` };
  }
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  if (!COMPRESSIBLE.has(extname(file)) || !String(acceptEncoding).includes('gzip')) {
    return { status: 200, headers: { 'content-type': type, 'cache-control': 'no-store' }, body: bytes };
  }
  const gzipped = cache.get(file) ?? gzipSync(bytes);
  cache.set(file, gzipped);
  return { status: 200, headers: { 'content-type': type, 'content-encoding': 'gzip', 'cache-control': 'no-store' }, body: gzipped };
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((done) => server.close(() => done()));
}
