import { describe, expect, it } from 'vitest';
import { BufferAttribute, BufferGeometry } from 'three';
import { MeshoptDecoder } from 'meshoptimizer';
import { readBodyAsset } from '../../../src/domain/body-asset';
import { smoothNormals, vertexNormals } from '../../../src/domain/vertex-normals';
import { bodyMesh } from '../helpers/body-mesh';
import { NearestVertex } from '../helpers/nearest-vertex';
import { readShippedBody, shippedBodyBytes } from '../helpers/read-body-asset';

describe('the body asset as the viewer reads it', () => {
  it('GEN-8 refuses a file that is not the body asset, saying why', async () => {
    await MeshoptDecoder.ready;
    expect(() => readBodyAsset(new TextEncoder().encode('not a glb at all, clearly').buffer, MeshoptDecoder)).toThrow('body.glb: not a binary glTF file');
    const truncated = shippedBodyBytes().slice(0, 2000);
    expect(() => readBodyAsset(truncated, MeshoptDecoder)).toThrow(/body\.glb: /);
  });

  it('GEN-9 computes the same vertex normals as three.js', async () => {
    const body = await readShippedBody();
    const geometry = new BufferGeometry();
    geometry.setAttribute('position', new BufferAttribute(body.positions, 3));
    geometry.setIndex(new BufferAttribute(body.indices, 1));
    geometry.computeVertexNormals();
    const expected = geometry.getAttribute('normal').array;
    const normals = vertexNormals(body.positions, body.indices);
    let worst = 0;
    for (let i = 0; i < normals.length; i++) worst = Math.max(worst, Math.abs(normals[i] - expected[i]));
    expect(worst).toBeLessThan(1e-4);
  });
});

describe('smoothed normals', () => {
  it('GEN-10 one smoothing pass brings the viewer\'s normals closer to the sculpted surface\'s', async () => {
    const [body, generated] = await Promise.all([readShippedBody(), bodyMesh()]);
    const nearest = new NearestVertex(generated.mesh.positions, 0.005);
    const field = generated.mesh.normals;
    const meanError = (normals: Float32Array) => {
      let sum = 0;
      for (let v = 0; v < body.regions.length; v++) {
        const m = nearest.find(body.positions[3 * v], body.positions[3 * v + 1], body.positions[3 * v + 2]);
        const dot = normals[3 * v] * field[3 * m] + normals[3 * v + 1] * field[3 * m + 1] + normals[3 * v + 2] * field[3 * m + 2];
        sum += Math.acos(Math.min(1, dot));
      }
      return ((sum / body.regions.length) * 180) / Math.PI;
    };
    const raw = vertexNormals(body.positions, body.indices);
    const smooth = smoothNormals(raw, body.indices);
    expect(meanError(smooth)).toBeLessThan(meanError(raw));
    expect(meanError(smooth)).toBeLessThan(2);
  });
});
