// From the catalogue to a measure's own page: its settings, targets and every month of the year
// the person may see. A committee viewer sees the published months only; staff see every month.
import { expect, test, type Page } from '@playwright/test';
import { expectNoAccessibilityViolations } from './accessibility';
import { DEMO, signIn } from './sign-in';

const KPI1 = '% of Early Help cases that were closed with two or more successful outcomes (TfC)';
const SM4 = '% of referrals that were re-referrals within 12 months';
const ALL_MONTHS = ['2020-04', '2020-05', '2020-06', '2020-07', '2020-08', '2020-09', '2020-10', '2020-11'];
const PUBLISHED = ['2020-07', '2020-10'];

/** From the catalogue, follow the measure's link to its page. */
async function openFromCatalogue(page: Page, ref: string, title: string) {
  await page.goto('/measures');
  await page.getByRole('link', { name: title, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/measures/${ref}$`));
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

const monthsListed = (page: Page) => page.getByTestId('year-table').locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-month')));

for (const [who, email, months] of [
  ['a committee viewer', DEMO.viewer, PUBLISHED],
  ['a lead', DEMO.lead, ALL_MONTHS],
] as const) {
  test(`${who} follows the catalogue to a measure's months`, async ({ page }) => {
    await signIn(page, email);

    await openFromCatalogue(page, 'KPI1', KPI1);
    await expect(page.getByRole('region', { name: 'About this measure' })).toContainText('Year to date');
    await expect(page.getByRole('table', { name: 'Targets by year' })).toContainText('62% – 64.9%');
    expect(await monthsListed(page)).toEqual(months);
    // A month not published is nowhere on a viewer's page.
    if (months === PUBLISHED) await expect(page.locator('#month-2020-11, #month-2020-09')).toHaveCount(0);
    await expectNoAccessibilityViolations(page);

    await openFromCatalogue(page, 'SM4', SM4);
    expect(await monthsListed(page)).toEqual(months);
    // Rated on the year to date: the rated figure is the one beside the rating, and says so.
    const table = page.getByTestId('year-table');
    await expect(table.getByRole('columnheader', { name: 'Year to date (rated)' })).toBeVisible();
    const october = table.locator('tr[data-month="2020-10"]');
    await expect(october.getByRole('cell').nth(1)).toHaveText('24.0%');
    await expect(october.getByRole('cell').nth(2)).toContainText('Amber');
    const inFull = page.getByRole('region', { name: 'October 2020' });
    await expect(inFull).toContainText('24.0%');
    await expect(inFull).toContainText(/Year to date: 24\.0%.*23%.*tolerance/);
    await expect(inFull).toContainText('There have been 363 repeat referrals since April 2020');
    await expect(inFull).toContainText('closure summary');
    await expectNoAccessibilityViolations(page);
  });
}

test('an unknown or malformed measure is not found', async ({ page }) => {
  await signIn(page, DEMO.viewer);
  for (const path of ['/measures/XYZ99', '/measures/kpi1%20or%201']) {
    expect((await page.goto(path))?.status(), path).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  }
  // A year that cannot be read, or that the person may not see, shows the latest year they may.
  expect((await page.goto('/measures/KPI1?year=abc'))?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 2, name: 'The months of 2020/21' })).toBeVisible();
});
