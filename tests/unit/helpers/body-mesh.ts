/** The generated body, built once per test file (generation takes ~25 s). */
import { generateBody, type GeneratedBody } from '../../../src/generator/generate-body';

let body: Promise<GeneratedBody> | undefined;

export function bodyMesh(): Promise<GeneratedBody> {
  body ??= generateBody();
  return body;
}
