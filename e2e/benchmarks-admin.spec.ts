// An administrator adds a benchmark point to SM3 (first with a mistake: the error summary), sees it
// listed under its series, then imports a small file of SM3 points: a bad row named with its line,
// then the corrected file's preview (new and changed counts) and the import. Axe checks each state.
// No other journey reads SM3's benchmarks, and the seeded KPI2 points the pack shows are untouched.
import { expectNoAccessibilityViolations } from './accessibility';
import { expect, test } from './fixtures';

test.use({ signedInAs: 'admin' });

const HEADER = 'measure_ref,series,period_label,period_end,value';
const file = (...rows: string[]) => ({ name: 'benchmarks.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${[HEADER, ...rows, ''].join('\r\n')}`) });

test('an admin adds a benchmark point to a measure, sees it listed, and imports a file of points', async ({ page }) => {
  await page.goto('/admin/measures/SM3');
  await page.getByRole('link', { name: 'SM3 benchmarks' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Benchmarks for SM3' })).toBeVisible();

  // A value that is not a number: the summary has focus and says so; what was typed stays.
  await page.getByLabel('Series').selectOption('North East');
  await page.getByLabel('Period', { exact: true }).fill('2019/20');
  await page.getByLabel('Day').fill('31');
  await page.getByLabel('Month').fill('3');
  await page.getByLabel('Year').fill('2020');
  await page.getByLabel('Value').fill('about 110');
  await page.getByRole('button', { name: 'Add point' }).click();
  const summary = page.getByTestId('error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('listitem')).toHaveText(['Enter the value as a number, like 379.84']);
  await expect(page.getByLabel('Period', { exact: true })).toHaveValue('2019/20');
  await expectNoAccessibilityViolations(page);

  await page.getByLabel('Value').fill('112.4');
  await page.getByRole('button', { name: 'Add point' }).click();
  await expect(page.getByRole('status')).toContainText('The North East point ending 31 March 2020 has been added.');
  const northEast = page.getByRole('region', { name: 'SM3 North East points, newest first' });
  await expect(northEast.getByRole('row', { name: /2019\/20/ })).toContainText('112.4');
  await expectNoAccessibilityViolations(page);

  await page.getByRole('link', { name: 'Import benchmark points from a file' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Import benchmarks' })).toBeVisible();
  await page.getByLabel('Upload a file').setInputFiles(file('SM3,North East,2019/20,2020-03-31,113.1', 'SM3,England,"Apr – Jun 2020, provisional",2020-06-31,59.25'));
  await page.getByRole('button', { name: 'Check the file' }).click();
  await expect(page.getByTestId('error-summary')).toContainText("line 3: SM3 period_end '2020-06-31' is not a real date");
  await expect(page.getByTestId('error-summary')).toBeFocused();
  await expectNoAccessibilityViolations(page);

  await page.getByLabel('Upload a file').setInputFiles(file('SM3,North East,2019/20,2020-03-31,113.1', 'SM3,England,"Apr – Jun 2020, provisional",2020-06-30,59.25'));
  await page.getByRole('button', { name: 'Check the file' }).click();
  const counts = page.getByTestId('import-counts');
  await expect(counts).toContainText('New points1');
  await expect(counts).toContainText('Points changed1');
  await expect(page.getByTestId('import-preview')).toContainText('was 112.4, 2019/20');
  await expectNoAccessibilityViolations(page);
  await page.getByRole('button', { name: 'Import these points' }).click();
  await expect(page.getByRole('status')).toContainText('Imported 2 benchmark points: 1 new, 1 changed, 0 unchanged.');
  await expectNoAccessibilityViolations(page);

  await page.goto('/admin/measures/SM3/benchmarks');
  await expect(page.getByRole('region', { name: 'SM3 England points, newest first' })).toContainText('Apr – Jun 2020, provisional');
  await expect(page.getByRole('region', { name: 'SM3 North East points, newest first' })).toContainText('113.1');
});
