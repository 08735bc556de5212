/** The parts of three-mesh-bvh the viewer uses, as one module so its lazy chunk has a telling name (mesh-bvh-*.js). */
export { MeshBVH, acceleratedRaycast } from 'three-mesh-bvh';
