/**
 * Turns the raw data files into one Dataset, or into errors that name the file and the path.
 * Ids must be unique across files, so a point can be linked to by its id alone.
 */
import type { LandmarkName } from '../body-plan';
import type { Dataset, Muscle, Source, TriggerPoint, Zone } from './model';
import { parseMuscleFile, parseSources, type DatasetError } from './parse';
import { DATASET_VERSION, type TriggerPointData, type ZoneEntry } from './schema';
import type { ConditionId, SymptomId } from './vocabulary';

export interface DataFile {
  /** Where the file came from, e.g. "data/muscles/upper-body.json"; errors start with it. */
  name: string;
  content: unknown;
}

export interface FileError extends DatasetError {
  file: string;
}

export function formatError(e: FileError): string {
  return `${e.file}: ${e.path}: ${e.message}`;
}

const toZone = (entry: ZoneEntry): Zone => (typeof entry === 'string' ? { region: entry, weight: 1 } : { region: entry.region, weight: entry.weight });

function toPoint(muscleId: string, tp: TriggerPointData): TriggerPoint {
  return {
    id: tp.id,
    muscleId,
    label: tp.label,
    location: { ...tp.location, landmark: tp.location.landmark as LandmarkName },
    local: tp.local.map(toZone),
    essential: tp.referred.essential.map(toZone),
    spillover: tp.referred.spillover.map(toZone),
    symptoms: tp.symptoms as SymptomId[],
    conditions: tp.conditions as ConditionId[],
    aggravatedBy: tp.aggravatedBy,
    selfCare: tp.selfCare,
    certainty: tp.certainty,
    sources: tp.sources,
  };
}

export type BuildResult = { ok: true; data: Dataset } | { ok: false; errors: FileError[] };

export function buildDataset(sourceFile: DataFile, muscleFiles: readonly DataFile[]): BuildResult {
  const errors: FileError[] = [];
  const sourcesResult = parseSources(sourceFile.content);
  if (!sourcesResult.ok) return fail(sourcesResult.errors.map((e) => ({ ...e, file: sourceFile.name })));
  const sources: Source[] = sourcesResult.data.sources;
  const sourceIds = new Set(sources.map((s) => s.id));
  const muscles: Muscle[] = [];
  const points: TriggerPoint[] = [];
  const firstSeen = new Map<string, string>();
  const claim = (id: string, file: string, path: string) => {
    const where = firstSeen.get(id);
    if (where) errors.push({ file, path, message: `duplicate id "${id}", already used in ${where}` });
    else firstSeen.set(id, `${file}: ${path}`);
  };
  for (const file of muscleFiles) {
    const result = parseMuscleFile(file.content, sourceIds);
    if (!result.ok) {
      errors.push(...result.errors.map((e) => ({ ...e, file: file.name })));
      continue;
    }
    result.data.muscles.forEach((m, i) => {
      claim(m.id, file.name, `muscles[${i}].id`);
      m.triggerPoints.forEach((tp, j) => claim(tp.id, file.name, `muscles[${i}].triggerPoints[${j}].id`));
      const { triggerPoints, ...rest } = m;
      muscles.push({ ...rest, area: m.area as Muscle['area'], pointIds: triggerPoints.map((tp) => tp.id) });
      points.push(...triggerPoints.map((tp) => toPoint(m.id, tp)));
    });
  }
  if (errors.length) return fail(errors);
  return {
    ok: true,
    data: {
      version: DATASET_VERSION,
      muscles,
      points,
      sources,
      muscleById: new Map(muscles.map((m) => [m.id, m])),
      pointById: new Map(points.map((p) => [p.id, p])),
      sourceById: new Map(sources.map((s) => [s.id, s])),
    },
  };
}

function fail(errors: FileError[]): BuildResult {
  return { ok: false, errors };
}
