import { Suspense } from 'react';
import { Canvas } from '@react-three/fiber';
import { ContactShadows } from '@react-three/drei';
import { useAppStore } from '../store';
import { BodyModel } from './BodyModel';
import { CameraRig } from './CameraRig';
import { StudioLights } from './StudioLights';
import { cameraPositionFor, fitDistance } from './camera-views';

export const BACKGROUND = '#e6e8ec';
const FOV = 30;

export interface BodyCanvasProps {
  bodyUrl?: string;
}

export function BodyCanvas({ bodyUrl }: BodyCanvasProps) {
  return (
    <Canvas
      frameloop="demand"
      dpr={[1, 2]}
      camera={{ fov: FOV, near: 0.05, far: 50, position: cameraPositionFor('front', fitDistance(FOV, 1.6)) }}
      gl={{ antialias: true, preserveDrawingBuffer: true }}
      onPointerMissed={() => useAppStore.getState().setHover(null)}
      aria-label="3D body"
    >
      <color attach="background" args={[BACKGROUND]} />
      <StudioLights />
      <CameraRig />
      <Suspense fallback={null}>
        <BodyModel url={bodyUrl} />
        <ContactShadows position={[0, 0.001, 0]} scale={3} blur={2.4} opacity={0.35} far={1.2} frames={1} resolution={512} />
      </Suspense>
    </Canvas>
  );
}
