/**
 * The one-line reason shown with each candidate, e.g. "Essential zone covers your temple and the
 * back of your neck (2 of 3 marked areas)". Region names lose their side and read as plain English.
 */
import { regionById, type Region } from '../atlas';

/** `possessive` phrases already say whose ("the back of your neck"); bare nouns get "your". */
interface Place {
  text: string;
  possessive: boolean;
}

const THIRD_WORD: Record<string, string> = { upper: 'upper', middle: 'mid', lower: 'lower', proximal: 'upper', distal: 'lower' };
// Names that are adjectives on their own ("Lumbar") need a noun to read as a place.
const ADJECTIVE_KEYS = new Set(['suboccipital', 'upper-interscapular', 'lower-interscapular', 'upper-lumbar', 'lumbar', 'parietal']);
const PREPOSITION = /^(above|below|under|behind|beside) the (.+)$/;

function placeOf(region: Region): Place {
  if (region.key === 'mid-occiput') return { text: 'the middle of the back of your head', possessive: true };
  const name = region.name
    .replace(/ \((left|right)\)$/, '')
    .toLowerCase()
    .replace(/\bachilles\b/, 'Achilles');
  if (ADJECTIVE_KEYS.has(region.key)) return { text: `${name} area`, possessive: false };
  const third = name.match(/^(.+), (\w+) third$/);
  if (third) return { text: `${THIRD_WORD[third[2]]} ${third[1]}`, possessive: false };
  const digit = name.match(/^(.+), (base|tip)$/);
  if (digit) return { text: `the ${digit[2]} of your ${digit[1]}`, possessive: true };
  const preposition = name.match(PREPOSITION);
  if (preposition) return { text: `${preposition[1]} your ${preposition[2]}`, possessive: true };
  const part = name.match(/^(.+) of (.+)$/);
  if (part) return { text: `the ${part[1]} of your ${part[2]}`, possessive: true };
  return { text: name, possessive: false };
}

const placeCache = new Map<string, Place>();
function cachedPlaceOf(region: Region): Place {
  let place = placeCache.get(region.id);
  if (!place) placeCache.set(region.id, (place = placeOf(region)));
  return place;
}

/** One place per region key: a place marked on both sides is named once. */
function placesOf(regionIds: readonly string[]): Place[] {
  const regions = regionIds.map((id) => regionById(id)!);
  const keys = regions.map((r) => r.key as string);
  const places: Place[] = [];
  regions.forEach((region, i) => {
    const first = keys.indexOf(keys[i]);
    if (first !== i) return;
    const place = cachedPlaceOf(region);
    const bothSides = keys.indexOf(keys[i], i + 1) !== -1;
    if (!bothSides) places.push(place);
    else places.push({ text: `${place.possessive ? '' : 'your '}${place.text} on both sides`, possessive: true });
  });
  return places;
}

/** "your temple", "your temple and jaw", "your temple, jaw and 2 more". */
export function listPlaces(regionIds: readonly string[]): string {
  const places = placesOf(regionIds);
  const shown = places.length > 3 ? places.slice(0, 2) : places;
  const words = shown.map((p, i) => (p.possessive || (i > 0 && !shown[i - 1].possessive) ? p.text : `your ${p.text}`));
  if (places.length > 3) words.push(`${places.length - 2} more`);
  return words.length === 1 ? words[0] : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

function countNote(explained: number, marked: number): string {
  if (marked === 1) return '';
  if (explained === marked) return marked === 2 ? ' (both marked areas)' : ` (all ${marked} marked areas)`;
  return ` (${explained} of ${marked} marked areas)`;
}

export interface ZoneCoverage {
  essential: string[];
  local: string[];
  spillover: string[];
}

/** Each region is named once, under the strongest zone that covers it. */
export function reasonFor(byZone: ZoneCoverage, explained: number, marked: number): string {
  const named = new Set<string>();
  const fresh = (ids: string[]) => ids.filter((id) => !named.has(id) && named.add(id));
  const clauses = [
    [fresh(byZone.essential), 'essential zone covers'],
    [fresh(byZone.local), 'local zone covers'],
    [fresh(byZone.spillover), 'spillover zone reaches'],
  ] as const;
  const text = clauses
    .filter(([ids]) => ids.length > 0)
    .map(([ids, verb]) => `${verb} ${listPlaces(ids)}`)
    .join('; ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}${countNote(explained, marked)}`;
}
