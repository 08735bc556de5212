import { Suspense } from 'react';
import { Canvas } from '@react-three/fiber';
import { useAppStore } from '../store';
import { BodyModel } from './BodyModel';
import { BODY_URL, loadBody } from './load-body';
import { CameraRig } from './CameraRig';
import { StudioLights } from './StudioLights';
import { cameraPositionFor, fitDistance } from './camera-views';

export const BACKGROUND = '#e6e8ec';
const FOV = 30;

export interface BodyCanvasProps {
  bodyUrl?: string;
}

export function BodyCanvas({ bodyUrl = BODY_URL }: BodyCanvasProps) {
  // Start decoding the body now, while the canvas and its WebGL context are still being set up.
  void loadBody(bodyUrl, useAppStore.getState().setBodyProgress).catch(() => {});
  return (
    <Canvas
      frameloop="demand"
      dpr={[1, 2]}
      camera={{ fov: FOV, near: 0.05, far: 50, position: cameraPositionFor('front', fitDistance(FOV, 1.6)) }}
      gl={{ antialias: true, preserveDrawingBuffer: true }}
      // No tone mapping: zone colours on the skin then match the legend's, and software WebGL
      // saves the filmic curve on every pixel.
      flat
      onPointerMissed={() => useAppStore.getState().setHover(null)}
      aria-label="3D body"
    >
      <color attach="background" args={[BACKGROUND]} />
      <StudioLights />
      <CameraRig />
      <Suspense fallback={null}>
        <BodyModel url={bodyUrl} />
      </Suspense>
    </Canvas>
  );
}
