/**
 * One measured visit to the app or to the baseline page, in a fresh browser context (empty
 * cache), at the same viewport. Everything is read through window.__myomap / window.__baseline.
 */
import type { Browser, CDPSession, Page } from '@playwright/test';
import { BodyPage } from '../../tests/e2e/pages/body-page';
import type { LoadedAsset } from './budgets';

export const VIEWPORT = { width: 1280, height: 800 };
const ROTATE_MS = 5000;
const WARM_UP_MS = 500;
/** Which of the markers seen from the back get clicked: spread from the neck to the calf. */
const CLICK_SHARES = [0.2, 0.5, 0.8];

export interface PageRun {
  firstFrameMs: number;
  fps: number;
  heapBytes: number;
  assets: LoadedAsset[];
}

export interface AppRun extends PageRun {
  clickToPaintMs: number[];
}

type Hook = 'window.__myomap' | 'window.__baseline';

export async function measureApp(browser: Browser, origin: string): Promise<AppRun> {
  return withPage(browser, async (page, cdp) => {
    const body = new BodyPage(page);
    await page.goto(`${origin}/`);
    await body.waitForPoints();
    const loaded = await afterLoad(page, cdp, 'window.__myomap');
    const fps = await framesPerSecond(page, 'window.__myomap');
    await body.setView('back');
    const clickToPaintMs: number[] = [];
    for (const id of await clickTargets(page)) clickToPaintMs.push(await clickToPaint(body, id));
    return { ...loaded, fps, clickToPaintMs };
  });
}

export async function measureBaseline(browser: Browser, origin: string): Promise<PageRun> {
  return withPage(browser, async (page, cdp) => {
    await page.goto(`${origin}/baseline/`);
    await page.waitForFunction(() => window.__baseline?.readyAt != null, undefined, { timeout: 120_000 });
    await page.waitForTimeout(300);
    const loaded = await afterLoad(page, cdp, 'window.__baseline');
    return { ...loaded, fps: await framesPerSecond(page, 'window.__baseline') };
  });
}

async function withPage<T>(browser: Browser, measure: (page: Page, cdp: CDPSession) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const result = await measure(page, await context.newCDPSession(page));
    if (errors.length) throw new Error(`the page threw: ${errors.join('; ')}`);
    return result;
  } finally {
    await context.close();
  }
}

async function afterLoad(page: Page, cdp: CDPSession, hook: Hook): Promise<Omit<PageRun, 'fps'>> {
  const firstFrameMs = await page.evaluate(`${hook}.readyAt`) as number;
  const assets = await page.evaluate(() =>
    [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')].map((e) => ({
      url: e.name,
      bytes: (e as PerformanceResourceTiming).encodedBodySize,
    })),
  );
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  return { firstFrameMs, assets, heapBytes: heap.usedSize };
}

/** Frames drawn per second while the camera orbits: what a user sees while turning the body. */
async function framesPerSecond(page: Page, hook: Hook): Promise<number> {
  await page.evaluate(`${hook}.setAutoRotate(true)`);
  await page.waitForTimeout(WARM_UP_MS);
  const start = (await page.evaluate(`[${hook}.framesDrawn, performance.now()]`)) as [number, number];
  await page.waitForTimeout(ROTATE_MS);
  const end = (await page.evaluate(`[${hook}.framesDrawn, performance.now()]`)) as [number, number];
  await page.evaluate(`${hook}.setAutoRotate(false)`);
  return ((end[0] - start[0]) * 1000) / (end[1] - start[1]);
}

/** Left-side markers visible from the current view, top to bottom, picked at CLICK_SHARES. */
async function clickTargets(page: Page): Promise<string[]> {
  const visible = await page.evaluate(() =>
    window.__myomap!.triggerPoints
      .filter((t) => t.side === 'left')
      .map((t) => ({ id: t.id, ...window.__myomap!.projectMarker(t.id, 'left') }))
      .filter((m) => m.visible)
      .sort((a, b) => a.y - b.y || a.id.localeCompare(b.id)),
  );
  if (visible.length < CLICK_SHARES.length) throw new Error(`bench: only ${visible.length} markers are visible from the back view`);
  return CLICK_SHARES.map((share) => visible[Math.floor(share * (visible.length - 1))].id);
}

/** A real click on the marker, timed from the pointerup event to the frame that shows its zones. */
async function clickToPaint(body: BodyPage, id: string): Promise<number> {
  const { page } = body;
  // The last selection framed its own pattern; every click starts from the same whole-body view.
  await body.setView('back');
  const marker = await body.projectMarker(id, 'left');
  if (!marker.visible) throw new Error(`bench: marker ${id} (left) is not visible from the back view`);
  await page.evaluate(() => {
    const w = window as unknown as { benchClickAt: number | null };
    w.benchClickAt = null;
    window.addEventListener('pointerup', (e) => (w.benchClickAt = e.timeStamp), { once: true, capture: true });
  });
  // A person moves the pointer onto the marker before clicking; the first move also loads the BVH.
  await page.mouse.move(marker.x, marker.y, { steps: 4 });
  await page.waitForTimeout(400);
  await page.mouse.down();
  await page.mouse.up();
  await page.waitForFunction((i) => window.__myomap!.lastSelectionPaint?.id === i, id, { timeout: 20_000 });
  const latency = await page.evaluate(() => window.__myomap!.lastSelectionPaint!.paintedAt - (window as unknown as { benchClickAt: number }).benchClickAt);
  await page.evaluate(() => window.__myomap!.select(null));
  await body.settle();
  return latency;
}
