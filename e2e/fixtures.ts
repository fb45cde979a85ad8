// The `test` and `expect` every spec imports. On top of Playwright's own:
// - every page the test opens, in any browser context, is checked with axe (WCAG 2.2 AA) as each
//   of its documents loads and as it is at the end of the test (e2e/page-checks.ts); the test fails
//   on any console error or uncaught page error unless it matches `allowedConsoleErrors`;
// - `signedInAs` starts the test's own `page` with a demo account's saved session.
import { test as base, expect } from '@playwright/test';
import { PageChecks } from './page-checks';
import { sessionFile } from './sessions';
import type { Role } from './sign-in';

export type FixtureOptions = {
  /**
   * Console errors the test provokes on purpose, each matched against "message (at url)", e.g. a
   * request it aborts or a forbidden page it opens. Keep each pattern narrow, and say why.
   */
  allowedConsoleErrors: RegExp[];
  /** The demo account whose saved session the test's `page` and `context` start with; null: none. */
  signedInAs: Role | null;
};

/**
 * The value for `test.use({ allowedConsoleErrors: ... })`. Playwright would read a bare list of
 * two or more patterns as a fixture's [value, options] pair, so the list goes through here.
 */
export function allowConsoleErrors(...patterns: RegExp[]): [RegExp[], { scope: 'test' }] {
  return [patterns, { scope: 'test' }];
}

export const test = base.extend<FixtureOptions & { pageChecks: PageChecks }>({
  allowedConsoleErrors: [[], { option: true }],
  signedInAs: [null, { option: true }],
  // (`provide` is Playwright's `use`, named so that React's lint rules do not take it for a hook.)
  storageState: async ({ storageState, signedInAs }, provide) => {
    await provide(signedInAs ? sessionFile(signedInAs) : storageState);
  },
  pageChecks: [
    async ({ browser, context, baseURL, allowedConsoleErrors }, provide, testInfo) => {
      const checks = new PageChecks(new URL(baseURL!).origin);
      const watch = (created: typeof context) => checks.watch(created);
      checks.watch(context);
      // Contexts the test makes itself: a second person, a browser without JavaScript.
      browser.on('context', watch);
      try {
        await provide(checks);
      } finally {
        browser.off('context', watch);
      }
      // A failed test's pages are wherever it stopped; its own error says enough.
      if (testInfo.status === testInfo.expectedStatus) await checks.checkOpenPages();
      checks.stop();
      expect(checks.violations, 'axe found WCAG 2.2 AA violations on pages the test visited').toEqual([]);
      const unexpected = checks.consoleErrors.filter((error) => !allowedConsoleErrors.some((allowed) => allowed.test(error)));
      expect(unexpected, 'console errors in pages the test visited').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
export type { APIRequestContext, Browser, BrowserContext, Page, Request, Route } from '@playwright/test';
