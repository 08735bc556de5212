import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../../../src/domain/dataset';
import { parseUrlState, serializeUrlState, type UrlState } from '../../../src/domain/url-state';
import { createAppStore } from '../../../src/store';
import { selectedPoint, selectedZones, visiblePointRefs } from '../../../src/store';
import { shippedDataset } from '../helpers/dataset-files';

const dataset = shippedDataset();

describe('URL state', () => {
  it('URL-1 round-trips a selection and every filter', () => {
    const state: UrlState = {
      selected: { id: 'infraspinatus-1', side: 'right' },
      filters: { area: 'upper-back', condition: 'shoulder-pain', muscle: 'infraspinatus', side: 'right', layers: { local: true, essential: true, spillover: false } },
      query: 'rotator cuff',
    };
    const search = serializeUrlState(state);
    expect(search).toBe('tp=infraspinatus-1&side=right&area=upper-back&condition=shoulder-pain&muscle=infraspinatus&sides=right&layers=local%2Cessential&q=rotator+cuff');
    const parsed = parseUrlState(`?${search}`, dataset);
    expect(parsed.notices).toEqual([]);
    expect({ selected: parsed.selected, filters: parsed.filters, query: parsed.query }).toEqual(state);
  });

  it('URL-2 leaves the URL empty for the default state', () => {
    expect(serializeUrlState({ selected: null, filters: NO_FILTERS, query: '' })).toBe('');
    expect(parseUrlState('', dataset)).toEqual({ selected: null, filters: NO_FILTERS, query: '', notices: [] });
  });

  it('URL-3 restores the deep link from the issue', () => {
    expect(parseUrlState('?tp=infraspinatus-1&side=right', dataset).selected).toEqual({ id: 'infraspinatus-1', side: 'right' });
    expect(parseUrlState('?tp=infraspinatus-1', dataset).selected).toEqual({ id: 'infraspinatus-1', side: 'left' });
  });

  it('URL-4 ignores each invalid parameter with a notice that says what was wrong', () => {
    const parsed = parseUrlState('?tp=infraspinatus-9&side=middle&area=elbow&condition=tennis-elbo&muscle=bicep&sides=both&layers=local,glow&zoom=2', dataset);
    expect(parsed.selected).toBeNull();
    expect(parsed.filters).toEqual(NO_FILTERS);
    expect(parsed.notices).toEqual([
      'Ignored unknown parameter "zoom" in the link.',
      'Ignored side="middle" in the link: use "left" or "right".',
      'Ignored tp="infraspinatus-9" in the link: no such trigger point (did you mean "infraspinatus-1"?).',
      'Ignored area="elbow" in the link: no such area.',
      'Ignored condition="tennis-elbo" in the link: no such condition (did you mean "tennis-elbow"?).',
      'Ignored muscle="bicep" in the link: no such muscle (did you mean "biceps-brachii"?).',
      'Ignored sides="both" in the link: use "left" or "right".',
      'Ignored layers="local,glow" in the link: layers are local, essential, spillover.',
    ]);
  });

  it('URL-5 keeps the valid parameters when others are invalid', () => {
    const parsed = parseUrlState('?tp=levator-scapulae-1&side=left&area=nowhere', dataset);
    expect(parsed.selected).toEqual({ id: 'levator-scapulae-1', side: 'left' });
    expect(parsed.notices).toHaveLength(1);
  });
});

describe('store', () => {
  it('STORE-1 derives the selected point and its zones on the chosen side from ids', () => {
    const store = createAppStore();
    store.getState().setDataset(dataset);
    store.getState().select({ id: 'infraspinatus-1', side: 'right' });
    expect(selectedPoint(store.getState())?.muscleId).toBe('infraspinatus');
    const zones = selectedZones(store.getState())!;
    expect(zones.locationRegion).toBe('scapula-right');
    expect(zones.essential.map((z) => z.region)).toContain('front-of-shoulder-right');
  });

  it('STORE-2 filters narrow the visible markers by area, condition, muscle and side', () => {
    const store = createAppStore();
    store.getState().setDataset(dataset);
    const all = visiblePointRefs(store.getState()).length;
    expect(all).toBe(dataset.points.length * 2);
    store.getState().setFilters({ side: 'left' });
    expect(visiblePointRefs(store.getState())).toHaveLength(dataset.points.length);
    store.getState().setFilters({ muscle: 'infraspinatus' });
    expect(visiblePointRefs(store.getState()).map((r) => `${r.id}/${r.side}`)).toEqual(['infraspinatus-1/left', 'infraspinatus-2/left']);
    store.getState().setFilters({ muscle: null, condition: 'tennis-elbow', side: null });
    const tennis = visiblePointRefs(store.getState());
    expect(tennis.length).toBeGreaterThan(4);
    expect(tennis.every((r) => dataset.pointById.get(r.id)!.conditions.includes('tennis-elbow'))).toBe(true);
    store.getState().setFilters({ condition: null, area: 'foot' });
    expect(visiblePointRefs(store.getState()).every((r) => dataset.pointById.get(r.id)!.location.region.endsWith('-left'))).toBe(true);
    store.getState().resetFilters();
    expect(visiblePointRefs(store.getState())).toHaveLength(all);
  });
});
