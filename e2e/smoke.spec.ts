import { expectNoAccessibilityViolations } from './accessibility';
import { expect, test } from './fixtures';

test('the health check answers when the database does', async ({ request }) => {
  const response = await request.get('/api/health');
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: 'ok' });
  expect(response.headers()['cache-control']).toContain('no-store');
});

test.describe(() => {
  test.use({ signedInAs: 'viewer' });

  test('the measures catalogue lists every measure with its target and tolerance band', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Measures', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Measures' })).toBeVisible();

    const kpis = page.getByRole('table', { name: /Contractual key performance indicators 2020\/21/ });
    const supporting = page.getByRole('table', { name: /Supporting measures 2020\/21/ });
    await expect(kpis.locator('tbody tr')).toHaveCount(6);
    await expect(supporting.locator('tbody tr')).toHaveCount(26);

    const kpi1 = kpis.locator('tr[data-ref="KPI1"]');
    await expect(kpi1).toContainText('% of Early Help cases that were closed with two or more successful outcomes (TfC)');
    await expect(kpi1).toContainText('65%');
    await expect(kpi1).toContainText('62% – 64.9%');
    await expect(kpi1).toContainText('Year to date');
    await expect(kpis.locator('tr[data-ref="KPI2"]')).toContainText('375.1 – 402.9');
    await expect(supporting.locator('tr[data-ref="SM22"]')).toContainText('Dec – Feb 2020 Average');

    // October 2020's rating, in words as well as colour, with its reason.
    await expect(kpis.getByRole('columnheader', { name: 'October 2020 rating' })).toBeVisible();
    const kpi4 = kpis.locator('tr[data-ref="KPI4"]');
    await expect(kpi4).toContainText('Amber');
    await expect(kpi4).toContainText('94.5% is below the 95% target but within the 90% – 94.9% tolerance.');
    await expect(supporting.locator('tr[data-ref="SM16"]')).toContainText('Green (judged)');
    await expect(supporting.locator('tr[data-ref="SM1"]')).toContainText('Not rated');

    await expectNoAccessibilityViolations(page);
  });
});
