import { describe, expect, it } from 'vitest';
import { BufferAttribute, BufferGeometry } from 'three';
import { MeshoptDecoder } from 'meshoptimizer';
import { readBodyAsset } from '../../../src/domain/body-asset';
import { vertexNormals } from '../../../src/domain/vertex-normals';
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
