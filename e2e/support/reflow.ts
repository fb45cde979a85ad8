// Reflow at 320 CSS px (WCAG 2.2 1.4.10), as e2e/reflow.spec.ts checks every page and other specs
// check the states of a page only their journeys reach.
import type { Page } from '@playwright/test';

export const VIEWPORT = { width: 320, height: 640 };

/** What makes the page scroll sideways, or scrolls without a name or keyboard focus. */
export function reflowProblems(page: Page) {
  return page.evaluate((width) => {
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.getAttribute('data-testid') ? `[data-testid=${el.getAttribute('data-testid')}]` : ''}`;
    const problems: string[] = [];
    const pageWidth = Math.max(document.documentElement.scrollWidth, document.body.scrollWidth);
    if (pageWidth > width) {
      const beyond = [...document.querySelectorAll('body *')].filter((el) => el.getBoundingClientRect().right > width + 0.5);
      // Outside any scroll region if there are such; else what escapes one (absolutely placed text).
      const outside = beyond.filter((el) => !el.closest('[role=region]'));
      const wide = (outside.length > 0 ? outside : beyond).slice(-3).map(describe);
      problems.push(`the page is ${pageWidth}px wide (widest: ${wide.join(', ')})`);
    }
    for (const el of document.querySelectorAll('body *')) {
      const { overflowX } = getComputedStyle(el);
      if ((overflowX !== 'auto' && overflowX !== 'scroll') || el.scrollWidth <= el.clientWidth) continue;
      const labelledBy = el.getAttribute('aria-labelledby');
      const name = (labelledBy ? document.getElementById(labelledBy)?.textContent : el.getAttribute('aria-label'))?.trim();
      const focusable = (el as HTMLElement).tabIndex >= 0;
      if (el.getAttribute('role') !== 'region' || !name || !focusable) {
        problems.push(`${describe(el)} scrolls sideways but is not a named, focusable region`);
      }
    }
    return problems;
  }, VIEWPORT.width);
}
