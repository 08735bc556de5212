/**
 * The three.js classes this app uses as JSX elements (<mesh>, <ambientLight>, …), in our scene
 * and in the drei helpers we use (CameraControls needs none). @react-three/fiber's <Canvas> registers whatever its `three`
 * import holds, and with the real module that is the whole namespace, which keeps all of three.js
 * in the bundle. vite.config.ts points that one import here instead (see `threeElementsPlugin`),
 * so the bundler can drop the classes nobody uses: about 37 KB of gzipped script.
 * An element missing here fails loudly at run time ("… is not part of the THREE namespace").
 */
export {
  AmbientLight,
  Color,
  DirectionalLight,
  HemisphereLight,
  InstancedMesh,
  Mesh,
  MeshBasicMaterial,
  PlaneGeometry,
} from 'three';
