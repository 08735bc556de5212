import { useEffect, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { CameraControls, CameraControlsImpl } from '@react-three/drei';
import { Matrix4, type PerspectiveCamera } from 'three';
import { useAppStore } from '../store';
import { registerCameraProbe } from '../test-hook';
import { BODY_CENTRE, cameraPositionFor, fitDistance } from './camera-views';

const AUTO_ROTATE_RADIANS_PER_SECOND = 0.6;
/** The camera counts as still once no frame has moved it for this long. */
const SETTLE_MS = 200;

/** Orbit, zoom and pan (mouse and touch), eased preset views, and auto-rotate. */
export function CameraRig() {
  const controls = useRef<CameraControls>(null);
  const view = useAppStore((s) => s.view);
  const autoRotate = useAppStore((s) => s.autoRotate);
  const painting = useAppStore((s) => s.mode === 'pain');
  const { camera, size, invalidate } = useThree();
  // Camera motion is transient: a ref, so tracking it never re-renders.
  const motion = useRef({ appliedRequest: -1, lastMoveAt: 0, lastMatrix: new Matrix4() });

  useEffect(() => {
    const c = controls.current;
    if (!c) return;
    const fov = (camera as PerspectiveCamera).fov;
    const [x, y, z] = cameraPositionFor(view.name, fitDistance(fov, size.width / size.height));
    void c.setLookAt(x, y, z, ...BODY_CENTRE, view.request > 0);
    motion.current.appliedRequest = view.request;
    motion.current.lastMoveAt = performance.now();
    invalidate();
  }, [view, camera, size.width, size.height, invalidate]);

  useFrame((_, delta) => {
    if (autoRotate && controls.current) {
      controls.current.azimuthAngle += AUTO_ROTATE_RADIANS_PER_SECOND * Math.min(delta, 0.1);
      invalidate();
    }
    const m = motion.current;
    if (!m.lastMatrix.equals(camera.matrixWorld)) {
      m.lastMatrix.copy(camera.matrixWorld);
      m.lastMoveAt = performance.now();
    }
  });

  useEffect(() => {
    if (autoRotate) invalidate();
  }, [autoRotate, invalidate]);

  // While painting, a left-drag or one finger paints; the body turns with the right button or two fingers.
  useEffect(() => {
    const c = controls.current;
    if (!c) return;
    const { ACTION } = CameraControlsImpl;
    c.mouseButtons.left = painting ? ACTION.NONE : ACTION.ROTATE;
    c.mouseButtons.right = painting ? ACTION.ROTATE : ACTION.TRUCK;
    c.touches.one = painting ? ACTION.NONE : ACTION.TOUCH_ROTATE;
    c.touches.two = painting ? ACTION.TOUCH_ROTATE : ACTION.TOUCH_DOLLY_TRUCK;
  }, [painting]);

  useEffect(
    () =>
      registerCameraProbe(
        () =>
          autoRotate ||
          motion.current.appliedRequest !== useAppStore.getState().view.request ||
          performance.now() - motion.current.lastMoveAt < SETTLE_MS,
      ),
    [autoRotate],
  );

  return <CameraControls ref={controls} makeDefault dollyToCursor minDistance={0.25} maxDistance={9} smoothTime={0.35} />;
}
