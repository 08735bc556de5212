import { useEffect, useMemo, useRef } from 'react';
import { useLoader, useThree, type ThreeEvent } from '@react-three/fiber';
import { Mesh, Raycaster, Vector3, type BufferAttribute } from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { acceleratedRaycast } from 'three-mesh-bvh';
import { REGIONS, regionIndex } from '../domain/atlas';
import { regionAnchors, regionFacings } from '../domain/region-anchors';
import { useAppStore } from '../store';
import { markBodyDrawn, registerSceneProbe, type ScreenPoint } from '../test-hook';
import { BODY_URL, REGION_ATTRIBUTE, bodyGeometryFrom, configureLoader } from './load-body';
import { RegionPaint, createSkinMaterial } from './region-paint';
import { viewFacing } from './camera-views';

export interface BodyModelProps {
  url?: string;
}

const HOVER = 0;

/** The body mesh: hover picking through the BVH, region paint, and the scene side of the test hook. */
export function BodyModel({ url = BODY_URL }: BodyModelProps) {
  const gltf = useLoader(GLTFLoader, url, configureLoader, (e) => useAppStore.getState().setBodyProgress(e.loaded, e.lengthComputable ? e.total : null));
  const geometry = useMemo(() => bodyGeometryFrom(gltf.scene), [gltf]);
  const paint = useMemo(() => new RegionPaint(REGIONS.length), []);
  const material = useMemo(() => createSkinMaterial(paint), [paint]);
  const regions = geometry.getAttribute(REGION_ATTRIBUTE) as BufferAttribute;
  const anchors = useMemo(() => regionAnchors(regions.array as Uint16Array, geometry.getIndex()!.array, REGIONS.length), [geometry, regions]);
  const facings = useMemo(() => regionFacings(regions.array as Uint16Array, geometry.getAttribute('normal').array, REGIONS.length), [geometry, regions]);
  const meshRef = useRef<Mesh>(null);
  const { camera, gl, invalidate } = useThree();

  useEffect(() => {
    useAppStore.getState().setBodyReady();
    return () => useAppStore.getState().setBodyProgress(0, null);
  }, []);

  useEffect(
    () =>
      useAppStore.subscribe((s, prev) => {
        if (s.hover?.regionIndex === prev.hover?.regionIndex && s.highlightRegion === prev.highlightRegion) return;
        paint.clearChannel(HOVER);
        if (s.hover) paint.setChannel(HOVER, s.hover.regionIndex, 1);
        if (s.highlightRegion !== null) paint.setChannel(HOVER, s.highlightRegion, 1);
        invalidate();
      }),
    [paint, invalidate],
  );

  useEffect(
    () =>
      useAppStore.subscribe((s, prev) => {
        if (!s.focusRegion || s.focusRegion === prev.focusRegion) return;
        const r = s.focusRegion.regionIndex;
        s.setView(viewFacing({ x: facings[3 * r], z: facings[3 * r + 2] }));
      }),
    [facings],
  );

  useEffect(() => {
    const raycaster = new Raycaster();
    raycaster.firstHitOnly = true;
    const projectRegion = (id: string): ScreenPoint => {
      const index = regionIndex(id);
      if (index < 0) throw new Error(`projectRegion: unknown region "${id}"`);
      const vertex = anchors[index];
      const mesh = meshRef.current;
      if (vertex < 0 || !mesh) return { x: NaN, y: NaN, visible: false };
      const point = new Vector3().fromBufferAttribute(geometry.getAttribute('position') as BufferAttribute, vertex);
      const normal = new Vector3().fromBufferAttribute(geometry.getAttribute('normal') as BufferAttribute, vertex);
      const rect = gl.domElement.getBoundingClientRect();
      const ndc = point.clone().project(camera);
      const x = rect.left + ((ndc.x + 1) / 2) * rect.width;
      const y = rect.top + ((1 - ndc.y) / 2) * rect.height;
      const toCamera = camera.position.clone().sub(point);
      const inFrame = Math.abs(ndc.x) <= 1 && Math.abs(ndc.y) <= 1 && ndc.z < 1;
      let visible = inFrame && normal.dot(toCamera) > 0;
      if (visible) {
        raycaster.set(camera.position, point.clone().sub(camera.position).normalize());
        const hit = raycaster.intersectObject(mesh)[0];
        visible = !!hit && hit.distance > toCamera.length() - 0.01;
      }
      return { x, y, visible };
    };
    registerSceneProbe({ projectRegion });
    return () => registerSceneProbe(null);
  }, [anchors, camera, geometry, gl]);

  const onPointerMove = (e: ThreeEvent<PointerEvent>) => {
    e.stopPropagation();
    if (!e.face) return;
    const { a, b, c } = e.face;
    const position = geometry.getAttribute('position') as BufferAttribute;
    const nearest = [a, b, c].reduce((best, v) =>
      e.point.distanceToSquared(new Vector3().fromBufferAttribute(position, v)) < e.point.distanceToSquared(new Vector3().fromBufferAttribute(position, best)) ? v : best,
    );
    useAppStore.getState().setHover({ regionIndex: regions.getX(nearest), x: e.nativeEvent.clientX, y: e.nativeEvent.clientY });
  };

  return (
    <mesh
      ref={meshRef}
      geometry={geometry}
      material={material}
      raycast={acceleratedRaycast}
      castShadow
      receiveShadow
      onPointerMove={onPointerMove}
      onPointerOut={() => useAppStore.getState().setHover(null)}
      onAfterRender={markBodyDrawn}
    />
  );
}
