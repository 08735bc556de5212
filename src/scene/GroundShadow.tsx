import { useEffect, useMemo } from 'react';
import { CanvasTexture } from 'three';

const SIZE = 128;

/**
 * A soft shadow on the floor under the feet: one transparent quad with a radial gradient drawn once.
 * drei's <ContactShadows> renders the body into a depth map and blurs it, which on software WebGL
 * added about a tenth of a second to the first frame for the same soft blot.
 */
export function GroundShadow() {
  const texture = useMemo(() => shadowTexture(), []);
  useEffect(() => () => texture.dispose(), [texture]);
  return (
    <mesh rotation-x={-Math.PI / 2} position={[0, 0.001, 0.02]} scale={[0.75, 0.5, 1]} renderOrder={-1}>
      <planeGeometry />
      <meshBasicMaterial map={texture} transparent depthWrite={false} toneMapped={false} />
    </mesh>
  );
}

function shadowTexture(): CanvasTexture {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = SIZE;
  const context = canvas.getContext('2d')!;
  const gradient = context.createRadialGradient(SIZE / 2, SIZE / 2, 0, SIZE / 2, SIZE / 2, SIZE / 2);
  gradient.addColorStop(0, 'rgba(40, 32, 28, 0.42)');
  gradient.addColorStop(0.45, 'rgba(40, 32, 28, 0.2)');
  gradient.addColorStop(1, 'rgba(40, 32, 28, 0)');
  context.fillStyle = gradient;
  context.fillRect(0, 0, SIZE, SIZE);
  return new CanvasTexture(canvas);
}
