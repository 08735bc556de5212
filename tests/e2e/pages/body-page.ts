/** Page object for the body viewer: everything the e2e tests do goes through here. */
import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';

export type ViewName = 'front' | 'back' | 'left' | 'right';
export const SCREENSHOT_DIR = '.test-artifacts/screenshots';

export interface BodyMask {
  width: number;
  height: number;
  /** 1 where the pixel is skin, 0 where it is background or shadow; row-major. */
  bits: number[];
  fraction: number;
}

export class BodyPage {
  constructor(readonly page: Page) {}

  readonly canvas = () => this.page.locator('canvas');
  readonly hoverLabel = () => this.page.getByTestId('hover-label');

  async open(path = '/') {
    await this.page.goto(path);
    await this.waitForBody();
  }

  async waitForBody() {
    await this.page.waitForFunction(() => window.__myomap?.readyAt != null, undefined, { timeout: 60_000 });
    await this.settle();
  }

  /** Waits for the body, the dataset and the markers. */
  async waitForPoints() {
    await this.waitForBody();
    await this.page.waitForFunction(() => {
      try {
        return window.__myomap!.getState().dataset === 'ready' && !!window.__myomap!.projectMarker;
      } catch {
        return false;
      }
    });
    await this.page.waitForFunction(() => {
      const first = window.__myomap!.triggerPoints[0];
      try {
        return !!first && !Number.isNaN(window.__myomap!.projectMarker(first.id, first.side).x);
      } catch {
        return false;
      }
    });
    await this.settle();
  }

  projectMarker(id: string, side: 'left' | 'right') {
    return this.page.evaluate(([i, s]) => window.__myomap!.projectMarker(i, s), [id, side] as const);
  }

  /** How many markers can be seen from the current camera (after filters). */
  visibleMarkerCount() {
    return this.page.evaluate(() => window.__myomap!.triggerPoints.filter((t) => window.__myomap!.projectMarker(t.id, t.side).visible).length);
  }

  async openRegionsTab() {
    await this.page.getByRole('tab', { name: 'Body regions' }).click();
  }

  readonly detailsMuscle = () => this.page.getByTestId('details-muscle');

  /** Colour spread of a square of pixels: near 0 for a solid fill, large for stripes or dots. */
  async colourSpread(x: number, y: number, radius = 6): Promise<number> {
    return this.page.evaluate(
      ({ x, y, radius }) => {
        const source = document.querySelector('canvas')!;
        const rect = source.getBoundingClientRect();
        const scale = source.width / rect.width;
        const size = Math.round((2 * radius + 1) * scale);
        const probe = document.createElement('canvas');
        probe.width = size;
        probe.height = size;
        const ctx = probe.getContext('2d')!;
        ctx.drawImage(source, (x - rect.left - radius) * scale, (y - rect.top - radius) * scale, size, size, 0, 0, size, size);
        const d = ctx.getImageData(0, 0, size, size).data;
        const greens: number[] = [];
        for (let i = 1; i < d.length; i += 4) greens.push(d[i]);
        const mean = greens.reduce((a, b) => a + b, 0) / greens.length;
        return Math.sqrt(greens.reduce((a, g) => a + (g - mean) ** 2, 0) / greens.length);
      },
      { x, y, radius },
    );
  }

  /** Waits until the camera has stopped moving and one more frame has been drawn. */
  async settle() {
    await this.page.waitForFunction(() => window.__myomap?.getState().cameraMoving === false, undefined, { timeout: 20_000 });
    await this.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  }

  async setView(view: ViewName) {
    await this.page.evaluate((v) => window.__myomap!.setView(v), view);
    await this.page.waitForTimeout(50);
    await this.settle();
  }

  state() {
    return this.page.evaluate(() => window.__myomap!.getState());
  }

  regions() {
    return this.page.evaluate(() => window.__myomap!.regions);
  }

  projectRegion(id: string) {
    return this.page.evaluate((r) => window.__myomap!.projectRegion(r), id);
  }

  async moveMouseAway() {
    await this.page.mouse.move(2, 2);
  }

  /** Reads the WebGL canvas and classifies each pixel of a downsampled grid as skin or not. */
  bodyMask(columns = 160): Promise<BodyMask> {
    return this.page.evaluate((cols) => {
      const source = document.querySelector('canvas')!;
      const rows = Math.round((cols * source.height) / source.width);
      const probe = document.createElement('canvas');
      probe.width = cols;
      probe.height = rows;
      const ctx = probe.getContext('2d')!;
      ctx.drawImage(source, 0, 0, cols, rows);
      const data = ctx.getImageData(0, 0, cols, rows).data;
      const bits: number[] = [];
      for (let i = 0; i < data.length; i += 4) bits.push(data[i] - data[i + 2] > 22 ? 1 : 0);
      return { width: cols, height: rows, bits, fraction: bits.reduce((a, b) => a + b, 0) / bits.length };
    }, columns);
  }

  /** Mean RGB of a small square of canvas pixels around a CSS-pixel point. */
  colourAt(x: number, y: number, radius = 2): Promise<[number, number, number]> {
    return this.page.evaluate(
      ({ x, y, radius }) => {
        const source = document.querySelector('canvas')!;
        const rect = source.getBoundingClientRect();
        const scale = source.width / rect.width;
        const probe = document.createElement('canvas');
        const size = 2 * radius + 1;
        probe.width = size;
        probe.height = size;
        const ctx = probe.getContext('2d')!;
        const sx = (x - rect.left) * scale - radius;
        const sy = (y - rect.top) * scale - radius;
        ctx.drawImage(source, sx, sy, size, size, 0, 0, size, size);
        const d = ctx.getImageData(0, 0, size, size).data;
        const sum = [0, 0, 0];
        for (let i = 0; i < d.length; i += 4) for (let c = 0; c < 3; c++) sum[c] += d[i + c];
        const n = d.length / 4;
        return [sum[0] / n, sum[1] / n, sum[2] / n] as [number, number, number];
      },
      { x, y, radius },
    );
  }

  async screenshot(name: string, whole = false) {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    if (whole) await this.page.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png` });
    else await this.canvas().screenshot({ path: `${SCREENSHOT_DIR}/${name}.png` });
  }
}

/** Share of pixels that differ between two masks, relative to the skin pixels of either. */
export function silhouetteChange(a: BodyMask, b: BodyMask): number {
  let changed = 0;
  let union = 0;
  for (let i = 0; i < a.bits.length; i++) {
    if (a.bits[i] || b.bits[i]) union++;
    if (a.bits[i] !== b.bits[i]) changed++;
  }
  return union === 0 ? 0 : changed / union;
}

/** Makes the page behave as in a browser without WebGL: every WebGL context request fails. */
export async function disableWebGL(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
      if (type === 'webgl2' || type === 'webgl') return null;
      return (original as (...a: unknown[]) => unknown).call(this, type, ...rest);
    } as typeof original;
  });
}
