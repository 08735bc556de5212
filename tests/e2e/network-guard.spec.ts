import { expect, test } from './fixtures';

const PAGE = '/__network-guard-selftest';

// Serves a local page without depending on what the app build contains.
test.beforeEach(async ({ page }) => {
  await page.route(`**${PAGE}`, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>guard</title>' }),
  );
});

async function fetchFromPage(page: import('@playwright/test').Page, url: string) {
  return page.evaluate(async (u) => {
    try {
      const r = await fetch(u);
      return `ok ${r.status}`;
    } catch (e) {
      return `failed ${(e as Error).message}`;
    }
  }, url);
}

test.describe('with allowExternal', () => {
  test.use({ allowExternal: true });

  test('records and aborts requests to external hosts', async ({ page, externalRequests }) => {
    await page.goto(PAGE);
    expect(await fetchFromPage(page, 'http://example.invalid/x')).toMatch(/^failed/);
    expect(externalRequests).toEqual(['http://example.invalid/x']);
  });

  test('does not record local, data: or blob: requests', async ({ page, externalRequests }) => {
    await page.goto(PAGE);
    expect(await fetchFromPage(page, PAGE)).toBe('ok 200');
    expect(await fetchFromPage(page, 'data:text/plain,hi')).toBe('ok 200');
    const blob = await page.evaluate(() => URL.createObjectURL(new Blob(['hi'])));
    expect(await fetchFromPage(page, blob)).toBe('ok 200');
    expect(externalRequests).toEqual([]);
  });
});

test('fails the test on an external request by default', async ({ page }) => {
  test.fail(true, 'the guard must turn an external request into a test failure');
  await page.goto(PAGE);
  await fetchFromPage(page, 'http://example.invalid/x');
});

test('fails the test on an uncaught page error by default', async ({ page }) => {
  test.fail(true, 'the guard must turn a pageerror into a test failure');
  await page.goto(PAGE);
  await page.evaluate(() => setTimeout(() => { throw new Error('boom'); }));
  await page.waitForTimeout(200);
});

test.describe('with allowPageErrors', () => {
  test.use({ allowPageErrors: true });

  test('records uncaught page errors', async ({ page, pageErrors }) => {
    await page.goto(PAGE);
    await page.evaluate(() => setTimeout(() => { throw new Error('boom'); }));
    await expect.poll(() => pageErrors.join('\n')).toContain('boom');
  });
});
