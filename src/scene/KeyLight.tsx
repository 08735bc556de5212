import { useMemo, useRef } from 'react';
import { useFrame } from '@react-three/fiber';
import { Vector3, type DirectionalLight } from 'three';

export interface KeyLightProps {
  intensity?: number;
}

/**
 * A key light that stays above and to the right of the camera, as a photographer's would, so that
 * the back and sides of the body are lit as well as the front.
 */
export function KeyLight({ intensity = 1.4 }: KeyLightProps) {
  const light = useRef<DirectionalLight>(null);
  const right = useMemo(() => new Vector3(), []);
  useFrame(({ camera }) => {
    const l = light.current;
    if (!l) return;
    right.setFromMatrixColumn(camera.matrixWorld, 0);
    l.position.copy(camera.position).addScaledVector(right, 1.6).add(new Vector3(0, 2, 0));
    l.target.position.set(0, 0.9, 0);
    l.target.updateMatrixWorld();
  });
  return <directionalLight ref={light} intensity={intensity} color="#fff4ea" />;
}
