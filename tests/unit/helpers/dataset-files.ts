/** The shipped data files, read from disk as the app would fetch them. */
import { readdirSync, readFileSync } from 'node:fs';
import { buildDataset, type DataFile, type Dataset } from '../../../src/domain/dataset';

const root = new URL('../../../', import.meta.url);
const read = (name: string): DataFile => ({ name, content: JSON.parse(readFileSync(new URL(name, root), 'utf8')) });

export const sourceFile = (): DataFile => read('data/sources.json');
export const muscleFiles = (): DataFile[] =>
  readdirSync(new URL('data/muscles/', root))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => read(`data/muscles/${f}`));

export function shippedDataset(): Dataset {
  const result = buildDataset(sourceFile(), muscleFiles());
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.file}: ${e.path}: ${e.message}`).join('\n'));
  return result.data;
}
