import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';
import type { CameraControls } from '@react-three/drei';
import { Vector3, type PerspectiveCamera } from 'three';
import { regionIndex } from '../domain/atlas';
import { samePoint, selectedZones, useAppStore, type AppState } from '../store';
import type { BodyData } from './body-data';

export interface SelectionCameraProps {
  body: BodyData;
}

/**
 * When a point is selected, the camera eases to frame its pattern: centred on the zones, looking
 * along their mean outward normal, far enough back to see all of them.
 */
export function SelectionCamera({ body }: SelectionCameraProps) {
  const controls = useThree((s) => s.controls) as CameraControls | null;
  const camera = useThree((s) => s.camera) as PerspectiveCamera;
  useEffect(() => {
    if (!controls) return;
    const frameSelection = (s: AppState) => {
      const frame = patternFrame(s, body);
      if (!frame) return;
      // Fit the pattern's sphere inside the narrower of the two fields of view, with a little room.
      const halfVertical = (camera.fov * Math.PI) / 360;
      const halfHorizontal = Math.atan(Math.tan(halfVertical) * camera.aspect);
      const distance = Math.min(Math.max((1.1 * frame.radius) / Math.sin(Math.min(halfVertical, halfHorizontal)), 0.7), 4);
      const eye = frame.centre.clone().addScaledVector(frame.direction, distance);
      void controls.setLookAt(eye.x, eye.y, eye.z, frame.centre.x, frame.centre.y, frame.centre.z, true);
      useAppStore.getState().setFramed(true);
    };
    // A deep link selects before the body has loaded: frame it as soon as the body is here.
    if (useAppStore.getState().selected) frameSelection(useAppStore.getState());
    return useAppStore.subscribe((s, prev) => {
      if (s.selected && !samePoint(s.selected, prev.selected)) frameSelection(s);
    });
  }, [controls, camera, body]);
  return null;
}

function patternFrame(s: AppState, body: BodyData): { centre: Vector3; radius: number; direction: Vector3 } | null {
  const zones = selectedZones(s);
  if (!zones) return null;
  const wanted = new Set([...zones.local, ...zones.essential, ...zones.spillover].map((z) => regionIndex(z.region)));
  const min = new Vector3(Infinity, Infinity, Infinity);
  const max = new Vector3(-Infinity, -Infinity, -Infinity);
  const facing = new Vector3();
  const p = new Vector3();
  for (let v = 0; v < body.regions.length; v++) {
    if (!wanted.has(body.regions[v])) continue;
    p.fromArray(body.positions, 3 * v);
    min.min(p);
    max.max(p);
  }
  for (const r of wanted) facing.add(new Vector3().fromArray(body.facings, 3 * r));
  if (!isFinite(min.x)) return null;
  // Look mostly level: a pattern is read best from the side it faces, not from above or below.
  facing.y *= 0.35;
  const direction = facing.lengthSq() > 1e-6 ? facing.normalize() : new Vector3(0, 0, 1);
  return { centre: min.clone().add(max).multiplyScalar(0.5), radius: min.distanceTo(max) / 2 + 0.05, direction };
}
