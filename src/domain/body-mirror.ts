/**
 * The body is exactly mirror-symmetric, so the asset stores only its left half (x ≥ 0) and the
 * viewer rebuilds the right half here: half the bytes on the wire, and the same mesh as the
 * generator's. Vertices on the midline seam are shared by both halves; the asset marks them with
 * MIDLINE_FLAG in their region id, because a tolerance on x would not survive quantisation exactly.
 */
import { REGIONS, regionIndex, twinOf } from './atlas';

export const MIDLINE_FLAG = 0x8000;

export interface HalfBody {
  positions: ArrayLike<number>;
  indices: ArrayLike<number>;
  /** Region index per vertex, with MIDLINE_FLAG set on seam vertices. */
  flaggedRegions: ArrayLike<number>;
}

export interface WholeBody {
  positions: Float32Array;
  indices: Uint32Array;
  regions: Uint16Array;
  /** For each vertex of the half, its mirror image in the whole body (itself on the seam). */
  twin: Uint32Array;
}

const TWIN_REGION = REGIONS.map((region) => regionIndex(twinOf(region.id)));

/** The region a vertex's mirror image carries: its twin, or itself on the seam. */
export function mirroredRegion(region: number, onSeam: boolean): number {
  return onSeam ? region : TWIN_REGION[region];
}

export function flagMidline(regions: ArrayLike<number>, midline: ArrayLike<number>): Uint16Array {
  return Uint16Array.from(regions, (region, v) => (midline[v] ? region | MIDLINE_FLAG : region));
}

export function mirrorHalfBody(half: HalfBody): WholeBody {
  const n = half.flaggedRegions.length;
  const onSeam = (v: number) => (half.flaggedRegions[v] & MIDLINE_FLAG) !== 0;
  const twin = new Uint32Array(n);
  let next = n;
  for (let v = 0; v < n; v++) twin[v] = onSeam(v) ? v : next++;
  return {
    positions: mirrorPositions(half.positions, twin, onSeam, next),
    indices: mirrorIndices(half.indices, twin),
    regions: mirrorRegions(half.flaggedRegions, twin, next),
    twin,
  };
}

function mirrorPositions(half: ArrayLike<number>, twin: Uint32Array, onSeam: (v: number) => boolean, count: number): Float32Array {
  const out = new Float32Array(count * 3);
  for (let v = 0; v < twin.length; v++) {
    const [at, mirrored] = [3 * v, 3 * twin[v]];
    // Seam vertices snap to x = 0 exactly, so the two halves weld without a crack.
    out[at] = onSeam(v) ? 0 : half[at];
    out[at + 1] = out[mirrored + 1] = half[at + 1];
    out[at + 2] = out[mirrored + 2] = half[at + 2];
    if (!onSeam(v)) out[mirrored] = -half[at];
  }
  return out;
}

function mirrorIndices(half: ArrayLike<number>, twin: Uint32Array): Uint32Array {
  const out = new Uint32Array(half.length * 2);
  for (let t = 0; t < half.length; t += 3) {
    out[t] = half[t];
    out[t + 1] = half[t + 1];
    out[t + 2] = half[t + 2];
    // Mirroring flips handedness, so the winding is reversed to keep the surface facing out.
    out[half.length + t] = twin[half[t]];
    out[half.length + t + 1] = twin[half[t + 2]];
    out[half.length + t + 2] = twin[half[t + 1]];
  }
  return out;
}

function mirrorRegions(flagged: ArrayLike<number>, twin: Uint32Array, count: number): Uint16Array {
  const out = new Uint16Array(count);
  for (let v = 0; v < twin.length; v++) {
    const region = flagged[v] & ~MIDLINE_FLAG;
    if (region >= REGIONS.length) throw new Error(`body.glb: vertex ${v} has region ${region}, but the atlas has ${REGIONS.length}`);
    out[v] = region;
    out[twin[v]] = mirroredRegion(region, twin[v] === v);
  }
  return out;
}
