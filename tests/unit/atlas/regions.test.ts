import { describe, expect, it } from 'vitest';
import { AREAS, AREA_IDS, NAMED_PLACES, REGIONS, regionById, regionIndex, twinOf } from '../../../src/domain/atlas';

const sided = REGIONS.filter((r) => r.side !== 'midline');

describe('atlas region list', () => {
  it('ATLAS-1 lists every region once, in order, with kebab-case ids and side suffixes', () => {
    const ids = REGIONS.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    REGIONS.forEach((region, index) => {
      expect(regionIndex(region.id)).toBe(index);
      expect(region.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      if (region.side === 'midline') expect(region.id).not.toMatch(/-(left|right)$/);
      else expect(region.id).toBe(`${region.key}-${region.side}`);
    });
    expect(regionIndex('tempel-left')).toBe(-1);
  });

  it('ATLAS-2 names plain places with the side in parentheses', () => {
    for (const region of REGIONS) {
      if (region.side === 'midline') expect(region.name).not.toMatch(/\((left|right)\)/);
      else expect(region.name).toMatch(new RegExp(`^[A-Z][^()]* \\(${region.side}\\)$`));
    }
    expect(regionById('temple-left')?.name).toBe('Temple (left)');
    expect(regionById('lateral-epicondyle-right')?.name).toBe('Lateral epicondyle (right)');
    expect(regionById('web-of-thumb-left')?.name).toBe('Web of thumb (left)');
    expect(regionById('heel-right')?.name).toBe('Heel (right)');
    expect(regionById('sternum')?.name).toBe('Sternum');
  });

  it('ATLAS-3 has at least 120 regions per side and 250 in all', () => {
    expect(REGIONS.filter((r) => r.side === 'left').length).toBeGreaterThanOrEqual(120);
    expect(REGIONS.filter((r) => r.side === 'right').length).toBeGreaterThanOrEqual(120);
    expect(REGIONS.length).toBeGreaterThanOrEqual(250);
  });

  it('ATLAS-4 pairs every sided region with its twin on the other side', () => {
    for (const region of sided) {
      const twin = regionById(twinOf(region.id));
      expect(twin, region.id).toBeDefined();
      expect(twin!.side).toBe(region.side === 'left' ? 'right' : 'left');
      expect(twin!.key).toBe(region.key);
      expect(twin!.area).toBe(region.area);
      expect(twin!.name.replace(/\((left|right)\)$/, '')).toBe(region.name.replace(/\((left|right)\)$/, ''));
      expect(twinOf(twin!.id)).toBe(region.id);
    }
    for (const region of REGIONS.filter((r) => r.side === 'midline')) expect(twinOf(region.id)).toBe(region.id);
    expect(() => twinOf('nowhere')).toThrow(/unknown region/);
  });

  it('ATLAS-5 puts every region in one of the sixteen areas, and every area has regions', () => {
    expect(AREA_IDS).toEqual([
      'head', 'neck', 'shoulder', 'upper-back', 'chest', 'arm', 'forearm', 'hand',
      'abdomen', 'low-back', 'pelvis-buttock', 'hip', 'thigh', 'knee', 'leg', 'foot',
    ]);
    expect(AREAS.map((a) => a.name)).toContain('Pelvis and buttock');
    for (const region of REGIONS) expect(AREA_IDS, region.id).toContain(region.area);
    for (const area of AREA_IDS) expect(REGIONS.some((r) => r.area === area), area).toBe(true);
  });

  it('ATLAS-6 gives each place named in the design its own region', () => {
    const ids = Object.values(NAMED_PLACES) as string[];
    expect(ids.length).toBeGreaterThanOrEqual(70);
    expect(new Set(ids).size).toBe(ids.length);
    for (const [place, id] of Object.entries(NAMED_PLACES)) {
      expect(regionIndex(id), place).toBeGreaterThanOrEqual(0);
      expect(regionIndex(twinOf(id)), place).toBeGreaterThanOrEqual(0);
    }
    for (const place of ['temple', 'behind the eye', 'neck-shoulder angle', 'sacroiliac joint', 'web of thumb', 'lesser toes']) {
      expect(Object.keys(NAMED_PLACES)).toContain(place);
    }
  });
});
