/**
 * Raw data files for a dataset `factor`× larger than the real one, so the bench can time parsing as
 * well as the queries. Like syntheticDataset (src/domain/ranking/synthetic.ts), copy 0 is the
 * original and every other copy gets new ids; unlike it, zones are copied unchanged, so the result
 * is valid input for the app's own parser, which is what is being measured.
 */
import type { DataFile } from '../../src/domain/dataset';
import type { MuscleData, MuscleFile, TriggerPointData } from '../../src/domain/dataset/schema';

/** The files the app fetches: data/sources.json and data/muscles/*.json, as parsed JSON. */
export interface RawDataFiles {
  sources: DataFile;
  muscles: DataFile[];
}

/** "-x3" on ids keeps them kebab-case, as the schema requires. */
const copyId = (id: string, copy: number) => `${id}-x${copy}`;

function copyMuscle(muscle: MuscleData, copy: number): MuscleData {
  if (copy === 0) return muscle;
  const copyPoint = (tp: TriggerPointData): TriggerPointData => ({ ...tp, id: copyId(tp.id, copy) });
  return { ...muscle, id: copyId(muscle.id, copy), name: `${muscle.name} (x${copy})`, triggerPoints: muscle.triggerPoints.map(copyPoint) };
}

// The input is unparsed JSON; only `muscles` is touched, and the app's parser still checks the rest.
function asMuscleFile(file: DataFile): MuscleFile {
  const content = file.content as Partial<MuscleFile> | null;
  if (!content || !Array.isArray(content.muscles)) throw new Error(`${file.name}: has no "muscles" list`);
  return content as MuscleFile;
}

function scaleMuscleFile(file: DataFile, factor: number): DataFile {
  const content = asMuscleFile(file);
  const muscles: MuscleData[] = [];
  for (let copy = 0; copy < factor; copy++) muscles.push(...content.muscles.map((m) => copyMuscle(m, copy)));
  return { name: file.name, content: { ...content, muscles } };
}

/** Each muscle file holds `factor` copies of its muscles, originals first; sources are shared. */
export function scaleDataFiles(files: RawDataFiles, factor: number): RawDataFiles {
  if (!Number.isInteger(factor) || factor < 1) throw new RangeError(`factor must be a whole number ≥ 1, got ${factor}`);
  return { sources: files.sources, muscles: files.muscles.map((file) => scaleMuscleFile(file, factor)) };
}
