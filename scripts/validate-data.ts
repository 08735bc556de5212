/** npm run validate:data — checks every file in data/ and prints errors with their file and path. */
import { readdirSync, readFileSync } from 'node:fs';
import { parseMuscleFile, parseSources } from '../src/domain/dataset/parse';

const read = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
let failures = 0;
const report = (file: string, errors: { path: string; message: string }[]) => {
  for (const e of errors) console.error(`${file}: ${e.path}: ${e.message}`);
  failures += errors.length;
};

const sources = parseSources(read('data/sources.json'));
if (!sources.ok) report('data/sources.json', sources.errors);
const sourceIds = new Set(sources.ok ? sources.data.sources.map((s) => s.id) : []);
const seen = new Map<string, string>();
let muscles = 0;
let points = 0;
for (const name of readdirSync('data/muscles').filter((f) => f.endsWith('.json')).sort()) {
  const file = `data/muscles/${name}`;
  const result = parseMuscleFile(read(file), sourceIds);
  if (!result.ok) {
    report(file, result.errors);
    continue;
  }
  result.data.muscles.forEach((m, i) => {
    muscles++;
    for (const [id, path] of [[m.id, `muscles[${i}].id`], ...m.triggerPoints.map((t, j) => [t.id, `muscles[${i}].triggerPoints[${j}].id`])]) {
      if (seen.has(id)) report(file, [{ path, message: `duplicate id "${id}", first used in ${seen.get(id)}` }]);
      else seen.set(id, file);
    }
    points += m.triggerPoints.length;
  });
}
console.log(`${muscles} muscles, ${points} trigger points, ${failures} errors`);
process.exit(failures ? 1 : 0);
