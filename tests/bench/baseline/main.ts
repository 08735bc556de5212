/**
 * The floor for `npm run bench`: the least a page can do to show the same body asset. One
 * renderer, one standard material, two lights, the left half drawn twice (once mirrored), frames
 * rendered only while something moves. No React, no UI, no data. It reports through
 * window.__baseline the same numbers the app reports through window.__myomap.
 */
import { Color, DirectionalLight, HemisphereLight, Mesh, MeshStandardMaterial, PerspectiveCamera, Scene, WebGLRenderer } from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import { BODY_CENTRE, cameraPositionFor, fitDistance } from '../../../src/scene/camera-views';

interface BaselineHook {
  readyAt: number | null;
  framesDrawn: number;
  setAutoRotate(on: boolean): void;
}

declare global {
  interface Window {
    __baseline?: BaselineHook;
  }
}

const FOV = 30;
const RADIANS_PER_SECOND = 0.5;

const renderer = new WebGLRenderer({ antialias: true });
renderer.setPixelRatio(Math.min(window.devicePixelRatio, 2));
renderer.setSize(window.innerWidth, window.innerHeight);
document.body.appendChild(renderer.domElement);

const scene = new Scene();
scene.background = new Color('#e6e8ec');
scene.add(new HemisphereLight('#ffffff', '#d9cfc7', 1.2));
const key = new DirectionalLight('#fff4ea', 1.6);
key.position.set(2, 4, 3);
scene.add(key);

const aspect = window.innerWidth / window.innerHeight;
const camera = new PerspectiveCamera(FOV, aspect, 0.05, 50);
const distance = fitDistance(FOV, aspect);
let azimuth = 0;

const hook: BaselineHook = { readyAt: null, framesDrawn: 0, setAutoRotate: (on) => (rotating = on) };
window.__baseline = hook;
let rotating = false;
let last = performance.now();

function draw() {
  const [x, y, z] = cameraPositionFor('front', distance);
  const [cx, cy, cz] = BODY_CENTRE;
  camera.position.set(cx + (x - cx) * Math.cos(azimuth) + (z - cz) * Math.sin(azimuth), y, cz + (z - cz) * Math.cos(azimuth) - (x - cx) * Math.sin(azimuth));
  camera.lookAt(cx, cy, cz);
  renderer.render(scene, camera);
  hook.framesDrawn++;
  hook.readyAt ??= performance.now();
}

function tick(now: number) {
  if (rotating) {
    azimuth += RADIANS_PER_SECOND * Math.min((now - last) / 1000, 0.1);
    draw();
  }
  last = now;
  requestAnimationFrame(tick);
}

const loader = new GLTFLoader().setMeshoptDecoder(MeshoptDecoder);
loader.load('/body.glb', (gltf) => {
  const half = gltf.scene.getObjectByProperty('isMesh', true) as Mesh;
  half.geometry.computeVertexNormals();
  half.material = new MeshStandardMaterial({ color: '#dfae94', roughness: 0.6 });
  const mirrored = new Mesh(half.geometry, half.material);
  half.getWorldPosition(mirrored.position);
  half.getWorldQuaternion(mirrored.quaternion);
  half.getWorldScale(mirrored.scale);
  mirrored.position.x *= -1;
  mirrored.scale.x *= -1;
  scene.add(gltf.scene, mirrored);
  draw();
  requestAnimationFrame(tick);
});
