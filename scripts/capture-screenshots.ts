/** Drives the built app in headless Chromium and saves one picture per view. */
import { mkdirSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_EXECUTABLE } from '../tests/chromium';

const [url = 'http://127.0.0.1:4174/', outDir = 'docs/screenshots'] = process.argv.slice(2);

async function settle(page: Page) {
  await page.waitForTimeout(1800);
}

/** A selected pattern as a person sees it: the whole app, then the body from the front and the back. */
async function capturePatterns(page: Page) {
  await page.goto(`${url}?tp=infraspinatus-1&side=right`);
  await page.waitForFunction(() => window.__myomap?.lastSelectionPaint != null, undefined, { timeout: 60_000 });
  await settle(page);
  await page.screenshot({ path: `${outDir}/app-infraspinatus.png` });
  for (const view of ['front', 'back'] as const) {
    await page.evaluate((v) => window.__myomap!.setView(v), view);
    await settle(page);
    await page.locator('canvas').screenshot({ path: `${outDir}/pattern-infraspinatus-${view}.png` });
  }
  await page.goto(`${url}?tp=upper-trapezius-1&side=left`);
  await page.waitForFunction(() => window.__myomap?.lastSelectionPaint != null, undefined, { timeout: 60_000 });
  await settle(page);
  await page.screenshot({ path: `${outDir}/app-upper-trapezius.png` });
  await capturePainDrawing(page);
}

/** "Where does it hurt?" with a drawn headache at the temple and the second candidate's pattern over it. */
async function capturePainDrawing(page: Page) {
  await page.goto(url);
  await page.waitForFunction(() => window.__myomap?.getState().dataset === 'ready' && window.__myomap.readyAt != null, undefined, { timeout: 60_000 });
  await page.getByRole('tab', { name: 'Where does it hurt?' }).click();
  await page.getByRole('button', { name: 'Headache at the temple' }).click();
  await page.getByRole('button', { name: /None of these apply/ }).click();
  await page.getByTestId('pain-candidate').nth(1).getByRole('button', { name: /Show pattern/ }).click();
  await page.mouse.move(2, 2);
  await settle(page);
  await page.screenshot({ path: `${outDir}/app-pain-drawing.png` });
}

async function main() {
  mkdirSync(outDir, { recursive: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM_EXECUTABLE, args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 1440, height: 960 } });
  await page.goto(url);
  await page.waitForFunction(() => window.__myomap?.readyAt != null, undefined, { timeout: 60_000 });
  for (const view of ['front', 'back', 'left', 'right'] as const) {
    await page.evaluate((v) => window.__myomap!.setView(v), view);
    await settle(page);
    await page.locator('canvas').screenshot({ path: `${outDir}/body-${view}.png` });
  }
  await page.evaluate(() => window.__myomap!.setView('front'));
  await settle(page);
  const box = (await page.locator('canvas').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 - 120, box.y + box.height / 2, { steps: 8 });
  await page.mouse.up();
  await page.mouse.move(2, 2);
  await settle(page);
  await page.locator('canvas').screenshot({ path: `${outDir}/body-three-quarter.png` });
  await capturePatterns(page);
  await browser.close();
  console.log(`screenshots saved to ${outDir}/`);
}

await main();
