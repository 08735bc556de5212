/**
 * npm run bench: builds the app and the bare three.js baseline, serves both with gzip, drives
 * Debian's Chromium (headless, SwiftShader) through the test hooks, runs the domain
 * microbenchmarks, checks every budget, writes docs/bench/latest.{json,md} and the README table.
 * Exits 1 when a budget is broken. Usage: npm run bench [-- --runs 5]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { cpus, release, totalmem, type } from 'node:os';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../tests/chromium';
import { BUDGETS, sizeChecks, transferByKind, type BudgetCheck } from './budgets';
import { measureApp, measureBaseline, type AppRun, type PageRun } from './browser-runs';
import { runMicroBenchmarks, type MicroResult } from './micro';
import { markdownReport, updateReadme, writeResults, type BenchResults, type Machine } from './report';
import { serveBuilds } from './serve';
import { summarize } from './stats';

const OUT_DIR = 'docs/bench';

async function main(): Promise<void> {
  const runs = runCount(process.argv.slice(2));
  build();
  const server = await serveBuilds('dist', '.bench/baseline');
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    const { app, baseline } = await browserRuns(browser, server.url, runs);
    console.log('\nDomain microbenchmarks (Node)…');
    const micro = await runMicroBenchmarks();
    const results = assemble(app, baseline, micro, await machine(browser));
    report(results);
    process.exitCode = results.passed ? 0 : 1;
  } finally {
    await browser.close();
    await server.close();
  }
}

function runCount(args: string[]): number {
  const at = args.indexOf('--runs');
  const runs = at >= 0 ? Number(args[at + 1]) : 5;
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs wants a whole number ≥ 1, got "${args[at + 1]}"`);
  return runs;
}

function build(): void {
  console.log('Building the app and the baseline page…');
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  execFileSync('npx', ['vite', 'build', '-c', 'tests/bench/vite.config.ts'], { stdio: 'inherit' });
}

function findChromium(): string {
  try {
    return execFileSync('bash', ['scripts/find-chromium.sh'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim();
  } catch {
    console.error('bench: no Chromium (see the message above). Install Debian\'s package with `sudo apt-get install chromium`, or set CHROMIUM_PATH.');
    process.exit(2);
  }
}

/** App and baseline visits alternate, so a busy moment on a shared machine hits both alike. */
async function browserRuns(browser: Browser, origin: string, runs: number): Promise<{ app: AppRun[]; baseline: PageRun[] }> {
  console.log('Warm-up visit (not counted)…');
  await measureBaseline(browser, origin);
  await measureApp(browser, origin);
  const app: AppRun[] = [];
  const baseline: PageRun[] = [];
  for (let i = 1; i <= runs; i++) {
    baseline.push(await measureBaseline(browser, origin));
    app.push(await measureApp(browser, origin));
    const [a, b] = [app[i - 1], baseline[i - 1]];
    console.log(`run ${i}/${runs}: first frame ${a.firstFrameMs.toFixed(0)} vs ${b.firstFrameMs.toFixed(0)} ms, ${a.fps.toFixed(1)} vs ${b.fps.toFixed(1)} fps, click→paint ${a.clickToPaintMs.map((ms) => ms.toFixed(0)).join('/')} ms`);
  }
  return { app, baseline };
}

function assemble(app: AppRun[], baseline: PageRun[], micro: MicroResult[], machine: Machine): BenchResults {
  const mb = (bytes: number) => bytes / 1e6;
  const frames = app.flatMap((run) => run.clickToPaintMs.map((ms) => ms / (1000 / run.fps)));
  const results: Omit<BenchResults, 'budgets' | 'passed'> = {
    date: new Date().toISOString(),
    machine,
    runs: app.length,
    transfer: { app: transferByKind(app[0].assets), baseline: transferByKind(baseline[0].assets) },
    app: {
      firstFrameMs: summarize(app.map((r) => r.firstFrameMs)),
      fps: summarize(app.map((r) => r.fps)),
      clickToPaintMs: summarize(app.flatMap((r) => r.clickToPaintMs)),
      clickToPaintFrames: summarize(frames),
      heapMB: summarize(app.map((r) => mb(r.heapBytes))),
    },
    baseline: {
      firstFrameMs: summarize(baseline.map((r) => r.firstFrameMs)),
      fps: summarize(baseline.map((r) => r.fps)),
      heapMB: summarize(baseline.map((r) => mb(r.heapBytes))),
    },
    // Each app visit is compared with the baseline visit just before it.
    ratios: {
      firstFrame: summarize(app.map((r, i) => r.firstFrameMs / baseline[i].firstFrameMs)),
      fps: summarize(app.map((r, i) => r.fps / baseline[i].fps)),
    },
    micro,
  };
  const budgets = budgetChecks(results, micro);
  return { ...results, budgets, passed: budgets.every((b) => b.ok) };
}

function budgetChecks(r: Omit<BenchResults, 'budgets' | 'passed'>, micro: MicroResult[]): BudgetCheck[] {
  const rank = (dataset: 'real' | '10x') => micro.find((m) => m.name === 'rank' && m.dataset === dataset)!.medianMs;
  const timing = (name: string, value: number, limit: string, ok: boolean): BudgetCheck => ({ name, value, limit, ok, stable: false });
  return [
    ...sizeChecks(r.transfer.app),
    timing('first frame, app ÷ baseline', r.ratios.firstFrame.median, `≤ ${BUDGETS.firstFrameRatio}`, r.ratios.firstFrame.median <= BUDGETS.firstFrameRatio),
    timing('FPS, app ÷ baseline', r.ratios.fps.median, `≥ ${BUDGETS.fpsRatio}`, r.ratios.fps.median >= BUDGETS.fpsRatio),
    timing('click → painted selection (frames)', r.app.clickToPaintFrames.median, `≤ ${BUDGETS.clickToPaintFrames}`, r.app.clickToPaintFrames.median <= BUDGETS.clickToPaintFrames),
    timing('ranking, real dataset (ms)', rank('real'), `≤ ${BUDGETS.rankMs}`, rank('real') <= BUDGETS.rankMs),
    timing('ranking, 10× dataset (ms)', rank('10x'), `≤ ${BUDGETS.rank10xMs}`, rank('10x') <= BUDGETS.rank10xMs),
    timing('JS heap after load (MB)', r.app.heapMB.median, `≤ ${BUDGETS.heapBytes / 1e6}`, r.app.heapMB.median * 1e6 <= BUDGETS.heapBytes),
  ];
}

async function machine(browser: Browser): Promise<Machine> {
  const page = await browser.newPage();
  await page.setContent('<title>machine</title>');
  const webgl = await page.evaluate(() => {
    const gl = document.createElement('canvas').getContext('webgl2');
    const info = gl?.getExtension('WEBGL_debug_renderer_info');
    return gl && info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : 'unavailable';
  });
  await page.close();
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown CPU',
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    os: `${type()} ${release()}`,
    node: process.version,
    chromium: browser.version(),
    webgl,
  };
}

function report(results: BenchResults): void {
  mkdirSync(OUT_DIR, { recursive: true });
  writeResults(results, `${OUT_DIR}/latest.json`, `${OUT_DIR}/latest.md`);
  const markdown = markdownReport(results);
  console.log(`\n${markdown}\n`);
  console.log(`Wrote ${OUT_DIR}/latest.json and ${OUT_DIR}/latest.md${updateReadme('README.md', markdown) ? ' and the README table' : ''}.`);
  const broken = results.budgets.filter((b) => !b.ok);
  console.log(broken.length ? `BUDGETS BROKEN: ${broken.map((b) => b.name).join(', ')}` : 'Every budget holds.');
}

await main();
