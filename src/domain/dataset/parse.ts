/**
 * parse(): any input in, valid data or errors out. Every error names the exact path, e.g.
 * `muscles[3].triggerPoints[0].referred.essential[2]: unknown region "tempel" (did you mean "temple-left"?)`.
 */
import type * as z from 'zod/mini';
import { LANDMARKS } from '../body-plan';
import { REGIONS, regionById } from '../atlas';
import { muscleFileSchema, sourceFileSchema, type MuscleFile, type SourceFile, type ZoneEntry } from './schema';
import { nearest, nearestRegion } from './suggest';
import { CONDITIONS, SYMPTOMS } from './vocabulary';

export interface DatasetError {
  path: string;
  message: string;
}

export type ParseResult<T> = { ok: true; data: T } | { ok: false; errors: DatasetError[] };

export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

function shapeErrors(error: z.core.$ZodError): DatasetError[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path) || '(root)', message: issue.message }));
}

export function parseSources(input: unknown): ParseResult<SourceFile> {
  const result = sourceFileSchema.safeParse(input);
  return result.success ? { ok: true, data: result.data } : { ok: false, errors: shapeErrors(result.error) };
}

const REGION_IDS = REGIONS.map((r) => r.id);

function unknown(kind: string, value: string, candidates: Iterable<string>): string {
  const guess = kind === 'region' ? nearestRegion(value, REGION_IDS) : nearest(value, candidates);
  return `unknown ${kind} "${value}"${guess ? ` (did you mean "${guess}"?)` : ''}`;
}

/** Checks every id the shape can't: regions, landmarks, vocabulary and sources. */
function referenceErrors(file: MuscleFile, sourceIds: ReadonlySet<string>): DatasetError[] {
  const errors: DatasetError[] = [];
  const check = (path: string, kind: string, value: string, valid: ReadonlySet<string> | readonly string[]) => {
    const has = Array.isArray(valid) ? valid.includes(value) : (valid as ReadonlySet<string>).has(value);
    if (!has) errors.push({ path, message: unknown(kind, value, valid) });
  };
  const zone = (path: string, entries: ZoneEntry[]) =>
    entries.forEach((entry, i) => {
      const region = typeof entry === 'string' ? entry : entry.region;
      check(typeof entry === 'string' ? `${path}[${i}]` : `${path}[${i}].region`, 'region', region, REGION_IDS);
    });
  file.muscles.forEach((muscle, m) => {
    muscle.triggerPoints.forEach((tp, t) => {
      const at = `muscles[${m}].triggerPoints[${t}]`;
      check(`${at}.location.region`, 'region', tp.location.region, REGION_IDS);
      const region = regionById(tp.location.region);
      if (region && region.side === 'right') {
        errors.push({ path: `${at}.location.region`, message: `points are written for the left side; use "${tp.location.region.replace(/-right$/, '-left')}"` });
      }
      check(`${at}.location.landmark`, 'landmark', tp.location.landmark, Object.keys(LANDMARKS));
      zone(`${at}.local`, tp.local);
      zone(`${at}.referred.essential`, tp.referred.essential);
      zone(`${at}.referred.spillover`, tp.referred.spillover);
      tp.symptoms.forEach((s, i) => check(`${at}.symptoms[${i}]`, 'symptom', s, Object.keys(SYMPTOMS)));
      tp.conditions.forEach((c, i) => check(`${at}.conditions[${i}]`, 'condition', c, Object.keys(CONDITIONS)));
      tp.sources.forEach((s, i) => check(`${at}.sources[${i}].source`, 'source', s.source, sourceIds));
    });
  });
  return errors;
}

export function parseMuscleFile(input: unknown, sourceIds: ReadonlySet<string>): ParseResult<MuscleFile> {
  const shape = muscleFileSchema.safeParse(input);
  if (!shape.success) return { ok: false, errors: shapeErrors(shape.error) };
  const errors = referenceErrors(shape.data, sourceIds);
  return errors.length ? { ok: false, errors } : { ok: true, data: shape.data };
}
