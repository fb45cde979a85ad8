// What the fixture (e2e/fixtures.ts) checks on every page a test opens, in any browser context:
// axe's WCAG 2.2 AA rules on each of our documents as it is left (the moment its next document or
// client-side navigation is requested, which waits for the check) and on every page still open
// when a context closes or the test ends; and every console error or uncaught page error.
// Checking as a page is left sees its final state and never races the test's own steps.
import type { BrowserContext, Page, Request, Route } from '@playwright/test';
import { accessibilityViolations } from './accessibility';

/** Errors that only say the page went away while it was being checked: nothing to check then. */
const GONE = /Execution context was destroyed|Target page, context or browser has been closed|Target closed|frame was detached|navigat/i;
const CHECK_TIMEOUT = 20_000;

export class PageChecks {
  readonly violations: string[] = [];
  readonly consoleErrors: string[] = [];
  private readonly contexts = new Set<BrowserContext>();
  private readonly pages = new WeakSet<Page>();
  /** Each page's checks run one after another. */
  private readonly queues = new WeakMap<Page, Promise<void>>();
  /** A page already checked with the same address and markup need not be checked again. */
  private readonly seen = new Set<string>();
  private readonly setups: Promise<unknown>[] = [];
  private stopped = false;

  constructor(private readonly origin: string) {}

  /** Watches a context's pages from now on; its close first checks the pages it still has. */
  watch(context: BrowserContext) {
    if (this.contexts.has(context)) return;
    this.contexts.add(context);
    context.on('page', (page) => this.watchPage(page));
    context.pages().forEach((page) => this.watchPage(page));
    this.setups.push(context.route((url) => url.origin === this.origin && !url.pathname.startsWith('/_next/static/'), (route) => this.beforeLeaving(route)));
    const close = context.close.bind(context);
    context.close = async (options) => {
      await this.checkOpenPages(context);
      return close(options);
    };
  }

  /** Resolves once every context's watching is in place. */
  async ready() {
    await Promise.all(this.setups);
  }

  /** The test is over: contexts closed from now on are Playwright's own clearing up. */
  stop() {
    this.stopped = true;
  }

  async checkOpenPages(context?: BrowserContext) {
    if (this.stopped) return;
    const contexts = context ? [context] : [...this.contexts];
    await Promise.all(contexts.flatMap((c) => c.pages()).map((page) => this.check(page)));
  }

  private watchPage(page: Page) {
    if (this.pages.has(page)) return;
    this.pages.add(page);
    page.on('console', (message) => {
      if (message.type() === 'error') this.consoleErrors.push(`${message.text()} (at ${message.location().url || page.url()})`);
    });
    page.on('pageerror', (error) => this.consoleErrors.push(`${error.name}: ${error.message} (on ${page.url()})`));
  }

  private async beforeLeaving(route: Route) {
    const page = leavingPage(route.request());
    if (page && !this.stopped) await this.check(page);
    // The page or its context may have closed meanwhile: then there is nothing left to let through.
    await route.fallback().catch(() => {});
  }

  /** Runs axe on the page as it is now, after any check of it already under way. */
  check(page: Page): Promise<void> {
    const previous = this.queues.get(page) ?? Promise.resolve();
    const next = previous.then(() => this.analyse(page));
    this.queues.set(page, next);
    return next;
  }

  private async analyse(page: Page) {
    const url = page.url();
    if (page.isClosed() || !url.startsWith(`${this.origin}/`)) return;
    try {
      await withTimeout(
        (async () => {
          const fingerprint = `${url} ${await page.evaluate(markupHash)}`;
          if (this.seen.has(fingerprint)) return;
          this.seen.add(fingerprint);
          for (const violation of await accessibilityViolations(page)) this.violations.push(`${url}: ${violation}`);
        })(),
      );
    } catch (error) {
      if (!GONE.test(String(error))) this.violations.push(`${url}: could not be checked: ${String(error)}`);
    }
  }
}

/** The page a request would take away from its current document, or null if it leaves none. */
function leavingPage(request: Request): Page | null {
  let page: Page;
  try {
    page = request.frame().page();
    if (request.frame() !== page.mainFrame()) return null;
  } catch {
    return null; // a service worker's request has no page
  }
  if (request.isNavigationRequest()) return page;
  // A client-side navigation: Next fetches the next page's React Server Components payload.
  const headers = request.headers();
  const clientNavigation = headers['rsc'] === '1' && !headers['next-router-prefetch'] && !headers['next-action'];
  return clientNavigation ? page : null;
}

/** In the page: a short hash of its markup. */
function markupHash() {
  const html = document.documentElement.outerHTML;
  let hash = 0;
  for (let i = 0; i < html.length; i += 1) hash = (hash * 31 + html.charCodeAt(i)) | 0;
  return `${html.length}:${hash}`;
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
