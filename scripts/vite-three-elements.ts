import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const CATALOGUE = fileURLToPath(new URL('../src/scene/three-elements.ts', import.meta.url));
/** The one module of @react-three/fiber whose `import * as THREE` only feeds `extend(THREE)`. */
const FIBER_CANVAS = /@react-three[/\\]fiber[/\\]dist[/\\]react-three-fiber\.esm\.js$/;

/** Gives r3f's <Canvas> our short list of three.js elements instead of the whole namespace (see src/scene/three-elements.ts). */
export function threeElementsPlugin(): Plugin {
  return {
    name: 'myomap-three-elements',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === 'three' && importer && FIBER_CANVAS.test(importer)) return CATALOGUE;
      return null;
    },
  };
}
