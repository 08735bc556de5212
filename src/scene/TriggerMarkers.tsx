import { useEffect, useMemo, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { Color, InstancedMesh, Matrix4, MeshBasicMaterial, Quaternion, Vector3, type Mesh, type PerspectiveCamera } from 'three';
import { matchesFilters } from '../domain/dataset';
import { useAppStore, type PointRef } from '../store';
import { registerMarkerProbe } from '../test-hook';
import type { BodyData } from './body-data';
import { markerGeometry } from './marker-geometry';
import { markerKey, placeMarkers, type MarkerPlacement } from './marker-placements';
import { isHidden, projectToScreen, toPagePixels } from './screen-projection';

export interface TriggerMarkersProps {
  body: BodyData;
  bodyMesh: React.RefObject<Mesh | null>;
}

/** Marker radius on screen, in CSS pixels: constant at every zoom, so markers stay easy to hit. */
const RADIUS_PX = 6;
const PICK_RADIUS_PX = 14;
const CLICK_SLOP_PX = 5;
const COLOURS = { normal: new Color('#ffffff'), hover: new Color('#ffd23f'), selected: new Color('#ff3b30') };
const UP = new Vector3(0, 1, 0);
/** While a point is selected, the others shrink so its pattern is easy to see. */
const UNSELECTED_SCALE = 0.65;

/** A rotation that lays the marker on the skin with its X upright, the same way on every marker. */
function orientation(normal: Vector3): Quaternion {
  const across = new Vector3().crossVectors(Math.abs(normal.y) > 0.95 ? new Vector3(0, 0, 1) : UP, normal).normalize();
  const along = new Vector3().crossVectors(normal, across);
  return new Quaternion().setFromRotationMatrix(new Matrix4().makeBasis(across, along, normal));
}

/** All trigger point markers, both sides, in one instanced draw call. */
export function TriggerMarkers({ body, bodyMesh }: TriggerMarkersProps) {
  const dataset = useAppStore((s) => s.dataset);
  const placements = useMemo(() => (dataset ? placeMarkers(dataset, body) : []), [dataset, body]);
  if (!dataset || placements.length === 0) return null;
  return <MarkerInstances key={placements.length} placements={placements} bodyMesh={bodyMesh} />;
}

/** Filters decide which markers show; while painting, only the chosen candidate's marker does. */
function shown(p: MarkerPlacement): boolean {
  const s = useAppStore.getState();
  if (s.mode === 'pain') return s.selected?.id === p.id && s.selected.side === p.side;
  const point = s.dataset?.pointById.get(p.id);
  return !!point && matchesFilters(point, p.side, s.filters);
}

interface MarkerInstancesProps {
  placements: MarkerPlacement[];
  bodyMesh: React.RefObject<Mesh | null>;
}

function MarkerInstances({ placements, bodyMesh }: MarkerInstancesProps) {
  const mesh = useRef<InstancedMesh>(null);
  const geometry = useMemo(() => markerGeometry(), []);
  const material = useMemo(() => new MeshBasicMaterial({ vertexColors: true, toneMapped: false, polygonOffset: true, polygonOffsetFactor: -4 }), []);
  const { camera, gl, size, invalidate } = useThree();
  const index = useMemo(() => new Map(placements.map((p, i) => [markerKey(p.id, p.side), i])), [placements]);
  const rotations = useMemo(() => placements.map((p) => orientation(p.normal)), [placements]);

  useFrame(() => {
    const m = mesh.current;
    if (!m) return;
    const s = useAppStore.getState();
    const worldPerPx = (2 * Math.tan(((camera as PerspectiveCamera).fov * Math.PI) / 360)) / size.height;
    const matrix = new Matrix4();
    placements.forEach((p, i) => {
      const isSelected = s.selected?.id === p.id && s.selected.side === p.side;
      const isHovered = s.markerHover?.id === p.id && s.markerHover.side === p.side;
      const emphasis = isSelected ? 1.5 : isHovered || !s.selected ? 1 : UNSELECTED_SCALE;
      const scale = shown(p) ? RADIUS_PX * worldPerPx * camera.position.distanceTo(p.position) * emphasis : 0;
      matrix.compose(p.position.clone().addScaledVector(p.normal, 0.002), rotations[i], new Vector3(scale, scale, scale));
      m.setMatrixAt(i, matrix);
      m.setColorAt(i, isSelected ? COLOURS.selected : isHovered ? COLOURS.hover : COLOURS.normal);
    });
    m.instanceMatrix.needsUpdate = true;
    if (m.instanceColor) m.instanceColor.needsUpdate = true;
  });

  useEffect(() => useAppStore.subscribe((s, prev) => {
    if (s.filters !== prev.filters || s.selected !== prev.selected || s.markerHover !== prev.markerHover || s.dataset !== prev.dataset || s.mode !== prev.mode) invalidate();
  }), [invalidate]);

  useEffect(() => {
    const canvas = gl.domElement;
    const project = (p: MarkerPlacement) => projectToScreen(p.position, p.normal, camera, canvas, bodyMesh.current);
    const pick = (e: PointerEvent): (PointRef & { x: number; y: number }) | null => {
      let best: MarkerPlacement | null = null;
      let bestDistance = PICK_RADIUS_PX;
      const rect = canvas.getBoundingClientRect();
      for (const p of placements) {
        if (!shown(p)) continue;
        const { x, y } = toPagePixels(p.position, camera, rect);
        const d = Math.hypot(x - e.clientX, y - e.clientY);
        if (d >= bestDistance) continue;
        if (p.normal.dot(camera.position.clone().sub(p.position)) <= 0 || isHidden(p.position, camera, bodyMesh.current)) continue;
        best = p;
        bestDistance = d;
      }
      return best ? { id: best.id, side: best.side, x: e.clientX, y: e.clientY } : null;
    };
    let down: { x: number; y: number } | null = null;
    const onMove = (e: PointerEvent) => {
      const hit = pick(e);
      // A hit always updates, to carry the pointer position; a miss only needs to clear an old hover.
      if (hit || useAppStore.getState().markerHover) useAppStore.getState().setMarkerHover(hit);
      canvas.style.cursor = hit ? 'pointer' : '';
    };
    const onDown = (e: PointerEvent) => (down = { x: e.clientX, y: e.clientY });
    const onUp = (e: PointerEvent) => {
      const wasClick = down && Math.hypot(e.clientX - down.x, e.clientY - down.y) < CLICK_SLOP_PX;
      down = null;
      if (!wasClick) return;
      const hit = pick(e);
      if (hit) useAppStore.getState().select({ id: hit.id, side: hit.side });
    };
    const onLeave = () => useAppStore.getState().setMarkerHover(null);
    canvas.addEventListener('pointermove', onMove);
    canvas.addEventListener('pointerdown', onDown);
    canvas.addEventListener('pointerup', onUp);
    canvas.addEventListener('pointerleave', onLeave);
    registerMarkerProbe((id, side) => {
      const i = index.get(markerKey(id, side));
      if (i === undefined) throw new Error(`projectMarker: unknown trigger point "${id}" on the ${side} side`);
      const p = placements[i];
      const projected = project(p);
      return { ...projected, visible: projected.visible && shown(p) };
    });
    return () => {
      canvas.removeEventListener('pointermove', onMove);
      canvas.removeEventListener('pointerdown', onDown);
      canvas.removeEventListener('pointerup', onUp);
      canvas.removeEventListener('pointerleave', onLeave);
      registerMarkerProbe(null);
    };
  }, [placements, camera, gl, bodyMesh, index]);

  return <instancedMesh ref={mesh} args={[geometry, material, placements.length]} frustumCulled={false} />;
}
