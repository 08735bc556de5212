/** The bench's results as JSON, as a markdown table, and in the README's Performance section. */
import { readFileSync, writeFileSync } from 'node:fs';
import { ASSET_KINDS, KB, type BudgetCheck, type TransferByKind } from './budgets';
import { microTable, type MicroResult } from './micro';
import { spreadPercent, type Summary } from './stats';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  chromium: string;
  webgl: string;
}

export interface BenchResults {
  date: string;
  machine: Machine;
  runs: number;
  transfer: { app: TransferByKind; baseline: TransferByKind };
  app: { firstFrameMs: Summary; fps: Summary; clickToPaintMs: Summary; clickToPaintFrames: Summary; heapMB: Summary };
  baseline: { firstFrameMs: Summary; fps: Summary; heapMB: Summary };
  ratios: { firstFrame: Summary; fps: Summary };
  micro: MicroResult[];
  budgets: BudgetCheck[];
  passed: boolean;
}

const README_START = '<!-- bench:start -->';
const README_END = '<!-- bench:end -->';

const fmt = (n: number) => (Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 10 ? n.toFixed(1) : n.toFixed(2));
const cell = (s: Summary) => `${fmt(s.median)} (${fmt(s.min)}–${fmt(s.max)}, ±${spreadPercent(s).toFixed(0)}%)`;

export function markdownReport(r: BenchResults): string {
  const m = r.machine;
  return [
    `Measured ${r.date.slice(0, 10)} on ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, ${m.os}; Node ${m.node}; Chromium ${m.chromium}; WebGL: ${m.webgl}.`,
    `Browser numbers: median (min–max, ±half-range) of ${r.runs} runs, each in a fresh context at 1280×800.`,
    '',
    '| first load (KB gzip) | total | script | style | body asset | data | page |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    transferRow('app', r.transfer.app),
    transferRow('bare three.js baseline', r.transfer.baseline),
    '',
    '| in the browser | app | baseline | app ÷ baseline |',
    '| --- | ---: | ---: | ---: |',
    `| first frame with the body (ms) | ${cell(r.app.firstFrameMs)} | ${cell(r.baseline.firstFrameMs)} | ${cell(r.ratios.firstFrame)} |`,
    `| frames per second, 5 s auto-rotate | ${cell(r.app.fps)} | ${cell(r.baseline.fps)} | ${cell(r.ratios.fps)} |`,
    `| click on a marker → zones painted (ms) | ${cell(r.app.clickToPaintMs)} | | |`,
    `| … in frame times | ${cell(r.app.clickToPaintFrames)} | | |`,
    `| JS heap after load (MB) | ${cell(r.app.heapMB)} | ${cell(r.baseline.heapMB)} | |`,
    '',
    microTable(r.micro),
    '',
    '| budget | measured | limit | |',
    '| --- | ---: | ---: | --- |',
    ...r.budgets.map((b) => `| ${b.name}${b.stable ? '' : ' ¹'} | ${fmt(b.value)} | ${b.limit} | ${b.ok ? 'pass' : '**FAIL**'} |`),
    '',
    '¹ Timing: checked by `npm run bench`, reported but not gated in CI.',
  ].join('\n');
}

function transferRow(name: string, t: TransferByKind): string {
  return `| ${name} | ${[t.total, ...ASSET_KINDS.map((k) => t[k])].map((b) => fmt(b / KB)).join(' | ')} |`;
}

export function writeResults(r: BenchResults, jsonPath: string, markdownPath: string): void {
  writeFileSync(jsonPath, `${JSON.stringify(r, null, 2)}\n`);
  writeFileSync(markdownPath, `${markdownReport(r)}\n`);
}

/** Puts the table between the README's bench markers, so the README always shows the latest run. */
export function updateReadme(readmePath: string, markdown: string): boolean {
  const readme = readFileSync(readmePath, 'utf8');
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start < 0 || end < start) return false;
  writeFileSync(readmePath, `${readme.slice(0, start + README_START.length)}\n${markdown}\n${readme.slice(end)}`);
  return true;
}
