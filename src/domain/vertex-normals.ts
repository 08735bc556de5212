/** Smooth vertex normals: each vertex takes the sum of its triangles' normals, weighted by area. */
export function vertexNormals(positions: ArrayLike<number>, indices: ArrayLike<number>): Float32Array {
  const normals = new Float32Array(positions.length);
  for (let t = 0; t < indices.length; t += 3) {
    const [a, b, c] = [3 * indices[t], 3 * indices[t + 1], 3 * indices[t + 2]];
    const [ux, uy, uz] = [positions[b] - positions[a], positions[b + 1] - positions[a + 1], positions[b + 2] - positions[a + 2]];
    const [vx, vy, vz] = [positions[c] - positions[a], positions[c + 1] - positions[a + 1], positions[c + 2] - positions[a + 2]];
    // The cross product's length is twice the triangle's area, which is the weight.
    const [nx, ny, nz] = [uy * vz - uz * vy, uz * vx - ux * vz, ux * vy - uy * vx];
    for (const v of [a, b, c]) {
      normals[v] += nx;
      normals[v + 1] += ny;
      normals[v + 2] += nz;
    }
  }
  normalize(normals);
  return normals;
}

/**
 * Averages each normal with its neighbours' (over the triangles it is part of), `passes` times.
 * Normals computed from 14-bit positions carry a degree or two of noise, which a strong key light
 * shows as speckle on the skin; one pass brings them back close to the sculpted surface's.
 */
export function smoothNormals(normals: Float32Array, indices: ArrayLike<number>, passes = 1): Float32Array {
  let current = normals;
  for (let pass = 0; pass < passes; pass++) {
    const next = new Float32Array(current.length);
    for (let t = 0; t < indices.length; t += 3) {
      const [a, b, c] = [3 * indices[t], 3 * indices[t + 1], 3 * indices[t + 2]];
      for (let axis = 0; axis < 3; axis++) {
        const sum = current[a + axis] + current[b + axis] + current[c + axis];
        next[a + axis] += sum;
        next[b + axis] += sum;
        next[c + axis] += sum;
      }
    }
    normalize(next);
    current = next;
  }
  return current;
}

function normalize(vectors: Float32Array): void {
  for (let v = 0; v < vectors.length; v += 3) {
    const length = Math.hypot(vectors[v], vectors[v + 1], vectors[v + 2]) || 1;
    vectors[v] /= length;
    vectors[v + 1] /= length;
    vectors[v + 2] /= length;
  }
}
