// An admin imports a small CSV of November 2020 figures: the preview shows each row with the rating
// it will get and a bad row with its line; the corrected file imports, and the lead who owns the
// measures sees the figures on "Your measures". SM19 and SM21 are Sam's, and no other journey
// touches their November entries.
import { expect, test } from './fixtures';
import { MyMeasuresPage } from './pages/my-measures-page';
import { asRole } from './sessions';

test.use({ signedInAs: 'admin' });

const HEADER = 'measure_ref,period,value,secondary_value,ytd_value,availability,commentary,improvement_action';
const file = (...rows: string[]) => ({ name: 'november.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${[HEADER, ...rows, ''].join('\r\n')}`) });

test('an admin previews and imports figures, and the lead sees them on "Your measures"', async ({ page, browser }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Import figures' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Import figures' })).toBeVisible();

  // A bad row: named with its line, nothing imported.
  await page.getByLabel('Upload a file').setInputFiles(file('SM19,2020-11,97.6%,,,,"Steady, as expected",', 'SM21,2020-11,2x1,,,,,'));
  await page.getByRole('button', { name: 'Check the file' }).click();
  const summary = page.getByTestId('error-summary');
  await expect(summary).toContainText("line 3: SM21 value '2x1' is not a number");
  await expect(summary).toBeFocused();

  // Corrected: the preview, then the import.
  await page.getByLabel('Upload a file').setInputFiles(file('SM19,2020-11,97.6%,,,,"Steady, as expected",', 'SM21,2020-11,251,,,,,'));
  await page.getByRole('button', { name: 'Check the file' }).click();
  const preview = page.getByTestId('import-preview');
  await expect(preview.locator('tr[data-ref="SM19"]')).toContainText('98%');
  await expect(preview.locator('tr[data-ref="SM19"]')).toContainText('New entry');
  await expect(preview.locator('tr[data-ref="SM21"]')).toContainText('251');
  await page.getByRole('button', { name: 'Import these figures' }).click();
  await expect(page.getByRole('status')).toContainText('Imported 2 rows as drafts: 2 created, 0 overwritten, 0 unchanged.');

  const lead = await asRole(browser, 'lead');
  const mine = new MyMeasuresPage(lead.page);
  await mine.goto();
  await expect(mine.row('SM19')).toContainText('98%');
  await expect(mine.row('SM21')).toContainText('251');
  await lead.context.close();
});
