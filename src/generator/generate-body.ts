/**
 * The whole body pipeline: sculpt → sampled field → surface nets → snapped, simplified mesh →
 * field normals → atlas labels → compressed glTF. Deterministic: the same code gives the same bytes.
 */
import { bodyPrimitives } from './body-shape';
import { FieldLookup } from './field-lookup';
import { MeshoptSimplifier } from 'meshoptimizer';
import { largestComponent, snapToSurface, withFieldNormals } from './mesh-ops';
import { leftHalf, mirrorHalf, simplifyHalf, type HalfMesh } from './symmetry';
import { sampleGrid } from './sdf-field';
import { surfaceNets } from './surface-nets';
import { writeBodyGlb, type BodyMesh, type HalfAsset } from './write-glb';
import { flagMidline, mirroredRegion } from '../domain/body-mirror';
import { labelMesh } from '../domain/atlas/label-mesh';

export const GENERATOR_SETTINGS = {
  spacing: 0.0025,
  min: [-0.5, -0.01, -0.22] as const,
  max: [0.5, 1.77, 0.23] as const,
  maxTriangles: 200_000,
  maxError: 0.0015,
};

/** The left half as the asset stores it; the viewer mirrors it back (domain/body-mirror). */
function shippedHalf(mesh: BodyMesh, half: HalfMesh, twin: Uint32Array): HalfAsset {
  const n = half.midline.length;
  for (let v = 0; v < n; v++) {
    if (mesh.regions[twin[v]] !== mirroredRegion(mesh.regions[v], v === twin[v])) {
      throw new Error(`atlas labels are not mirror-symmetric at vertex ${v}: the asset could not rebuild the right half`);
    }
  }
  return {
    positions: mesh.positions.slice(0, 3 * n),
    indices: half.indices,
    flaggedRegions: flagMidline(mesh.regions.subarray(0, n), half.midline),
  };
}

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
  const mesh: BodyMesh = { positions: simplified.positions, normals: simplified.normals, indices: simplified.indices, regions };
  const glb = await writeBodyGlb(shippedHalf(mesh, half, simplified.twin));
  lap('write');
  log(`raw ${raw.indices.length / 3} tris → ${mesh.indices.length / 3} tris, ${mesh.positions.length / 3} vertices, ${glb.byteLength} bytes`);
  return { mesh, glb, timings };
}
