// The performance team opens the next month. On a server and database of its own: opening December
// 2020 changes which month is the latest, which the journeys on the shared server (the review's
// "/review" goes to November 2020) rely on. Pages on this server are not under the fixture's own
// axe checks (they watch the shared server), so each state of the page is checked here.
import { expectNoAccessibilityViolations } from './accessibility';
import { expect, test, type Page } from './fixtures';
import { DEMO, signIn } from './sign-in';
import { seededDatabase, startServer, type ExtraServer } from './support/extra-server';

const port = Number(process.env.E2E_PORT || '3100') + 13;

test.describe.configure({ mode: 'serial', timeout: 120_000 });

let database: Awaited<ReturnType<typeof seededDatabase>>;
let server: ExtraServer;
test.beforeAll(async () => {
  test.setTimeout(120_000);
  database = await seededDatabase();
  server = await startServer({ port, pgliteDir: database.dir });
});
test.afterAll(async () => {
  await server?.stop();
  database?.remove();
});

function dueDate(page: Page) {
  const group = page.getByRole('group', { name: /When are the figures for .* due\?/ });
  return { group, day: group.getByLabel('Day'), month: group.getByLabel('Month'), year: group.getByLabel('Year') };
}

test('an administrator opens December 2020 with a due date, and a lead sees it with their measures not started', async ({ browser }) => {
  const admin = await browser.newContext({ baseURL: server.baseURL });
  const page = await admin.newPage();
  await signIn(page, DEMO.admin);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Months', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Months' })).toBeVisible();
  await expect(page).toHaveTitle(/^Months/);

  const months = page.getByTestId('months-table');
  await expect(months.locator('tbody tr').first()).toHaveAttribute('data-month', '2020-11');
  await expect(months.locator('[data-month="2020-11"]')).toContainText('Open for entry');
  // The demo's illustrative 2019/20, loaded with --history: imported, never awaiting publication.
  await expect(months.locator('[data-month="2020-03"]')).toContainText('Imported history');
  await expect(months.locator('[data-month="2020-04"]')).toContainText('Signed off');
  await expect(page.getByRole('heading', { level: 2, name: 'Open December 2020' })).toBeVisible();
  await expectNoAccessibilityViolations(page);

  // The last day of December is not after it: the sentence, in the summary and by the date, and what was typed stays.
  const date = dueDate(page);
  await date.day.fill('31');
  await date.month.fill('12');
  await date.year.fill('2020');
  await page.getByRole('button', { name: 'Open December 2020' }).click();
  const summary = page.getByTestId('error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link', { name: 'The due date must be after the end of the month it is for' })).toBeVisible();
  await expect(date.group).toContainText('The due date must be after the end of the month it is for');
  await expect(date.day).toHaveValue('31');
  await expect(date.month).toHaveValue('12');
  await expect(date.year).toHaveValue('2020');
  await expectNoAccessibilityViolations(page);
  await summary.getByRole('link').click();
  await expect(date.day).toBeFocused();

  await date.day.fill('15');
  await date.month.fill('1');
  await date.year.fill('2021');
  await page.getByRole('button', { name: 'Open December 2020' }).click();
  await expect(page.getByRole('status')).toContainText('December 2020 is open for entry, due 15 January 2021.');
  await expect(page).toHaveURL(/\/admin\/months\?opened=2020-12$/);
  const december = months.locator('[data-month="2020-12"]');
  await expect(months.locator('tbody tr').first()).toHaveAttribute('data-month', '2020-12');
  await expect(december.getByRole('rowheader')).toHaveText('December 2020');
  await expect(december).toContainText('Open for entry');
  await expect(december).toContainText('15 January 2021');
  await expect(december.getByTestId('submitted')).toHaveText('0 of 32');
  // Long past 15 January 2021 by the server's clock: every active measure is overdue.
  await expect(december.getByTestId('overdue')).toHaveText('32');
  await expect(december.getByRole('link', { name: 'Review December 2020' })).toHaveAttribute('href', '/review/2020-12');
  // November stays open beside it; the form now offers January, with empty fields.
  await expect(months.locator('[data-month="2020-11"]')).toContainText('Open for entry');
  await expect(page.getByRole('heading', { level: 2, name: 'Open January 2021' })).toBeVisible();
  await expect(dueDate(page).day).toHaveValue('');
  await expectNoAccessibilityViolations(page);
  await admin.close();

  const lead = await browser.newContext({ baseURL: server.baseURL });
  const leadPage = await lead.newPage();
  await signIn(leadPage, DEMO.lead);
  await leadPage.goto('/my-measures?month=2020-12');
  await expect(leadPage.getByRole('heading', { level: 1, name: 'Your measures for December 2020' })).toBeVisible();
  await expect(leadPage.getByText('Figures are due by 15 January 2021.')).toBeVisible();
  const rows = leadPage.getByTestId('my-measures').locator('tbody tr');
  expect(await rows.count()).toBeGreaterThan(0);
  for (const row of await rows.all()) await expect(row).toContainText('Not started');
  await expectNoAccessibilityViolations(leadPage);
  // A lead may not open months: the page is refused.
  expect((await leadPage.request.get('/admin/months', { maxRedirects: 0 })).status()).toBe(403);
  await lead.close();
});
