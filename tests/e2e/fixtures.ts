import { test as base, expect } from '@playwright/test';

const ALLOWED_HOSTS = new Set(['127.0.0.1:4173', 'localhost:4173']);
const ALLOWED_PROTOCOLS = new Set(['data:', 'blob:', 'about:']);

export function isAllowedUrl(url: URL): boolean {
  return ALLOWED_PROTOCOLS.has(url.protocol) || ALLOWED_HOSTS.has(url.host);
}

type GuardOptions = {
  /** Record and abort external requests, but do not fail the test because of them. */
  allowExternal: boolean;
  /** Do not fail the test on uncaught page errors (they are still recorded). */
  allowPageErrors: boolean;
};

type GuardFixtures = {
  /** URLs of blocked requests to hosts other than the local preview server. */
  externalRequests: string[];
  /** Uncaught errors from any page of the test's context. */
  pageErrors: string[];
  /** console.error messages from any page of the test's context. */
  consoleErrors: string[];
  networkGuard: void;
};

export const test = base.extend<GuardOptions & GuardFixtures>({
  allowExternal: [false, { option: true }],
  allowPageErrors: [false, { option: true }],
  externalRequests: async ({}, use) => {
    await use([]);
  },
  pageErrors: async ({}, use) => {
    await use([]);
  },
  consoleErrors: async ({}, use) => {
    await use([]);
  },
  networkGuard: [
    async (
      { context, allowExternal, allowPageErrors, externalRequests, pageErrors, consoleErrors },
      use,
      testInfo,
    ) => {
      // The app must work fully offline: block (and record) everything non-local.
      await context.route(
        (url) => !isAllowedUrl(url),
        (route) => {
          externalRequests.push(route.request().url());
          return route.abort('blockedbyclient');
        },
      );
      await context.routeWebSocket(
        (url) => !isAllowedUrl(url),
        (ws) => {
          externalRequests.push(ws.url());
          return ws.close();
        },
      );
      context.on('weberror', (e) => pageErrors.push(e.error().stack ?? String(e.error())));
      context.on('console', (msg) => {
        if (msg.type() === 'error') consoleErrors.push(msg.text());
      });

      await use();

      const attach = (name: string, lines: string[]) =>
        lines.length
          ? testInfo.attach(name, { body: lines.join('\n'), contentType: 'text/plain' })
          : Promise.resolve();
      await attach('external-requests', externalRequests);
      await attach('page-errors', pageErrors);
      await attach('console-errors', consoleErrors);

      if (!allowExternal) expect(externalRequests, 'requests to non-local hosts').toEqual([]);
      if (!allowPageErrors) expect(pageErrors, 'uncaught page errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
