/**
 * The URL's share of the app state: the selected point and the filters. Parsing never throws: each
 * invalid parameter is dropped with a notice that says what was wrong.
 */
import { AREA_IDS, type AreaId, type BodySide } from './atlas';
import { CONDITIONS, NO_FILTERS, nearest, type ConditionId, type Dataset, type Filters, type ZoneLayers } from './dataset';

export interface UrlState {
  selected: { id: string; side: BodySide } | null;
  filters: Filters;
  query: string;
}

export interface ParsedUrlState extends UrlState {
  notices: string[];
}

const LAYER_NAMES = ['local', 'essential', 'spillover'] as const;
const KNOWN_KEYS = new Set(['tp', 'side', 'area', 'condition', 'muscle', 'sides', 'layers', 'q']);
const isSide = (v: string): v is BodySide => v === 'left' || v === 'right';

function unknownValue(key: string, what: string, value: string, valid: Iterable<string>): string {
  const guess = nearest(value, valid);
  return `Ignored ${key}="${value}" in the link: no such ${what}${guess ? ` (did you mean "${guess}"?)` : ''}.`;
}

export function parseUrlState(search: string, dataset: Dataset): ParsedUrlState {
  const params = new URLSearchParams(search);
  const notices: string[] = [];
  const filters: Filters = { ...NO_FILTERS, layers: { ...NO_FILTERS.layers } };
  for (const key of params.keys()) if (!KNOWN_KEYS.has(key)) notices.push(`Ignored unknown parameter "${key}" in the link.`);

  let selected: UrlState['selected'] = null;
  const tp = params.get('tp');
  const side = params.get('side');
  if (side !== null && !isSide(side)) notices.push(`Ignored side="${side}" in the link: use "left" or "right".`);
  if (tp !== null) {
    if (dataset.pointById.has(tp)) selected = { id: tp, side: side !== null && isSide(side) ? side : 'left' };
    else notices.push(unknownValue('tp', 'trigger point', tp, dataset.pointById.keys()));
  }

  const area = params.get('area');
  if (area !== null) {
    if ((AREA_IDS as readonly string[]).includes(area)) filters.area = area as AreaId;
    else notices.push(unknownValue('area', 'area', area, AREA_IDS));
  }
  const condition = params.get('condition');
  if (condition !== null) {
    if (condition in CONDITIONS) filters.condition = condition as ConditionId;
    else notices.push(unknownValue('condition', 'condition', condition, Object.keys(CONDITIONS)));
  }
  const muscle = params.get('muscle');
  if (muscle !== null) {
    if (dataset.muscleById.has(muscle)) filters.muscle = muscle;
    else notices.push(unknownValue('muscle', 'muscle', muscle, dataset.muscleById.keys()));
  }
  const sides = params.get('sides');
  if (sides !== null) {
    if (isSide(sides)) filters.side = sides;
    else notices.push(`Ignored sides="${sides}" in the link: use "left" or "right".`);
  }
  const layers = params.get('layers');
  if (layers !== null) {
    const names = layers.split(',').filter(Boolean);
    const bad = names.filter((n) => !(LAYER_NAMES as readonly string[]).includes(n));
    if (bad.length) notices.push(`Ignored layers="${layers}" in the link: layers are ${LAYER_NAMES.join(', ')}.`);
    else filters.layers = Object.fromEntries(LAYER_NAMES.map((n) => [n, names.includes(n)])) as unknown as ZoneLayers;
  }
  return { selected, filters, query: params.get('q') ?? '', notices };
}

export function serializeUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  if (state.selected) {
    params.set('tp', state.selected.id);
    params.set('side', state.selected.side);
  }
  const f = state.filters;
  if (f.area) params.set('area', f.area);
  if (f.condition) params.set('condition', f.condition);
  if (f.muscle) params.set('muscle', f.muscle);
  if (f.side) params.set('sides', f.side);
  const shown = LAYER_NAMES.filter((n) => f.layers[n]);
  if (shown.length !== LAYER_NAMES.length) params.set('layers', shown.join(','));
  if (state.query) params.set('q', state.query);
  return params.toString();
}
