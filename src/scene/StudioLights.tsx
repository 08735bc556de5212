import { Environment, Lightformer } from '@react-three/drei';
import { KeyLight } from './KeyLight';

/**
 * Soft studio lighting built from local light panels: no HDRI is fetched, so the app stays offline.
 */
export function StudioLights() {
  return (
    <>
      <Environment resolution={256} frames={1}>
        <Lightformer form="rect" intensity={2.2} color="#fff6ee" position={[2.5, 3, 3]} scale={[4, 3, 1]} target={[0, 1, 0]} />
        <Lightformer form="rect" intensity={1.2} color="#eef3ff" position={[-3, 2, 2]} scale={[3, 3, 1]} target={[0, 1, 0]} />
        <Lightformer form="rect" intensity={1.8} color="#fff6ee" position={[-2.5, 3, -3]} scale={[4, 3, 1]} target={[0, 1, 0]} />
        <Lightformer form="rect" intensity={1.0} color="#eef3ff" position={[3, 2, -2]} scale={[3, 3, 1]} target={[0, 1, 0]} />
        <Lightformer form="rect" intensity={0.6} color="#ffffff" position={[0, 6, 0]} scale={[4, 4, 1]} rotation-x={Math.PI / 2} />
        <Lightformer form="rect" intensity={0.25} color="#d9cfc7" position={[0, -2, 0]} scale={[6, 6, 1]} rotation-x={-Math.PI / 2} />
      </Environment>
      <ambientLight intensity={0.1} />
      <KeyLight />
    </>
  );
}
