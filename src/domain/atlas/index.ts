/** The region atlas: named skin regions, their areas, and the rules that label the body mesh. */
export { AREAS, AREA_IDS, areaName, isAreaId, type AreaId } from './areas';
export { REGIONS, regionIndex, regionById, regionIdFor, isRegionId, twinOf, type Region, type Side, type BodySide } from './regions';
export type { RegionKey, BilateralKey, MidlineKey } from './region-catalog';
export { NAMED_PLACES, type NamedPlace } from './named-places';
export { classifyPoint } from './classify';
export { labelMesh, labelMeshWithStats, type LabelResult } from './label-mesh';
export { regionStats, type RegionStats } from './mesh-islands';
