import { useEffect, useMemo, useRef } from 'react';
import { useLoader, useThree, type ThreeEvent } from '@react-three/fiber';
import { Vector3, type Mesh } from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { acceleratedRaycast } from 'three-mesh-bvh';
import { regionIndex } from '../domain/atlas';
import { useAppStore } from '../store';
import { markBodyDrawn, registerRegionProbe } from '../test-hook';
import { bodyDataFrom, type BodyData } from './body-data';
import { viewFacing } from './camera-views';
import { BODY_URL, bodyGeometryFrom, configureLoader } from './load-body';
import { PAINT, createSkinMaterial } from './region-paint';
import { projectToScreen } from './screen-projection';
import { PainBrush, regionsUnderBrush } from './PainBrush';
import { SelectionCamera } from './SelectionCamera';
import { TriggerMarkers } from './TriggerMarkers';
import { ZonePainter } from './ZonePainter';

export interface BodyModelProps {
  url?: string;
}

/** The body mesh with region hover and highlight, plus the markers and zones drawn on it. */
export function BodyModel({ url = BODY_URL }: BodyModelProps) {
  const gltf = useLoader(GLTFLoader, url, configureLoader, (e) => useAppStore.getState().setBodyProgress(e.loaded, e.lengthComputable ? e.total : null));
  const body = useMemo(() => bodyDataFrom(bodyGeometryFrom(gltf.scene)), [gltf]);
  const { gl, camera, invalidate } = useThree();
  const material = useMemo(() => createSkinMaterial(body.paint, body.painPaint, gl.getPixelRatio()), [body, gl]);
  const meshRef = useRef<Mesh>(null);

  useEffect(() => {
    useAppStore.getState().setBodyReady();
    return () => useAppStore.getState().setBodyProgress(0, null);
  }, []);
  useEffect(() => highlightOnHover(body, invalidate), [body, invalidate]);
  useEffect(() => turnTowardFocusedRegion(body), [body]);
  useEffect(() => {
    registerRegionProbe((id) => {
      const index = regionIndex(id);
      if (index < 0) throw new Error(`projectRegion: unknown region "${id}"`);
      const vertex = body.anchors[index];
      if (vertex < 0) return { x: NaN, y: NaN, visible: false };
      const point = new Vector3().fromArray(body.positions, 3 * vertex);
      const normal = new Vector3().fromArray(body.normals, 3 * vertex);
      return projectToScreen(point, normal, camera, gl.domElement, meshRef.current);
    });
    return () => registerRegionProbe(null);
  }, [body, camera, gl]);

  const paintAt = (e: ThreeEvent<PointerEvent>) => useAppStore.getState().paintRegions(regionsUnderBrush(body, e.point));
  const onPointerDown = (e: ThreeEvent<PointerEvent>) => {
    if (useAppStore.getState().mode !== 'pain' || e.button !== 0) return;
    e.stopPropagation();
    useAppStore.getState().beginStroke();
    paintAt(e);
  };

  const onPointerMove = (e: ThreeEvent<PointerEvent>) => {
    e.stopPropagation();
    if (useAppStore.getState().mode === 'pain' && (e.buttons & 1) === 1) paintAt(e);
    if (!e.face) return;
    const vertex = [e.face.a, e.face.b, e.face.c].reduce((best, v) =>
      e.point.distanceToSquared(new Vector3().fromArray(body.positions, 3 * v)) < e.point.distanceToSquared(new Vector3().fromArray(body.positions, 3 * best)) ? v : best,
    );
    useAppStore.getState().setHover({ regionIndex: body.regions[vertex], x: e.nativeEvent.clientX, y: e.nativeEvent.clientY });
  };

  return (
    <>
      <mesh
        ref={meshRef}
        geometry={body.geometry}
        material={material}
        raycast={acceleratedRaycast}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerOut={() => useAppStore.getState().setHover(null)}
        onAfterRender={markBodyDrawn}
      />
      <TriggerMarkers body={body} bodyMesh={meshRef} />
      <ZonePainter body={body} />
      <SelectionCamera body={body} />
      <PainBrush body={body} />
    </>
  );
}

function highlightOnHover(body: BodyData, invalidate: () => void) {
  return useAppStore.subscribe((s, prev) => {
    if (s.hover?.regionIndex === prev.hover?.regionIndex && s.highlightRegion === prev.highlightRegion) return;
    body.paint.clearChannel(PAINT.hover);
    if (s.hover) body.paint.setChannel(PAINT.hover, s.hover.regionIndex, 1);
    if (s.highlightRegion !== null) body.paint.setChannel(PAINT.hover, s.highlightRegion, 1);
    invalidate();
  });
}

function turnTowardFocusedRegion(body: BodyData) {
  return useAppStore.subscribe((s, prev) => {
    if (!s.focusRegion || s.focusRegion === prev.focusRegion) return;
    const r = s.focusRegion.regionIndex;
    s.setView(viewFacing({ x: body.facings[3 * r], z: body.facings[3 * r + 2] }));
  });
}
