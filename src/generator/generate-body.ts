/**
 * The whole body pipeline: sculpt → sampled field → surface nets → snapped, simplified mesh →
 * field normals → atlas labels → compressed glTF. Deterministic: the same code gives the same bytes.
 */
import { bodyPrimitives } from './body-shape';
import { FieldLookup } from './field-lookup';
import { MeshoptSimplifier } from 'meshoptimizer';
import { largestComponent, snapToSurface, withFieldNormals } from './mesh-ops';
import { leftHalf, mirrorHalf, simplifyHalf } from './symmetry';
import { sampleGrid } from './sdf-field';
import { surfaceNets } from './surface-nets';
import { writeBodyGlb, type BodyMesh } from './write-glb';
import { labelMesh } from '../domain/atlas/label-mesh';

export const GENERATOR_SETTINGS = {
  spacing: 0.0025,
  min: [-0.5, -0.01, -0.22] as const,
  max: [0.5, 1.77, 0.23] as const,
  maxTriangles: 200_000,
  maxError: 0.0015,
};

export interface GeneratedBody {
  mesh: BodyMesh;
  glb: Uint8Array;
  timings: Record<string, number>;
}

export async function generateBody(log: (message: string) => void = () => {}): Promise<GeneratedBody> {
  const timings: Record<string, number> = {};
  let last = performance.now();
  const lap = (name: string) => {
    const now = performance.now();
    timings[name] = now - last;
    log(`${name}: ${(now - last).toFixed(0)} ms`);
    last = now;
  };
  const primitives = bodyPrimitives();
  const grid = sampleGrid(primitives, { min: GENERATOR_SETTINGS.min, max: GENERATOR_SETTINGS.max, spacing: GENERATOR_SETTINGS.spacing });
  lap('sample');
  const raw = largestComponent(surfaceNets(grid));
  lap('surface nets');
  const field = new FieldLookup(primitives);
  snapToSurface(raw, field);
  lap('snap');
  const shaded = withFieldNormals(raw, field);
  lap('normals');
  await MeshoptSimplifier.ready;
  const half = simplifyHalf(leftHalf(shaded), GENERATOR_SETTINGS.maxTriangles / 2, GENERATOR_SETTINGS.maxError);
  const simplified = mirrorHalf(half);
  lap('simplify');
  const regions = labelMesh(simplified.positions, simplified.normals, simplified.indices);
  lap('label');
  const mesh: BodyMesh = { ...simplified, regions };
  const glb = await writeBodyGlb(mesh);
  lap('write');
  log(`raw ${raw.indices.length / 3} tris → ${mesh.indices.length / 3} tris, ${mesh.positions.length / 3} vertices, ${glb.byteLength} bytes`);
  return { mesh, glb, timings };
}
