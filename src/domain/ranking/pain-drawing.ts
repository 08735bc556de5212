/**
 * A client's pain drawing: the regions they marked and how much each hurts, left and right apart.
 * `parsePainDrawing` checks untrusted input (an import, local storage) and names the path of every
 * error, e.g. `[3].region: unknown region "tempel" (did you mean "temple-left"?)`.
 */
import { REGIONS, isRegionId } from '../atlas';
import { nearestRegion } from '../dataset/suggest';

export type PainIntensity = 1 | 2 | 3;

export interface PainMark {
  region: string;
  intensity: PainIntensity;
}

export type PainDrawing = PainMark[];

export type PainDrawingResult = { ok: true; drawing: PainDrawing } | { ok: false; errors: string[] };

const REGION_IDS = REGIONS.map((r) => r.id);
const MARK_KEYS = new Set(['region', 'intensity']);

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object' && value !== null) return 'an object';
  return JSON.stringify(value);
}

function isIntensity(value: unknown): value is PainIntensity {
  return value === 1 || value === 2 || value === 3;
}

function regionError(region: unknown, firstAt: Map<string, number>): string | null {
  if (typeof region !== 'string') return `expected a region id, got ${describe(region)}`;
  if (!isRegionId(region)) {
    const guess = nearestRegion(region, REGION_IDS);
    return `unknown region "${region}"${guess ? ` (did you mean "${guess}"?)` : ''}`;
  }
  if (firstAt.has(region)) return `"${region}" is already marked at [${firstAt.get(region)}]`;
  return null;
}

export function parsePainDrawing(input: unknown): PainDrawingResult {
  if (!Array.isArray(input)) return { ok: false, errors: [`(root): expected a list of marks, got ${describe(input)}`] };
  const errors: string[] = [];
  const firstAt = new Map<string, number>();
  const drawing: PainDrawing = [];
  input.forEach((mark: unknown, i) => {
    if (typeof mark !== 'object' || mark === null || Array.isArray(mark)) {
      errors.push(`[${i}]: expected a mark { region, intensity }, got ${describe(mark)}`);
      return;
    }
    const { region, intensity } = mark as Record<string, unknown>;
    for (const key of Object.keys(mark)) if (!MARK_KEYS.has(key)) errors.push(`[${i}].${key}: unknown key`);
    const bad = regionError(region, firstAt);
    if (bad) errors.push(`[${i}].region: ${bad}`);
    else firstAt.set(region as string, i);
    if (!isIntensity(intensity)) errors.push(`[${i}].intensity: expected 1, 2 or 3, got ${describe(intensity)}`);
    if (!bad && isIntensity(intensity)) drawing.push({ region: region as string, intensity });
  });
  return errors.length ? { ok: false, errors } : { ok: true, drawing };
}
