import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = new URL('../../src/', import.meta.url).pathname;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

const importsOf = (file: string) => [...readFileSync(file, 'utf8').matchAll(/from '([^']+)'/g)].map((m) => m[1]);

describe('the layers of DESIGN.md', () => {
  it('ARCH-1 domain/ is plain TypeScript: no React, three, DOM libraries or Node APIs', () => {
    for (const file of filesUnder(join(SRC, 'domain'))) {
      for (const spec of importsOf(file)) expect(spec, file).not.toMatch(/^(react|three|@react-three|node:|zustand)/);
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/\b(window|document|localStorage)\./);
    }
  });

  it('ARCH-2 scene/ and ui/ never import each other; they meet in the store', () => {
    for (const file of filesUnder(join(SRC, 'scene'))) for (const spec of importsOf(file)) expect(spec, file).not.toMatch(/\/ui\//);
    for (const file of filesUnder(join(SRC, 'ui'))) for (const spec of importsOf(file)) expect(spec, file).not.toMatch(/\/scene\//);
  });

  it('ARCH-3 nothing imports drei as a namespace (it would pull in the whole library)', () => {
    for (const file of filesUnder(SRC)) expect(readFileSync(file, 'utf8'), file).not.toMatch(/import \* as \w+ from '@react-three\/drei'/);
  });
});
