import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { sizeChecks, transferByKind } from '../../scripts/bench/budgets';
import { expect, test } from './fixtures';
import { BodyPage } from './pages/body-page';

/** The file in dist/ that the preview server sent for a URL. */
function builtFile(url: string): Buffer {
  const path = new URL(url).pathname;
  return readFileSync(new URL(`../../dist${path === '/' ? '/index.html' : path}`, import.meta.url));
}

test.describe('first load', () => {
  test('the first view fetches at most 700 KB gzipped, at most 350 KB of it script, and nothing it can load later', async ({ page }) => {
    const body = new BodyPage(page);
    await body.open();
    await body.waitForPoints();
    const urls = await page.evaluate(() => [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')].map((e) => e.name));
    // The same gzip (zlib's default level) as the bench's server, so CI and the bench agree.
    const transfer = transferByKind(urls.map((url) => ({ url, bytes: gzipSync(builtFile(url)).length })));
    for (const check of sizeChecks(transfer)) {
      expect(check.ok, `${check.name}: ${check.value.toFixed(1)}, budget ${check.limit}`).toBe(true);
    }
    expect(transfer.body, 'the body asset is loaded').toBeGreaterThan(100_000);
    const lazy = urls.filter((url) => /PainPanel|point-search|mesh-bvh/.test(url));
    expect(lazy, 'chunks meant for later (pain panel, search, BVH)').toEqual([]);
  });
});
