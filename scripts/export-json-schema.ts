/** npm run data:schema — writes data/schema/*.schema.json from the zod schemas. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { jsonSchemas } from '../src/domain/dataset/json-schema';

mkdirSync('data/schema', { recursive: true });
for (const [name, schema] of Object.entries(jsonSchemas())) {
  writeFileSync(`data/schema/${name}`, `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`data/schema/${name}`);
}
