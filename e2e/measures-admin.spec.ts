// An administrator manages measures: adds one (first with mistakes: the error summary, and what was
// typed kept), gives it an owner, moves it up the list and deactivates it. On a server and database
// of its own: the other journeys share the main server's database and expect the seeded 32 measures.
import { expect, test, type Page } from './fixtures';
import { DEMO, signIn } from './sign-in';
import { seededDatabase, startServer } from './support/extra-server';

const port = Number(process.env.E2E_PORT || '3100') + 14;

test.describe.configure({ timeout: 180_000 });

/** The references in the list, top to bottom. */
const listedRefs = (page: Page) => page.getByTestId('measures-admin-table').locator('tbody tr').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-ref')));

test('an admin adds a measure, gives it an owner, moves it up and deactivates it', async ({ browser }) => {
  const database = await seededDatabase();
  const server = await startServer({ port, pgliteDir: database.dir });
  const context = await browser.newContext({ baseURL: server.baseURL });
  const page = await context.newPage();
  try {
    await signIn(page, DEMO.admin);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Manage measures' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Manage measures' })).toBeVisible();
    const before = await listedRefs(page);
    expect(before).toHaveLength(32);

    await page.getByRole('link', { name: 'Add a measure' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Add a measure' })).toBeVisible();
    await page.getByLabel('Reference').fill('SM27');
    await page.getByLabel('Title').fill('Rate of children in need with a dental check');
    await page.getByLabel('Supporting measure').check();
    await page.getByLabel('Service area').fill('Children’s Social Care');
    await page.getByRole('radio', { name: /^Rate/ }).check();
    await page.getByLabel('Decimal places shown').fill('7');
    await page.getByLabel('Lower is better').check();
    await page.getByRole('radio', { name: /^Annually/ }).check();
    await page.getByLabel('Source').fill('Partner');
    await page.getByRole('button', { name: 'Add measure' }).click();

    // Every problem at once, in page order, each saying what to do; the summary has focus.
    const summary = page.getByTestId('error-summary');
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('listitem')).toHaveText([
      'Choose whether the rate is per 10,000 or per 100,000',
      'Enter the number of decimal places shown, a whole number from 0 to 4',
      'Choose the month in which the annual figure arrives',
    ]);
    // What was typed is still there.
    await expect(page.getByLabel('Reference')).toHaveValue('SM27');
    await expect(page.getByLabel('Title')).toHaveValue('Rate of children in need with a dental check');
    await expect(page.getByRole('radio', { name: /^Annually/ })).toBeChecked();

    await summary.getByRole('link', { name: 'Choose the month in which the annual figure arrives' }).click();
    await expect(page.getByLabel('Month the annual figure arrives')).toBeFocused();
    await page.getByLabel('Month the annual figure arrives').selectOption({ label: 'March' });
    await page.getByLabel('Per 10,000', { exact: true }).check();
    await page.getByLabel('Decimal places shown').fill('1');
    await page.getByRole('button', { name: 'Add measure' }).click();

    await expect(page).toHaveURL(/\/admin\/measures\?added=SM27/);
    await expect(page.getByRole('status')).toContainText('SM27 has been added at the end of the list.');
    expect(await listedRefs(page)).toEqual([...before, 'SM27']);
    const row = page.locator('tr[data-ref="SM27"]');
    await expect(row).toContainText('No owner');
    await expect(row).toContainText('Active');

    // Give it an owner.
    await row.getByRole('link', { name: 'SM27' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Rate of children in need with a dental check' })).toBeVisible();
    await expect(page.getByLabel('Reference')).toHaveValue('SM27');
    await page.getByLabel('Owner').selectOption({ label: 'Jo Barnes' });
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Success' })).toContainText('Your changes to SM27 have been saved.');
    // Saving again from the same form works: it carries the version it saved.
    await page.getByLabel('Service area').fill('Children’s Social Care and Health');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByLabel('Service area')).toHaveValue('Children’s Social Care and Health');
    await expect(page.getByTestId('error-summary')).toHaveCount(0);
    await expect(page.getByRole('status').filter({ hasText: 'Success' })).toContainText('Your changes to SM27 have been saved.');

    await page.getByRole('link', { name: 'Back to measures' }).click();
    await expect(page.locator('tr[data-ref="SM27"]')).toContainText('Jo Barnes');

    // Move it up one place: the button names the measure.
    await page.getByRole('button', { name: 'Move up SM27' }).click();
    await expect(page).toHaveURL(/moved=SM27&direction=up/);
    await expect(page.getByRole('status')).toContainText('SM27 has moved up one place.');
    expect(await listedRefs(page)).toEqual([...before.slice(0, -1), 'SM27', before.at(-1)]);

    // Deactivate it: first without confirming.
    await page.locator('tr[data-ref="SM27"]').getByRole('link', { name: 'SM27' }).click();
    await page.getByRole('button', { name: 'Deactivate SM27' }).click();
    await expect(page.getByTestId('error-summary')).toContainText('Tick the box to confirm that the measure should be deactivated');
    await page.getByLabel('Yes, deactivate SM27').check();
    await page.getByRole('button', { name: 'Deactivate SM27' }).click();
    await expect(page).toHaveURL(/\/admin\/measures\/SM27\?deactivated=1$/);
    await expect(page.getByRole('status').filter({ hasText: 'deactivated' })).toContainText('SM27 has been deactivated.');
    await expect(page.getByRole('button', { name: 'Reactivate SM27' })).toBeVisible();
    await page.getByRole('link', { name: 'Back to measures' }).click();
    await expect(page.locator('tr[data-ref="SM27"]')).toContainText('Inactive');

    // The audit log names the measure each change was about.
    await page.goto('/audit');
    const events = page.getByTestId('audit-event');
    await expect(events.filter({ hasText: 'Measure deactivated: Measure SM27' })).toHaveCount(1);
    await expect(events.filter({ hasText: 'Measure added: Measure SM27' })).toHaveCount(1);
  } finally {
    await context.close();
    await server.stop();
    database.remove();
  }
});
