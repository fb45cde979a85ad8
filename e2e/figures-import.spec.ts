// An admin imports a small CSV of November 2020 figures: the preview shows each row with the rating
// it will get and a bad row with its line; the corrected file imports, and the lead who owns the
// measures sees the figures on "Your measures"; a file changing one of them names the draft it
// would overwrite. SM19 and SM21 are Sam's, and no other journey
// touches their November entries.
import { expectNoAccessibilityViolations } from './accessibility';
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
  const long = 'Steady, as expected. '.repeat(90).trim();
  const corrected = file(`SM19,2020-11,97.6%,,,,"${long}","${long}"`, `SM21,2020-11,251,,,,"${long}","${long}"`);
  await page.getByLabel('Upload a file').setInputFiles(corrected);
  await page.getByRole('button', { name: 'Check the file' }).click();
  const preview = page.getByTestId('import-preview');
  await expect(preview.locator('tr[data-ref="SM19"]')).toContainText('98%');
  await expect(preview.locator('tr[data-ref="SM19"]')).toContainText('New entry');
  await expect(preview.locator('tr[data-ref="SM21"]')).toContainText('251');
  // The import sends the previewed file once: not again inside the form's state, which React sends
  // back with every call and which would double a 1 MB file past what the server takes.
  // (The browser does not report a file's bytes to Playwright: the page measures its own requests.)
  await page.evaluate(() => {
    const sizes: number[] = [];
    Object.assign(window, { actionBodySizes: sizes });
    const send = window.fetch.bind(window);
    window.fetch = async (input, init) => {
      if (init?.body instanceof FormData) sizes.push((await new Response(init.body).arrayBuffer()).byteLength);
      return send(input, init);
    };
  });
  await page.getByRole('button', { name: 'Import these figures' }).click();
  await expect(page.getByRole('status')).toContainText('Imported 2 rows');
  const [confirmSize] = await page.evaluate(() => (window as unknown as { actionBodySizes: number[] }).actionBodySizes);
  expect(confirmSize).toBeGreaterThan(corrected.buffer.length);
  expect(confirmSize).toBeLessThan(corrected.buffer.length * 1.5);
  await expect(page.getByRole('status')).toContainText('Imported 2 rows as drafts: 2 created, 0 overwritten, 0 unchanged.');

  const lead = await asRole(browser, 'lead');
  const mine = new MyMeasuresPage(lead.page);
  await mine.goto();
  await expect(mine.row('SM19')).toContainText('98%');
  await expect(mine.row('SM21')).toContainText('251');
  await lead.context.close();

  // SM19 again, changed: the preview names the draft it would overwrite (never confirmed here).
  await page.goto('/admin/import');
  await page.getByLabel('Upload a file').setInputFiles(file(`SM19,2020-11,96.1%,,,,"${long}","${long}"`));
  await page.getByRole('button', { name: 'Check the file' }).click();
  const overwrites = page.getByTestId('import-overwrites');
  await expect(overwrites.locator('caption')).toHaveText('Entries this import will overwrite (1)');
  await expect(overwrites.locator('tr[data-ref="SM19"]')).toContainText(/98%\s*96%/);
  await expect(page.getByTestId('import-counts').getByRole('link', { name: 'listed below' })).toHaveAttribute('href', '#overwrites-caption');
  await expectNoAccessibilityViolations(page);
});

// History on the shared server, changing nothing: October 2019 is the seed's imported history, and
// the file gives its own figure again. (The writes themselves: lib/commands/import-history.test.ts.)
test('an admin checks an earlier year as history: a current month refused by its line, the same figure imported as unchanged', async ({ page }) => {
  const history = (...rows: string[]) => ({ ...file(...rows), name: '2019-20.csv' });
  await page.goto('/admin/import');
  await page.getByLabel('Upload a file').setInputFiles(history('KPI6,2019-10,85.5,,,,,', 'KPI6,2020-11,90,,,,,'));
  await page.getByLabel('These are earlier years’ figures (history)').check();
  await page.getByRole('button', { name: 'Check the file' }).click();
  const summary = page.getByTestId('error-summary');
  await expect(summary).toContainText('line 3: 2020-11 is not an earlier year: import it without --history');
  await expect(summary).toBeFocused();

  await page.getByLabel('Upload a file').setInputFiles(history('KPI6,2019-10,85.5,,,,,'));
  await page.getByLabel('These are earlier years’ figures (history)').check();
  await page.getByRole('button', { name: 'Check the file' }).click();
  await expect(page.getByText('2019-20.csv: 1 row, to be saved as imported history, signed off.')).toBeVisible();
  await expect(page.getByTestId('import-preview').locator('tr[data-ref="KPI6"]')).toContainText('Unchanged');
  await page.getByRole('button', { name: 'Import these figures' }).click();
  await expect(page.getByRole('status')).toContainText('Imported 1 row as history: 0 created, 0 overwritten, 1 unchanged.');
});

test('a file over 1 MB is refused with a sentence before it is sent', async ({ page }) => {
  await page.goto('/admin/import');
  const posts: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST') posts.push(request.url());
  });
  const large = Buffer.alloc(1024 * 1024 + 1, 'x');
  await page.getByLabel('Upload a file').setInputFiles({ name: 'large.csv', mimeType: 'text/csv', buffer: large });
  await page.getByRole('button', { name: 'Check the file' }).click();
  const summary = page.getByTestId('error-summary');
  await expect(summary).toContainText('The file must be 1 MB or smaller: split it into several files');
  await expect(summary).toBeFocused();
  await expect(page.locator('#file-error')).toContainText('The file must be 1 MB or smaller');
  expect(posts).toEqual([]);
});
