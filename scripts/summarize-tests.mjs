#!/usr/bin/env node
// Summarizes unit (vitest JSON) and e2e (Playwright JSON) results.
// Usage: node scripts/summarize-tests.mjs [--stage NAME=EXIT_CODE|skipped ...]
// Stages lint/typecheck/build count 1 failure each when non-zero. For unit/e2e the
// exit code is a fallback: a non-zero exit with no failing test in the JSON counts 1 failure.
// The last line printed is always exactly "N passed, N failed".
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const UNIT_FILE = '.test-artifacts/unit-results.json';
const E2E_FILE = '.test-artifacts/e2e-results.json';
const MAX_LISTED = 15;

const stages = new Map();
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  const arg = argv[i] === '--stage' ? argv[++i] : argv[i].replace(/^--stage=/, '');
  const m = /^([\w-]+)=(\w+)$/.exec(arg ?? '');
  if (!m) {
    console.error(`summarize-tests: bad argument '${arg}' (expected --stage NAME=EXIT_CODE)`);
    process.exit(2);
  }
  stages.set(m[1], m[2]);
}

let passed = 0;
let failed = 0;
const lines = [];
const failures = [];

const pad = (s) => s.padEnd(10);
const stageFailed = (name) => stages.has(name) && stages.get(name) !== '0';

function readJson(file) {
  const path = resolve(root, file);
  if (!existsSync(path)) return { error: `results file missing: ${file}` };
  try {
    return { data: JSON.parse(readFileSync(path, 'utf8')) };
  } catch (e) {
    return { error: `cannot parse ${file}: ${e.message}` };
  }
}

for (const name of ['lint', 'typecheck', 'build']) {
  if (!stages.has(name)) continue;
  const code = stages.get(name);
  if (code === '0') lines.push(`${pad(name)} ok`);
  else {
    failed += 1;
    lines.push(`${pad(name)} FAILED (${code === 'skipped' ? 'not run' : `exit ${code}`}) -> 1 failed`);
  }
}

function countUnit() {
  if (stages.get('unit') === 'skipped') return { error: 'not run' };
  const { data, error } = readJson(UNIT_FILE);
  if (error) return { error };
  let p = data.numPassedTests ?? 0;
  let f = data.numFailedTests ?? 0;
  const skipped = (data.numPendingTests ?? 0) + (data.numTodoTests ?? 0);
  for (const file of data.testResults ?? []) {
    const rel = relative(root, file.name);
    const bad = (file.assertionResults ?? []).filter((a) => a.status === 'failed');
    for (const a of bad) failures.push(`unit: ${rel} > ${a.fullName ?? a.title}`);
    // A file that fails to load (syntax/import error) has no failing test of its own.
    if (file.status === 'failed' && bad.length === 0) {
      f += 1;
      failures.push(`unit: ${rel}: ${(file.message ?? 'file failed').split('\n')[0]}`);
    }
  }
  if (f === 0 && (data.success === false || stageFailed('unit'))) {
    f += 1;
    failures.push(
      data.numTotalTestSuites === 0
        ? 'unit: no test files found'
        : 'unit: vitest reported failure without a failing test (e.g. unhandled error)',
    );
  }
  return { p, f, skipped, extra: `${data.testResults?.length ?? 0} files` };
}

function countE2e() {
  if (stages.get('e2e') === 'skipped') return { error: 'not run (skipped)' };
  const { data, error } = readJson(E2E_FILE);
  if (error) return { error };
  const s = data.stats ?? {};
  const flaky = s.flaky ?? 0;
  let f = s.unexpected ?? 0;
  const walk = (suite) => {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests ?? []) {
        if (t.status === 'unexpected') failures.push(`e2e: ${spec.file}:${spec.line} > ${spec.title}`);
      }
    }
    (suite.suites ?? []).forEach(walk);
  };
  (data.suites ?? []).forEach(walk);
  // Global errors: webServer failed to start, config/import errors, global timeout...
  for (const err of data.errors ?? []) {
    f += 1;
    failures.push(`e2e: ${(err.message ?? String(err)).split('\n')[0]}`);
  }
  if (f === 0 && stageFailed('e2e')) {
    f += 1;
    failures.push('e2e: playwright exited non-zero without a failing test');
  }
  return { p: (s.expected ?? 0) + flaky, f, skipped: s.skipped ?? 0, extra: flaky ? `${flaky} flaky` : '' };
}

for (const [name, count] of [['unit', countUnit], ['e2e', countE2e]]) {
  const r = count();
  if (r.error) {
    failed += 1;
    lines.push(`${pad(name)} FAILED: ${r.error} -> 1 failed`);
    continue;
  }
  passed += r.p;
  failed += r.f;
  const extra = r.extra ? `; ${r.extra}` : '';
  lines.push(`${pad(name)} ${r.p} passed, ${r.f} failed, ${r.skipped} skipped${extra}`);
}

console.log('\n=== Test summary ===');
for (const l of lines) console.log(`  ${l}`);
if (failures.length) {
  console.log('Failures:');
  for (const l of failures.slice(0, MAX_LISTED)) console.log(`  - ${l}`);
  if (failures.length > MAX_LISTED) console.log(`  ... and ${failures.length - MAX_LISTED} more`);
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
