import type { Page } from '@playwright/test';

/**
 * Waits until React has taken over the page (app/components/hydration-marker.tsx). Before that,
 * what is typed into a field could be overwritten with the value the server drew. A page reached
 * by a client-side link is drawn by React itself, and the mark is already there.
 */
export async function waitForHydration(page: Page) {
  await page.locator('html[data-hydrated="true"]').waitFor({ state: 'attached' });
}
