// What the fixture (e2e/fixtures.ts) checks on every page a test opens, in any browser context:
// axe's WCAG 2.2 AA rules on each page of ours it shows, once loaded (a new document, or a
// client-side move to another address), on every page still open when its context is closed, and
// on every page open when the test ends (its final state); and every console error or uncaught
// page error. A check on arrival runs beside the test's own steps and only reads the page; one cut
// short because the page moved on is skipped, since the next page (or the end of the test) brings
// a check of its own.
import type { BrowserContext, Page } from '@playwright/test';
import { accessibilityViolations } from './accessibility';
import { pageStructure } from './page-structure';

const CHECK_TIMEOUT = 20_000;
/** Errors that only say the page went away while it was being checked. */
const GONE = /Execution context was destroyed|Target page, context or browser has been closed|Target closed|frame was detached/i;

/**
 * Every page checked in this worker, by address and structure (e2e/page-structure.ts): the same
 * page again is the same answer.
 */
const SEEN = new Set<string>();
/**
 * Checks on arrival started, by address and structure. A page the test always leaves before axe
 * is done (the sign-in form, filled and sent at once) would otherwise be checked in full at every
 * visit and the answer thrown away each time: after two tries it is left to the check every page
 * gets when its context closes or the test ends.
 */
const STARTED_ON_ARRIVAL = new Map<string, number>();
const TRIES_ON_ARRIVAL = 2;

export class PageChecks {
  readonly violations: string[] = [];
  readonly consoleErrors: string[] = [];
  private readonly contexts = new Set<BrowserContext>();
  private readonly pages = new WeakSet<Page>();
  /** Each page's checks run one after another. */
  private readonly queues = new WeakMap<Page, Promise<void>>();
  /** How many times each page has moved to another address: a check that fails after a move is moot. */
  private readonly moves = new WeakMap<Page, number>();
  /** Whether a context runs scripts, which axe needs (its timers never fire without them). */
  private readonly scripted = new WeakMap<BrowserContext, Promise<boolean>>();
  /**
   * A page already checked with the same address and markup need not be checked again, in this test
   * or a later one (the suite runs in one worker, so this is the whole run).
   */
  private readonly seen = SEEN;
  private stopped = false;

  constructor(private readonly origin: string) {}

  /** Watches a context's pages from now on; closing it first checks the pages it still has. */
  watch(context: BrowserContext) {
    if (this.contexts.has(context)) return;
    this.contexts.add(context);
    context.on('page', (page) => this.watchPage(page));
    context.pages().forEach((page) => this.watchPage(page));
    const close = context.close.bind(context);
    context.close = async (options) => {
      await this.checkOpenPages(context);
      return close(options);
    };
  }

  /** The test is over: contexts closed from now on are Playwright's own clearing up. */
  stop() {
    this.stopped = true;
  }

  /** Checks each page as it is now, scrolled to the top: nothing else will happen to it. */
  async checkOpenPages(context?: BrowserContext) {
    if (this.stopped) return;
    const contexts = context ? [context] : [...this.contexts];
    await Promise.all(contexts.flatMap((c) => c.pages()).map((page) => this.check(page, { scrollToTop: true })));
  }

  private watchPage(page: Page) {
    if (this.pages.has(page)) return;
    this.pages.add(page);
    // A page the test opened that answered 403 or 404 (an address that is not there, a page the
    // person may not see) is what the test asked for, not a fault: Chromium still logs it as an
    // error, so those documents' own lines are left out. A missing image or script still counts.
    const refusedDocuments = new Set<string>();
    page.on('response', (response) => {
      if (response.request().isNavigationRequest() && [401, 403, 404].includes(response.status())) refusedDocuments.add(response.url());
    });
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      const at = message.location().url || page.url();
      if (/^Failed to load resource: the server responded with a status of 40[134]\b/.test(message.text()) && refusedDocuments.has(at)) return;
      this.consoleErrors.push(`${message.text()} (at ${at})`);
    });
    page.on('pageerror', (error) => this.consoleErrors.push(`${error.name}: ${error.message} (on ${page.url()})`));
    // A new document, or a client-side move to another page of the app (Next changes the address
    // once the new page is drawn): check it once it has loaded.
    page.on('framenavigated', (frame) => {
      if (frame !== page.mainFrame()) return;
      this.moves.set(page, (this.moves.get(page) ?? 0) + 1);
      page.waitForLoadState('load').then(() => this.check(page), () => {});
    });
  }

  /** Runs axe on the page, after any check of it already under way. */
  private check(page: Page, options: { scrollToTop?: boolean } = {}): Promise<void> {
    if (this.stopped) return Promise.resolve();
    const previous = this.queues.get(page) ?? Promise.resolve();
    const next = previous.then(() => this.analyse(page, options));
    this.queues.set(page, next);
    return next;
  }

  private async analyse(page: Page, { scrollToTop = false }) {
    const url = page.url();
    const moves = this.moves.get(page);
    if (page.isClosed() || !url.startsWith(`${this.origin}/`)) return;
    try {
      await withTimeout(
        (async () => {
          if (!(await this.runsScripts(page))) return;
          // Scrolled down, a link half out of view is a smaller target than it is (axe's target-size).
          if (scrollToTop) {
            await page.evaluate(async () => {
              window.scrollTo({ top: 0, left: 0, behavior: 'instant' });
              await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
            });
          }
          const fingerprint = `${url} ${await page.evaluate(pageStructure)}`;
          if (this.seen.has(fingerprint)) return;
          if (!scrollToTop) {
            const tries = STARTED_ON_ARRIVAL.get(fingerprint) ?? 0;
            if (tries >= TRIES_ON_ARRIVAL) return;
            STARTED_ON_ARRIVAL.set(fingerprint, tries + 1);
          }
          const violations = await accessibilityViolations(page);
          // Moved on meanwhile: the answer may be about another page, which brings its own check.
          if (this.moves.get(page) !== moves || page.url() !== url) return;
          for (const violation of violations) this.violations.push(`${url}: ${violation}`);
          this.seen.add(fingerprint);
        })(),
      );
    } catch (error) {
      // The page moved on, or closed, while it was being checked: the next page brings its own check.
      if (GONE.test(String(error))) return;
      await page.waitForLoadState('load').catch(() => {});
      if (page.isClosed() || this.moves.get(page) !== moves) return;
      this.violations.push(`${url}: could not be checked: ${String(error)}`);
    }
  }

  /**
   * A browser without JavaScript (as one test uses) cannot run axe: its pages are the markup the
   * server draws for everyone, which the other tests check.
   */
  private runsScripts(page: Page) {
    const context = page.context();
    let answer = this.scripted.get(context);
    if (!answer) {
      const timerFires = page.evaluate(() => new Promise<boolean>((resolve) => setTimeout(() => resolve(true), 0)));
      answer = Promise.race([timerFires, new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 5_000))]);
      // A page that moved on during the question has not answered it: ask again next time.
      answer.catch(() => this.scripted.delete(context));
      this.scripted.set(context, answer);
    }
    return answer;
  }
}

async function withTimeout(work: Promise<void>) {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the check took longer than ${CHECK_TIMEOUT / 1000} s`)), CHECK_TIMEOUT);
  });
  try {
    await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
