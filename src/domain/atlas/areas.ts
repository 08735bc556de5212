/** The coarse areas used by filters. Every region of the atlas belongs to exactly one of them. */
export const AREAS = [
  { id: 'head', name: 'Head' },
  { id: 'neck', name: 'Neck' },
  { id: 'shoulder', name: 'Shoulder' },
  { id: 'upper-back', name: 'Upper back' },
  { id: 'chest', name: 'Chest' },
  { id: 'arm', name: 'Arm' },
  { id: 'forearm', name: 'Forearm' },
  { id: 'hand', name: 'Hand' },
  { id: 'abdomen', name: 'Abdomen' },
  { id: 'low-back', name: 'Low back' },
  { id: 'pelvis-buttock', name: 'Pelvis and buttock' },
  { id: 'hip', name: 'Hip' },
  { id: 'thigh', name: 'Thigh' },
  { id: 'knee', name: 'Knee' },
  { id: 'leg', name: 'Leg' },
  { id: 'foot', name: 'Foot' },
] as const;

export type AreaId = (typeof AREAS)[number]['id'];

export const AREA_IDS: readonly AreaId[] = AREAS.map((area) => area.id);

const AREA_NAMES = new Map<string, string>(AREAS.map((area) => [area.id, area.name]));

export function areaName(id: AreaId): string {
  return AREA_NAMES.get(id)!;
}

export function isAreaId(value: string): value is AreaId {
  return AREA_NAMES.has(value);
}
