/** npm run data:validate — builds the dataset from data/ as the app does and prints every error with its file and path. */
import { readdirSync, readFileSync } from 'node:fs';
import { buildDataset, formatError, type DataFile } from '../src/domain/dataset';

const read = (name: string): DataFile => ({ name, content: JSON.parse(readFileSync(name, 'utf8')) });
const muscleFiles = readdirSync('data/muscles')
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => read(`data/muscles/${f}`));
const result = buildDataset(read('data/sources.json'), muscleFiles);
if (!result.ok) {
  for (const error of result.errors) console.error(formatError(error));
  console.error(`${result.errors.length} errors`);
  process.exit(1);
}
console.log(`${result.data.muscles.length} muscles, ${result.data.points.length} trigger points, 0 errors`);
