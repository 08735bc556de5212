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

  async screenshot(name: string) {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await this.canvas().screenshot({ path: `${SCREENSHOT_DIR}/${name}.png` });
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
