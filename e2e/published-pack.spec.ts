// The committee pack as committee members read it: the list of packs, the October 2020 pack with
// the reference pack's figures, its downloads, and who may read what. The pack page is a document
// with no script at all; the fixture checks every page with axe.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import ExcelJS from 'exceljs';
import { expect, test, type Page } from './fixtures';
import { DEMO, signIn } from './sign-in';
import { seededDatabase, startServer } from './support/extra-server';

/** The reference pack's supporting table, October 2020: current position, YTD and RAG. */
const SUPPORTING: Record<string, [string, string, string]> = {
  SM1: ['379.8', '379.8', 'Not rated'], SM2: ['73.3', '73.3', 'Not rated'], SM3: ['113.6', '113.6', 'Not rated'],
  SM4: ['22.1%', '24.0%', 'Amber'], SM5: ['85.4%', '93.2%', 'Green'], SM6: ['90.7%', '90.7%', 'Green'],
  SM7: ['96.3%', '96.3%', 'Green'], SM8: ['n/ava', 'n/ava', 'Blue'], SM9: ['n/ava', 'n/ava', 'Blue'],
  SM10: ['89.7%', '89.7%', 'Green'], SM11: ['0.05%', '-', 'Green'], SM12: ['86.8%', '81.0%', 'Not rated'],
  SM13: ['0.0%', '9.0%', 'Green'], SM14: ['73 (52)', '433 (247)', 'Not rated'], SM15: ['41 (25)', '381 (84)', 'Not rated'],
  SM16: ['n/a', '100%', 'Green'], SM17: ['0.0%', '0.0%', 'Green'], SM18: ['56.8%', '56.8%', 'Not rated'],
  SM19: ['100%', '100%', 'Green'], SM20: ['1', '10', 'Blue'], SM21: ['247', '247', 'Not rated'],
  SM22: ['6.5%', '6.5%', 'Blue'], SM23: ['1.15%', '-', 'Green'], SM24: ['-', '-', 'Blue'],
  SM25: ['100%', '-', 'Green'], SM26: ['100%', '-', 'Green'],
};

/** The six contractual KPIs: title, target, position and rating as the reference pack prints them. */
const KPIS: Record<string, [string, string, string, string]> = {
  KPI1: ['% of Early Help cases that were closed with two or more successful outcomes (TfC)', '65%', '89.1%', 'Green'],
  KPI2: ['Rate of first-time entrants into the Youth Justice System', '375', '339', 'Green'],
  KPI3: ['% of all referrals with a decision within 24 hours', '95%', '88.5%', 'Amber'],
  KPI4: ['% of children subject to a child protection plan who have received a statutory visit within 20 working days', '95%', '94.5%', 'Amber'],
  KPI5: ['% of Cared for Children with 3+ placements in the last 12 months', '11%', '10.8%', 'Green'],
  KPI6: ['% of Cared for Children with an up to date Education Plan', '85%', '89.9%', 'Green'],
};

/** Every script the page asked for, and every script element in it. */
async function scriptsOf(page: Page, open: () => Promise<unknown>) {
  const requested: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') requested.push(request.url());
  });
  await open();
  return { requested, elements: await page.locator('script').count() };
}

/** A cell of the supporting table, by its ref and its column's heading ("RAG", "YTD"). */
async function supportingCell(page: Page, ref: string, column: string) {
  const table = page.locator('table.supporting');
  const headings = await table.locator('thead th').allTextContents();
  const index = headings.findIndex((heading) => heading.trim() === column);
  expect(index, column).toBeGreaterThanOrEqual(0);
  return table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: ref, exact: true }) }).locator('th, td').nth(index);
}

test('anyone reads the published October 2020 pack without signing in: the reference pack, figure by figure, with no script', async ({ page }) => {
  await page.goto('/packs');
  await expect(page.getByRole('heading', { level: 1, name: 'Published packs' })).toBeVisible();
  await expect(page.getByTestId('pack-2020-10-v1')).toContainText('Public');
  await expect(page.getByTestId('pack-2020-07-v1')).toBeVisible();

  const { requested, elements } = await scriptsOf(page, () => page.getByRole('link', { name: 'October 2020, version 1' }).click());
  await expect(page).toHaveURL(/\/packs\/2020-10\/v1$/);
  expect(requested).toEqual([]);
  expect(elements).toBe(0);

  await expect(page).toHaveTitle(/Together for Children Performance Report.*October 2020/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Together for Children Performance Report');
  await expect(page.locator('main')).toContainText('7 January 2021');
  await expect(page.locator('main')).toContainText('Jill Colbert, Chief Executive');
  await expect(page.locator('main')).toContainText('performance over August to October 2020');
  for (const word of ['Red', 'Amber', 'Green', 'Blue']) await expect(page.locator('main')).toContainText(word);

  for (const [ref, [title, target, position, rating]] of Object.entries(KPIS)) {
    const kpi = page.locator(`#kpi-${ref}`);
    await expect(kpi, ref).toContainText(title);
    await expect(kpi, ref).toContainText(target);
    await expect(kpi, ref).toContainText(position);
    await expect(kpi, ref).toContainText(rating);
  }
  for (const [ref, [current, ytd, rating]] of Object.entries(SUPPORTING)) {
    await expect(await supportingCell(page, ref, 'Current position'), ref).toHaveText(current);
    await expect(await supportingCell(page, ref, 'YTD'), ref).toHaveText(ytd);
    const rag = await supportingCell(page, ref, 'RAG');
    if (rating === 'Not rated') {
      // The reference's "-" for the eye, the words for a screen reader.
      await expect(rag.locator('[aria-hidden="true"]'), ref).toHaveText('-');
      await expect(rag.locator('.visually-hidden'), ref).toHaveText('Not rated');
      await expect(rag.locator('.rag'), ref).toHaveCount(0);
    } else {
      await expect(rag.locator('.rag'), ref).toHaveText(`${rating[0]}${rating}`);
    }
  }
  // The commentary on supporting measures rated amber or red: SM4 is the one.
  await expect(page.locator('main')).toContainText('There have been 363 repeat referrals since April 2020');
  // Judged ratings say so.
  await expect(await supportingCell(page, 'SM16', 'RAG')).toContainText(/judged/i);
});

test('the pack prints without the site around it, and with every chart’s figures', async ({ page }) => {
  await page.goto('/packs/2020-10/v1');
  // On screen a chart's figures are folded away; their copy for paper is not shown.
  const printedFigures = page.locator('.kpi-chart__figures.print-only table');
  await expect(page.getByText('Figures for the KPI1 chart')).toBeVisible();
  await expect(printedFigures.first()).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('link', { name: 'All published packs' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText('Figures for the KPI1 chart')).toBeHidden();
  await expect(printedFigures).toHaveCount(7);
  for (const table of await printedFigures.all()) await expect(table).toBeVisible();
  await expect(printedFigures.first()).toContainText('KPI1 month by month');
  await expect(printedFigures.first().getByRole('row').filter({ hasText: 'October' })).toContainText('89.1%');
});

test('the downloads: a CSV of 32 measures, a workbook with the grid, and a tagged PDF holding every KPI title', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/packs/2020-10/v1');
  const hrefOf = async (name: RegExp) => (await page.getByRole('link', { name }).first().getAttribute('href'))!;

  const csv = await page.request.get(await hrefOf(/CSV/));
  expect(csv.headers()['content-type']).toContain('text/csv');
  expect(csv.headers()['content-disposition']).toContain('together-for-children-performance-report-2020-10-v1.csv');
  const text = (await csv.body()).toString('utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  const lines = text.trim().split('\r\n');
  expect(lines).toHaveLength(33);
  // Each row starts with its edition, then its ref.
  expect(lines.filter((line) => /^version 1,(KPI|SM)\d+,/.test(line))).toHaveLength(32);
  // The same bytes on every download.
  expect((await (await page.request.get(await hrefOf(/CSV/))).body()).equals(await csv.body())).toBe(true);

  const xlsx = await page.request.get(await hrefOf(/Excel/));
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await xlsx.body()) as unknown as ArrayBuffer);
  expect(workbook.worksheets.map((sheet) => sheet.name).length).toBeGreaterThanOrEqual(2);
  expect(workbook.worksheets[0]!.rowCount).toBeGreaterThanOrEqual(33);

  const pdfResponse = await page.request.get(await hrefOf(/PDF/));
  expect(pdfResponse.headers()['content-type']).toBe('application/pdf');
  const pdf = await pdfResponse.body();
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  const document = await getDocument({ data: new Uint8Array(pdf) }).promise;
  expect((await document.getMarkInfo())?.Marked).toBe(true);
  // Bookmarks: the title, and under it each section and each KPI.
  type Bookmark = { title: string; items: Bookmark[] };
  const titles = (items: Bookmark[] | null): string[] => (items ?? []).flatMap((item) => [item.title, ...titles(item.items)]);
  const bookmarks = titles((await document.getOutline()) as Bookmark[] | null);
  expect(bookmarks.join(' | ')).toMatch(/Contractual key performance indicators.*Supporting indicators.*Summary of indicators/);
  const { info } = (await document.getMetadata()) as { info: { Title?: string } };
  expect(info.Title).toContain('Together for Children Performance Report');
  let words = '';
  for (let number = 1; number <= document.numPages; number += 1) {
    const content = await (await document.getPage(number)).getTextContent();
    words += ` ${content.items.map((item) => ('str' in item ? item.str : '')).join(' ')}`;
  }
  const squeezed = words.replace(/\s+/g, '');
  for (const [ref, [title]] of Object.entries(KPIS)) expect(squeezed, ref).toContain(title.replace(/\s+/g, ''));
  // Each chart's figures are printed, not folded away: KPI1's table, its October row.
  for (const ref of Object.keys(KPIS)) expect(squeezed, ref).toContain(`${ref}monthbymonth`);
  expect(squeezed).toContain('October89.1%');
  // Made once and kept: the second download is the same bytes.
  expect((await (await page.request.get(await hrefOf(/PDF/))).body()).equals(pdf)).toBe(true);
});

test('an address with no published pack is "not found", for anyone', async ({ page }) => {
  for (const path of ['/packs/2020-11', '/packs/2020-09', '/packs/2020-10/v9', '/packs/2031-01/v1.pdf']) {
    const response = await page.request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(404);
  }
  await page.goto('/packs/2020-11');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
});

test('a members-only pack: a committee member and an executive read it; the public and a lead are told "not found"', async ({ browser }) => {
  test.setTimeout(120_000);
  const database = await seededDatabase();
  const run = promisify(execFile);
  // The July 2020 pack again, as version 2 for members only (as a month reopened and published so).
  await run('node_modules/.bin/tsx', ['e2e/support/members-only-pack.ts'], { env: { ...process.env, DATABASE_URL: '', PGLITE_DIR: database.dir } });
  const server = await startServer({ port: Number(process.env.E2E_PORT || '3100') + 7, pgliteDir: database.dir });
  try {
    const anonymous = await browser.newContext({ baseURL: server.baseURL });
    for (const path of ['/packs/2020-07/v2', '/packs/2020-07', '/packs/2020-07/v2.csv']) {
      expect((await anonymous.request.get(path, { maxRedirects: 0 })).status(), path).toBe(404);
    }
    // The public version 1 stays public.
    expect((await anonymous.request.get('/packs/2020-07/v1')).status()).toBe(200);
    const publicList = await anonymous.newPage();
    await publicList.goto('/packs');
    await expect(publicList.getByTestId('pack-2020-07-v1')).toBeVisible();
    await expect(publicList.getByTestId('pack-2020-07-v2')).toHaveCount(0);

    for (const [email, may] of [[DEMO.viewer, true], [DEMO.executive, true], [DEMO.lead, false]] as const) {
      const context = await browser.newContext({ baseURL: server.baseURL });
      const page = await context.newPage();
      await signIn(page, email);
      for (const path of ['/packs/2020-07/v2', '/packs/2020-07', '/packs/2020-07/v2.csv']) {
        expect((await page.request.get(path, { maxRedirects: 0 })).status(), `${email} ${path}`).toBe(may ? 200 : 404);
      }
      // The month's public version 1 is anyone's.
      expect((await page.request.get('/packs/2020-07/v1', { maxRedirects: 0 })).status(), email).toBe(200);
      if (may) {
        expect((await page.request.get('/packs/2020-07/v2')).headers()['cache-control']).toBe('private, no-store');
        await page.goto('/packs');
        await expect(page.getByTestId('pack-2020-07-v2')).toContainText('Members only');
        await page.goto('/packs/2020-07/v2');
        await expect(page.getByRole('heading', { level: 1 })).toContainText('Performance Report');
      } else {
        await page.goto('/packs');
        await expect(page.getByTestId('pack-2020-07-v1')).toBeVisible();
        await expect(page.getByTestId('pack-2020-07-v2')).toHaveCount(0);
        await page.goto('/packs/2020-07/v2');
        await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
      }
      await context.close();
    }
    await anonymous.close();
  } finally {
    await server.stop();
    database.remove();
  }
});

test('a public version is answered from memory after its first request, with its own strict policy', async ({ page }) => {
  const first = await page.request.get('/packs/2020-07/v1');
  const second = await page.request.get('/packs/2020-07/v1');
  expect(second.headers()['x-pack-cache']).toBe('hit');
  expect(second.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  const policy = second.headers()['content-security-policy']!;
  expect(policy).toMatch(/default-src 'none'/);
  expect(policy).not.toMatch(/unsafe-inline|script-src/);
  expect((await second.body()).equals(await first.body())).toBe(true);
});

// The seed publishes no members-only pack (July and October 2020 are both public): the test above
// makes one. Here, on the seeded server, every signed-in role that reads packs.
for (const role of ['viewer', 'executive', 'lead'] as const) {
  test.describe(`signed in as the demo ${role}`, () => {
    test.use({ signedInAs: role });
    test('reads the public October pack, and is told "not found" for an unpublished month or a version that does not exist', async ({ page }) => {
      for (const path of ['/packs/2020-11', '/packs/2020-11/v1', '/packs/2020-10/v9', '/packs/2020-10/v9.pdf']) {
        expect((await page.request.get(path, { maxRedirects: 0 })).status(), path).toBe(404);
      }
      await page.goto('/packs/2020-11');
      await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
      await page.goto('/packs/2020-10/v9');
      await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
      for (const path of ['/packs/2020-10', '/packs/2020-10/v1']) {
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(200);
        await expect(page.getByRole('heading', { level: 1 })).toContainText('Together for Children Performance Report');
      }
    });
  });
}

test.describe('signed in as a committee member', () => {
  test.use({ signedInAs: 'viewer' });
  test('the header leads to the published packs', async ({ page }) => {
    await page.goto('/measures');
    await page.getByRole('link', { name: 'Published packs' }).click();
    await expect(page).toHaveURL(/\/packs$/);
    await expect(page.getByTestId('pack-2020-10-v1')).toBeVisible();
  });
});

