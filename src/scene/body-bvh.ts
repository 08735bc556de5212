/**
 * The body's BVH (three-mesh-bvh) is not needed for the first view, so its code loads on the
 * first pointer move over the canvas or on entering pain mode. Until then raycasts use three's
 * plain triangle test, which is slower but gives the same answers.
 */
import type { BufferGeometry, Mesh } from 'three';
import type { MeshBVH } from 'three-mesh-bvh';

/** drei augments BufferGeometry with its own three-mesh-bvh's type, so the field is read untyped. */
type WithBoundsTree = { boundsTree?: MeshBVH };

let bvhModule: Promise<typeof import('./mesh-bvh')> | null = null;

/** Builds the mesh's BVH once and switches its raycasts to it. */
export async function accelerate(mesh: Mesh): Promise<MeshBVH> {
  bvhModule ??= import('./mesh-bvh');
  const { MeshBVH, acceleratedRaycast } = await bvhModule;
  const geometry = mesh.geometry as unknown as WithBoundsTree;
  geometry.boundsTree ??= new MeshBVH(mesh.geometry);
  mesh.raycast = acceleratedRaycast;
  return geometry.boundsTree;
}

export function boundsTreeOf(geometry: BufferGeometry): MeshBVH | undefined {
  return (geometry as unknown as WithBoundsTree).boundsTree;
}
