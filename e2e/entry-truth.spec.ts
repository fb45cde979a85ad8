// Issue 10, what a person sees on an entry: the figure beside a colour is the one that was rated,
// year-to-date figures are shown as figures, a submitted entry is never quietly withdrawn, the
// rating box never asks for what is done, a figure that cannot be read rates nothing, the conflict
// panel speaks in the measure's own terms (and knows your other window), and the facts panel's words.
// Measures of its own: SM4, SM14, SM20, KPI1 (read only), SM17 (submit and withdraw), SM18 (two windows).
import { expect, test, type Browser, type Page } from './fixtures';
import { expectNoAccessibilityViolations } from './accessibility';
import { waitForHydration } from './pages/hydration';
import { DEMO, signIn } from './sign-in';

const MONTH = 'November 2020';
const valueField = (page: Page) => page.getByLabel(`Value for ${MONTH}`, { exact: true });
const preview = (page: Page) => page.getByTestId('rating-preview');
const savedStatus = (page: Page) => page.getByTestId('entry-saved');
const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });
const figureOf = (page: Page, name: string) => page.getByTestId('entry-figures').locator(`dt:text-is("${name}") + dd`);

async function openEntry(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator('#value')).toBeAttached();
  await waitForHydration(page);
}

async function newSession(browser: Browser, email: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email);
  return { context, page };
}

test('beside every rating stands the figure that was rated, and year-to-date figures are shown', async ({ page }) => {
  await signIn(page, DEMO.admin);
  // SM4 is rated on its year to date (lower is better, 23% target, Amber to 28.9%).
  await page.goto('/entries/2020-10/SM4');
  const year = page.getByTestId('year-so-far');
  await expect(year.getByRole('columnheader')).toHaveText(['Month', 'Year to date, as rated', 'Rating', 'Month’s own figure']);
  // July: 21.7% in the month would be Green; the year to date, 25.0%, is Amber, and stands beside it.
  const july = year.locator('tr[data-month="2020-07-01"]');
  await expect(july.getByRole('cell')).toHaveText(['25.0%', /Amber/i, '21.7%']);
  const september = year.locator('tr[data-month="2020-09-01"]');
  await expect(september.getByRole('cell')).toHaveText(['24.3%', /Amber/i, '31.3%']);
  // The read-only entry: every figure with its name, and the rated one beside the rating.
  await expect(figureOf(page, 'Value for October 2020')).toHaveText('22.1%');
  await expect(figureOf(page, 'Year to date')).toHaveText('24.0%');
  await expect(page.getByTestId('rated-figure')).toHaveText('Year to date: 24.0%');
  await expectNoAccessibilityViolations(page);

  // SM14's second counts and SM20's year to date, which appeared nowhere before.
  await page.goto('/entries/2020-10/SM14');
  await expect(figureOf(page, 'Value for October 2020')).toHaveText('73');
  await expect(figureOf(page, 'Number of children')).toHaveText('52');
  await expect(figureOf(page, 'Year to date')).toHaveText('433');
  await expect(figureOf(page, 'Year-to-date number of children')).toHaveText('247');
  await page.goto('/entries/2020-10/SM20');
  await expect(figureOf(page, 'Year to date')).toHaveText('10');

  // The month's list: the year to date in its own column, the rated figure where it is not the value.
  await page.goto('/my-measures?month=2020-10');
  const row = (ref: string) => page.getByTestId('my-measures').locator(`tr[data-ref="${ref}"]`);
  await expect(row('SM14')).toContainText('73 (52)');
  await expect(row('SM14')).toContainText('433 (247)');
  await expect(row('SM4')).toContainText('Year to date: 24.0%');
  await expect(row('KPI2')).toContainText('Quarter to September 2020: 339');
  await expectNoAccessibilityViolations(page);

  // November's KPI1 draft: the preview names the year-to-date figure it rates, and the facts panel's words.
  await openEntry(page, '/entries/2020-11/KPI1');
  await expect(preview(page).getByTestId('rated-figure')).toHaveText('Year to date: 89.1%');
  await expect(page.getByTestId('compared')).toHaveText('Compared with October 2020: declined (89.1% → 88.7%)');
  // November 2019, from the demo's imported (illustrative) 2019/20.
  await expect(page.getByTestId('last-year')).toContainText('88.6%');
  await expect(page.getByText('Saved figure since')).toHaveCount(0);
  await expectNoAccessibilityViolations(page);
});

test('a figure that cannot be read rates nothing; a submitted entry stays submitted unless it is withdrawn', async ({ page }) => {
  await signIn(page, DEMO.lead);
  await openEntry(page, '/entries/2020-11/SM17');
  const status = page.getByTestId('entry-status');
  await expect(status).toHaveText('Not started');

  for (const typed of ['abc', '101', '12.345']) {
    await valueField(page).fill(typed);
    await expect(preview(page)).toContainText('The figure cannot be read yet: fix it to see the rating.');
    await expect(preview(page)).not.toContainText('Blue');
    await expect(preview(page)).not.toContainText('No figure has been entered');
    await expect(page.getByRole('group', { name: 'Judged rating (optional)' })).toHaveCount(0);
  }
  await expectNoAccessibilityViolations(page);

  // SM17: lower is better, 0% target, Amber to 1%.
  await valueField(page).fill('0.5');
  await expect(preview(page)).toContainText('Amber');
  await expect(preview(page).getByTestId('rated-figure')).toHaveText('November 2020: 0.5%');
  await expect(preview(page)).toContainText('Commentary and an improvement action are needed before you submit.');
  await page.getByLabel('Commentary', { exact: true }).fill('Two plans passed two years while court proceedings concluded.');
  await expect(preview(page)).toContainText('An improvement action is needed before you submit.');
  await page.getByLabel('Improvement action', { exact: true }).fill('Each plan over 18 months is reviewed by the head of service.');
  await expect(preview(page)).not.toContainText('needed before you submit');
  await button(page, 'Submit').click();
  await expect(savedStatus(page)).toHaveText(`SM17 for ${MONTH} is submitted, rated Amber.`);
  // Nothing left to ask for, and the page says what the entry now is.
  await expect(preview(page)).toContainText('Amber');
  await expect(preview(page)).not.toContainText('needed before you submit');
  await expect(status).toHaveText('Submitted');
  const notice = page.getByTestId('submitted-notice');
  await expect(notice).toHaveText('This entry is submitted.If you change it, submit the changes, or withdraw it to keep working on it as a draft.');
  await expect(button(page, 'Save draft')).toHaveCount(0);
  await expect(button(page, 'Submit changes')).toBeVisible();
  await expect(button(page, 'Withdraw to draft')).toBeVisible();
  await expectNoAccessibilityViolations(page);

  // Changed and submitted again: still submitted.
  await valueField(page).fill('0.7');
  await button(page, 'Submit changes').click();
  await expect(savedStatus(page)).toHaveText(`SM17 for ${MONTH} is submitted again with your changes, rated Amber.`);
  await openEntry(page, '/entries/2020-11/SM17');
  await expect(status).toHaveText('Submitted');
  await expect(valueField(page)).toHaveValue('0.7');
  await expect(button(page, 'Save draft')).toHaveCount(0);

  // Withdrawn in so many words: a draft again, with Save draft back.
  await button(page, 'Withdraw to draft').click();
  await expect(savedStatus(page)).toHaveText(`SM17 for ${MONTH} is withdrawn and saved as a draft. Submit it again when it is ready.`);
  await expect(status).toHaveText('Draft');
  await expect(page.getByTestId('submitted-notice')).toHaveCount(0);
  await expect(button(page, 'Save draft')).toBeVisible();
  await page.goto('/my-measures');
  await expect(page.getByTestId('my-measures').locator('tr[data-ref="SM17"]')).toContainText('Draft');
});

test('the conflict panel shows figures as the measure does, the status the other save left, and your own other window', async ({ browser }) => {
  test.slow(); // two sessions
  const first = await newSession(browser, DEMO.lead);
  const second = await newSession(browser, DEMO.lead);
  await openEntry(first.page, '/entries/2020-11/SM18');
  await openEntry(second.page, '/entries/2020-11/SM18');
  await expect(second.page.getByTestId('entry-status')).toHaveText('Not started');

  await valueField(first.page).fill('96');
  await button(first.page, 'Save draft').click();
  await expect(savedStatus(first.page)).toHaveText(`SM18 for ${MONTH} is saved as a draft. It has not been submitted yet.`);

  await valueField(second.page).fill('95.5');
  await button(second.page, 'Save draft').click();
  const conflict = second.page.getByTestId('conflict');
  await expect(conflict.getByRole('heading', { name: 'You saved this entry in another window after you opened it here' })).toBeVisible();
  await expect(conflict.getByRole('row', { name: /^Value\b/ }).getByRole('cell')).toHaveText(['96.0', '95.5']);
  // A percentage has no second count.
  await expect(conflict.getByRole('row', { name: /Second count|Number of/ })).toHaveCount(0);
  await expect(conflict).toContainText('left the entry a draft');
  await expect(second.page.getByTestId('entry-status')).toHaveText('Draft');
  await expectNoAccessibilityViolations(second.page);
  await first.context.close();
  await second.context.close();
});
