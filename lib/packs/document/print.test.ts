// The pack on paper (issue 12, "Print"): A4, no navigation, a page per section where the reference
// pack starts one, table headers repeated on every page, charts and KPI panels kept whole, and each
// chart's figures printed (a closed <details> prints as its summary alone). First the rules as the
// stylesheet writes them; then, where Chromium is installed, as a browser applies them to the page.
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumExecutable } from '../pdf';
import { renderPackDocument, type PackDocumentOptions } from './render';
import { packStylesheet } from './styles';
import { asPublished, publishedOctober2020, type PublishedPackForTest } from './testing';

/** The inside of every `@media print{…}` block of a stylesheet, braces balanced. */
function printBlocks(css: string): string[] {
  const blocks: string[] = [];
  for (const start of css.matchAll(/@media print\s*\{/g)) {
    let depth = 1;
    let i = start.index + start[0].length;
    const from = i;
    for (; depth > 0 && i < css.length; i += 1) depth += css[i] === '{' ? 1 : css[i] === '}' ? -1 : 0;
    blocks.push(css.slice(from, i - 1));
  }
  return blocks;
}

/** The declarations print gives a selector: every rule of the print blocks whose selector list names it. */
function printDeclarations(css: string, selector: string): string[] {
  return printBlocks(css).flatMap((block) =>
    [...block.matchAll(/([^{}]+)\{([^{}]*)\}/g)]
      .filter(([, selectors]) => selectors!.split(',').map((s) => s.trim()).includes(selector))
      .flatMap(([, , declarations]) => declarations!.split(';').map((d) => d.trim()).filter(Boolean)),
  );
}

let pack: PublishedPackForTest;
let screen: PackDocumentOptions;

beforeAll(async () => {
  pack = await publishedOctober2020();
  screen = asPublished(pack, {
    home: '/',
    allPacks: '/packs',
    downloads: { pdf: '/packs/2020-10/v1.pdf', csv: '/packs/2020-10/v1.csv', xlsx: '/packs/2020-10/v1.xlsx' },
    pdfUnavailable: null,
    versions: [{ version: 1, href: '/packs/2020-10/v1', publishedAt: pack.publishedAt }],
  });
});

describe('the print stylesheet', () => {
  const css = packStylesheet(false);

  it('prints on A4', () => {
    expect(css).toMatch(/@page\{size:A4;/);
  });

  it('repeats every table’s header row at the top of each page it runs onto', () => {
    expect(printDeclarations(css, 'thead')).toContain('display:table-header-group');
  });

  it('starts a new page for each section the reference starts one for', () => {
    expect(printDeclarations(css, '.page-break')).toContain('break-before:page');
    const { html } = renderPackDocument(pack.snapshot, screen);
    const startsPage = [...html.matchAll(/<section id="([^"]+)"( class="page-break")?/g)].map(([, id, pageBreak]) => [id, Boolean(pageBreak)]);
    // The title, version and definitions share the first page, as the reference's first page has them.
    expect(startsPage).toEqual([
      ['version', false],
      ['rag-definitions', false],
      ['kpis', true],
      ['supporting', true],
      ['commentary', true],
      ['summary', true],
    ]);
  });

  it('keeps charts, KPI panels, commentary and table rows whole', () => {
    for (const selector of ['figure', 'svg', '.kpi', '.kpi-chart', '.commentary-item', 'tr']) {
      expect(printDeclarations(css, selector), selector).toContain('break-inside:avoid');
    }
    for (const selector of ['h2', 'h3']) expect(printDeclarations(css, selector), selector).toContain('break-after:avoid');
  });

  it('prints no navigation: skip link, site header, contents, download links and other screen-only parts', () => {
    for (const selector of ['.skip-link', '.site-header', '.toc', '.downloads', '.screen-only']) {
      expect(printDeclarations(css, selector), selector).toContain('display:none!important');
    }
  });

  it('prints what is kept for print only, which the screen never shows', () => {
    expect(printDeclarations(css, '.print-only')).toContain('display:block');
    expect(css).toMatch(/(^|\n)\.print-only\{display:none\}/);
  });
});

const executable = chromiumExecutable();

describe.skipIf(!executable)('the screen page printed by Chromium (skipped when Chromium is not installed: set CHROMIUM_PATH)', () => {
  let browser: Browser;
  let page: Page;
  const style = (selector: string, property: string) =>
    page.locator(selector).first().evaluate((element, name) => getComputedStyle(element).getPropertyValue(name), property);
  /** Whether each element matched is rendered: not under display:none, nor inside a closed <details>. */
  const shown = (selector: string) => page.locator(selector).evaluateAll((elements) => elements.map((e) => e.checkVisibility()));

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: executable!, args: ['--no-sandbox', '--disable-gpu'] });
    // The page has no script of its own; the test's only script is its own reading of the styles.
    page = await (await browser.newContext({ offline: true })).newPage();
    await page.setContent(renderPackDocument(pack.snapshot, screen).html, { waitUntil: 'load' });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('on screen: the navigation and the folded figures; the print-only tables hidden', async () => {
    await page.emulateMedia({ media: 'screen' });
    expect(await shown('.site-header, nav.toc, details.kpi-chart__figures')).toEqual(Array(2 + 6).fill(true));
    expect(await shown('.kpi-chart__figures.print-only')).toEqual(Array(6).fill(false));
    // Folded: the figures are in the page but not shown until the reader opens them.
    expect(await shown('details.kpi-chart__figures table')).toEqual(Array(7).fill(false));
  });

  it('in print: no navigation, section page breaks, headers repeated, charts and panels whole, every chart’s figures shown', async () => {
    await page.emulateMedia({ media: 'print' });
    expect(await shown('.skip-link, .site-header, nav.toc, .downloads, details.kpi-chart__figures')).toEqual(Array(4 + 6).fill(false));
    expect(await style('#kpis', 'break-before')).toBe('page');
    expect(await style('#summary', 'break-before')).toBe('page');
    expect(await style('table.supporting thead', 'display')).toBe('table-header-group');
    expect(await style('figure.kpi-chart', 'break-inside')).toBe('avoid');
    expect(await style('.kpi', 'break-inside')).toBe('avoid');
    expect(await shown('.kpi-chart__figures.print-only table')).toEqual(Array(7).fill(true));
    expect(await page.locator('.kpi-chart__figures.print-only').first().innerText()).toContain('October\t89.1%');
  });
});
