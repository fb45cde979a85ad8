import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** WCAG 2.2 AA, the standard UK public-sector sites are held to. */
export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** The page's WCAG 2.2 AA violations, one line each: rule, what it asks, where. */
export async function accessibilityViolations(page: Page) {
  // Legacy mode runs axe in the page itself; the default finishes in a blank page of its own,
  // which the checks in e2e/fixtures.ts would then have to tell from the test's pages.
  // The fixture's own check of the page may be running: axe runs one at a time in a page.
  // Only violations are asked for: every violation is still given in full, but axe no longer
  // describes each of the page's thousands of passing elements. `options` replaces what the
  // builder holds, so it comes before `withTags`, or every rule would run, best practice too.
  for (let attempt = 0; ; attempt += 1) {
    try {
      const { violations } = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).withTags(WCAG_22_AA).setLegacyMode(true).analyze();
      return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    } catch (error) {
      if (attempt >= 50 || !/Axe is already running/.test(String(error))) throw error;
      await page.waitForTimeout(200);
    }
  }
}

/** Checks the page as it is now; the fixture checks every page again as it is left. */
export async function expectNoAccessibilityViolations(page: Page) {
  expect(await accessibilityViolations(page), 'axe found WCAG 2.2 AA violations').toEqual([]);
}
