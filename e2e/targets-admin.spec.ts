// An administrator sets up next year's targets: copies 2020/21's forward to 2021/22, then changes
// KPI1's, first with a tolerance edge on the wrong side (the sentence says why, and what was typed
// stays), then rightly, and sees the band the pack will print and what 2020/21's figures would get.
import { expect, test, type Page } from './fixtures';
import { waitForHydration } from './pages/hydration';

test.use({ signedInAs: 'admin' });

const targetField = (page: Page) => page.getByRole('textbox', { name: 'Target', exact: true });
const edgeField = (page: Page) => page.getByRole('textbox', { name: 'Tolerance edge' });
const lastYearRow = (page: Page, month: string) => page.getByTestId('last-year-ratings').locator(`tr[data-month="${month}"]`);

test('an admin copies targets forward to 2021/22 and changes KPI1’s', async ({ page }) => {
  test.slow(); // six pages, three saves and an axe check of each
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Targets' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Targets' })).toBeVisible();
  await page.getByRole('link', { name: 'Targets for 2020/21' }).first().click();

  await expect(page.getByRole('heading', { level: 1, name: 'Targets for 2020/21' })).toBeVisible();
  await expect(page.getByTestId('published-packs-note')).toContainText('Published packs keep the targets they were published with');
  const kpi2 = page.getByTestId('year-targets').locator('tr[data-ref="KPI2"]');
  await expect(kpi2).toContainText('375');
  await expect(kpi2).toContainText('375.1 – 402.9');
  await expect(page.getByTestId('year-targets').locator('tr[data-ref="SM1"]')).toContainText('Monitoring only');

  // Copy forward: everything the first time (this journey's database starts with 2020/21 only), nothing the second.
  await waitForHydration(page);
  const copy = page.getByRole('button', { name: 'Copy these targets to 2021/22' });
  await copy.click();
  await expect(page.getByRole('status')).toContainText('32 targets copied to 2021/22; 0 already set');
  await copy.click();
  await expect(page.getByRole('status')).toContainText('0 targets copied to 2021/22; 32 already set');

  await page.getByRole('link', { name: 'See the targets for 2021/22' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Targets for 2021/22' })).toBeVisible();
  const kpi1 = page.getByTestId('year-targets').locator('tr[data-ref="KPI1"]');
  await expect(kpi1).toContainText('65%');
  await expect(kpi1).toContainText('62% – 64.9%');
  await kpi1.getByRole('link', { name: /Change/ }).click();

  await expect(page.getByRole('heading', { level: 1 })).toContainText('Early Help cases that were closed');
  await expect(page.getByTestId('measure-settings')).toContainText('2020/21 target65%, tolerance 62% – 64.9%');
  await waitForHydration(page);
  await expect(page.getByLabel('Rated against a target')).toBeChecked();
  await expect(targetField(page)).toHaveValue('65');
  // The saved target, drawn by the server: 2020/21's year-to-date figures are all Green under it.
  await expect(page.getByTestId('preview-band')).toContainText('62% – 64.9%');
  await expect(lastYearRow(page, '2020-10')).toContainText('89.1% (year to date)');

  // The preview follows what is typed: a target just above April's 88.6% makes April Red and May Amber.
  await targetField(page).fill('89.1');
  await edgeField(page).fill('88.9');
  await expect(page.getByTestId('preview-band')).toContainText('88.9% – 89%');
  await expect(lastYearRow(page, '2020-04')).toContainText('R · Red');
  await expect(lastYearRow(page, '2020-05')).toContainText('A · Amber');
  await expect(lastYearRow(page, '2020-10')).toContainText('G · Green');

  // 70% with the edge above it: refused with the sentence, and what was typed stays.
  await targetField(page).fill('70');
  await edgeField(page).fill('75');
  await page.getByRole('button', { name: 'Save target' }).click();
  const summary = page.getByTestId('error-summary');
  await expect(summary).toContainText('There is a problem');
  await expect(summary).toContainText('For a measure where higher is better, the tolerance edge must be below the target');
  await expect(page.locator('#toleranceEdge-error')).toContainText('the tolerance edge must be below the target');
  await expect(targetField(page)).toHaveValue('70');
  await expect(edgeField(page)).toHaveValue('75');

  await edgeField(page).fill('65');
  await page.getByRole('button', { name: 'Save target' }).click();
  await expect(page.getByRole('status')).toContainText('KPI1’s target for 2021/22 is now 70%, with a tolerance of 65% – 69.9%.');
  await expect(page.getByTestId('error-summary')).toHaveCount(0);
  await expect(page.getByTestId('preview-band')).toContainText('70%');
  await expect(page.getByTestId('preview-band')).toContainText('65% – 69.9%');
  for (const month of ['2020-04', '2020-05', '2020-06', '2020-07', '2020-08', '2020-09', '2020-10']) {
    await expect(lastYearRow(page, month)).toContainText('G · Green');
  }
  await expect(lastYearRow(page, '2020-04')).toContainText('88.6% (year to date)');

  // Saved: drawn by the server again, and in the year's list.
  await page.reload();
  await expect(targetField(page)).toHaveValue('70');
  await expect(page.getByTestId('preview-band')).toContainText('65% – 69.9%');
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Targets for 2021/22' }).click();
  await expect(page.getByTestId('year-targets').locator('tr[data-ref="KPI1"]')).toContainText('65% – 69.9%');
});

test('a monitoring-only measure hides its target fields and rates nothing', async ({ page }) => {
  await page.goto('/admin/targets/2020/SM1');
  await waitForHydration(page);
  await expect(page.getByLabel('Monitoring only')).toBeChecked();
  await expect(page.getByTestId('target-fields')).toBeHidden();
  await expect(page.getByTestId('preview-band')).toContainText('Monitoring only');
  // SM1 has no better direction: a target is refused with the reason.
  await page.getByLabel('Rated against a target').check();
  await expect(page.getByTestId('target-fields')).toBeVisible();
  await targetField(page).fill('50');
  await edgeField(page).fill('40');
  await page.getByRole('button', { name: 'Save target' }).click();
  await expect(page.getByTestId('error-summary')).toContainText('SM1 has neither higher nor lower set as better, so it can only be monitored');
});
