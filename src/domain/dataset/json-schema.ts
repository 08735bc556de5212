/** JSON Schema exports of the data files' shapes, for editors (validation and completion as you type). */
import * as z from 'zod/mini';
import { muscleFileSchema, sourceFileSchema } from './schema';

export function jsonSchemas(): Record<string, unknown> {
  return {
    'muscles.schema.json': { title: 'Myomap muscle file', ...z.toJSONSchema(muscleFileSchema, { io: 'input' }) },
    'sources.schema.json': { title: 'Myomap source list', ...z.toJSONSchema(sourceFileSchema, { io: 'input' }) },
  };
}
