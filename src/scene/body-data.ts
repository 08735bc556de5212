/** Everything derived once from the loaded body that the scene's components share. */
import type { BufferGeometry } from 'three';
import { REGIONS } from '../domain/atlas';
import { regionAnchors, regionFacings } from '../domain/region-anchors';
import type { LoadedBody } from './load-body';
import { RegionPaint } from './region-paint';

export interface BodyData {
  geometry: BufferGeometry;
  positions: Float32Array;
  normals: Float32Array;
  regions: Uint16Array;
  /** Per region, the vertex deepest inside it. */
  anchors: Int32Array;
  /** Per region, the sum of its vertex normals. */
  facings: Float32Array;
  paint: RegionPaint;
  /** The pain drawing, per region (red channel). */
  painPaint: RegionPaint;
}

export function bodyDataFrom({ geometry, regions }: LoadedBody): BodyData {
  const normals = geometry.getAttribute('normal').array as Float32Array;
  const positions = geometry.getAttribute('position').array as Float32Array;
  // Anchors and facings are computed on first use: the first frame needs neither.
  let anchors: Int32Array | null = null;
  let facings: Float32Array | null = null;
  return {
    geometry,
    positions,
    normals,
    regions,
    get anchors() {
      return (anchors ??= regionAnchors(regions, geometry.getIndex()!.array, positions, REGIONS.length));
    },
    get facings() {
      return (facings ??= regionFacings(regions, normals, REGIONS.length));
    },
    paint: new RegionPaint(REGIONS.length),
    painPaint: new RegionPaint(REGIONS.length),
  };
}
