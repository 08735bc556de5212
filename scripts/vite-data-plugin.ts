/**
 * Serves data/ at /data/ in dev and copies it into the build, with /data/index.json listing the
 * files. The app fetches the dataset at run time, so the data stays out of the JS bundle and tests
 * can swap in a broken file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

const DATA_DIR = 'data';

export function datasetIndex(root: string) {
  const muscles = readdirSync(join(root, DATA_DIR, 'muscles'))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => `muscles/${f}`);
  return { sources: 'sources.json', muscles };
}

function dataFiles(root: string): string[] {
  const { sources, muscles } = datasetIndex(root);
  const schemas = readdirSync(join(root, DATA_DIR, 'schema')).map((f) => `schema/${f}`);
  return [sources, ...muscles, ...schemas];
}

export function datasetPlugin(): Plugin {
  let root = process.cwd();
  return {
    name: 'myomap-dataset',
    configResolved(config) {
      root = config.root;
    },
    configureServer(server) {
      server.middlewares.use(`/${DATA_DIR}/`, (req, res, next) => {
        const path = (req.url ?? '').split('?')[0].replace(/^\//, '');
        const files = dataFiles(root);
        if (path === 'index.json') {
          res.setHeader('Content-Type', 'application/json');
          res.end(JSON.stringify(datasetIndex(root)));
        } else if (files.includes(path)) {
          res.setHeader('Content-Type', 'application/json');
          res.end(readFileSync(join(root, DATA_DIR, path)));
        } else next();
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: `${DATA_DIR}/index.json`, source: JSON.stringify(datasetIndex(root)) });
      for (const file of dataFiles(root)) {
        this.emitFile({ type: 'asset', fileName: `${DATA_DIR}/${file}`, source: readFileSync(join(root, DATA_DIR, file)) });
      }
    },
  };
}
