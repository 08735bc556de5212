/** Everything derived once from the loaded body that the scene's components share. */
import type { BufferGeometry } from 'three';
import { REGIONS } from '../domain/atlas';
import { regionAnchors, regionFacings } from '../domain/region-anchors';
import { REGION_ATTRIBUTE } from './load-body';
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

export function bodyDataFrom(geometry: BufferGeometry): BodyData {
  const regions = geometry.getAttribute(REGION_ATTRIBUTE).array as Uint16Array;
  const normals = geometry.getAttribute('normal').array as Float32Array;
  return {
    geometry,
    positions: geometry.getAttribute('position').array as Float32Array,
    normals,
    regions,
    anchors: regionAnchors(regions, geometry.getIndex()!.array, REGIONS.length),
    facings: regionFacings(regions, normals, REGIONS.length),
    paint: new RegionPaint(REGIONS.length),
    painPaint: new RegionPaint(REGIONS.length),
  };
}
