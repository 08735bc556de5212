import { use, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { useThree, type ThreeEvent } from '@react-three/fiber';
import { Vector3, type Mesh } from 'three';
import { regionIndex } from '../domain/atlas';
import { useAppStore } from '../store';
import { markBodyDrawn, registerRegionProbe } from '../test-hook';
import { accelerate } from './body-bvh';
import { GroundShadow } from './GroundShadow';
import { bodyDataFrom, type BodyData } from './body-data';
import { viewFacing } from './camera-views';
import { BODY_URL, loadBody } from './load-body';
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
  const loaded = use(loadBody(url, useAppStore.getState().setBodyProgress));
  const body = useMemo(() => bodyDataFrom(loaded), [loaded]);
  const { gl, camera, invalidate } = useThree();
  const material = useMemo(() => createSkinMaterial(body.paint, body.painPaint, gl.getPixelRatio()), [body, gl]);
  const meshRef = useRef<Mesh>(null);
  // The body is drawn alone first; markers, zones and the floor shadow join on the next frame, so
  // their set-up (placing 184 markers, compiling two more shaders) does not hold back the first picture.
  const [drawn, setDrawn] = useState(false);
  const onAfterRender = () => {
    markBodyDrawn();
    if (drawn) return;
    setDrawn(true);
    useAppStore.getState().setBodyReady();
  };

  useEffect(() => () => useAppStore.getState().setBodyProgress(0, null), []);
  useEffect(() => highlightOnHover(body, invalidate), [body, invalidate]);
  useEffect(() => accelerateOnFirstUse(gl.domElement, meshRef), [body, gl]);
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
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerOut={() => useAppStore.getState().setHover(null)}
        onAfterRender={onAfterRender}
      />
      {drawn && (
        <>
          <GroundShadow />
          <TriggerMarkers body={body} bodyMesh={meshRef} />
          <ZonePainter body={body} />
          <SelectionCamera body={body} />
          <PainBrush body={body} />
        </>
      )}
    </>
  );
}

function accelerateOnFirstUse(canvas: HTMLCanvasElement, mesh: RefObject<Mesh | null>) {
  const start = () => {
    stop();
    if (mesh.current) void accelerate(mesh.current);
  };
  const unsubscribe = useAppStore.subscribe((s) => s.mode === 'pain' && start());
  canvas.addEventListener('pointermove', start);
  if (useAppStore.getState().mode === 'pain') start();
  function stop() {
    unsubscribe();
    canvas.removeEventListener('pointermove', start);
  }
  return stop;
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
