// The monthly entry: a lead's list for the open month (November 2020 in the demo), the entry form
// with its live rating, GOV.UK errors, saving and submitting, and what the server refuses whatever
// the browser does. Every test uses measures of its own, so they may run in any order on the one
// seeded database:
//   KPI4 (submit with Amber)    KPI6 (bad input)           SM10 (replayed request)
//   KPI3 (no JavaScript)        SM7 (two people at once)   SM2 (server unreachable)
//   KPI5 (keyboard alone)       SM6 (the admin on Sam's behalf)
import { expect, test, type Browser, type Page, type Request } from '@playwright/test';
import { expectNoAccessibilityViolations } from './accessibility';
import { holdBackServerAction, replay } from './server-action-replay';
import { DEMO, signIn } from './sign-in';

const MONTH = 'November 2020';
const VALUE = `Value for ${MONTH}`;
const CONNECTION_LOST = 'Nothing was saved: the connection to the server failed. What you typed is still here. Try again in a moment.';

const valueField = (page: Page) => page.getByLabel(VALUE, { exact: true });
const commentary = (page: Page) => page.getByLabel('Commentary', { exact: true });
const improvementAction = (page: Page) => page.getByLabel('Improvement action', { exact: true });
const submitButton = (page: Page) => page.getByRole('button', { name: 'Submit', exact: true });
const saveDraftButton = (page: Page) => page.getByRole('button', { name: 'Save draft', exact: true });
const errorSummary = (page: Page) => page.getByTestId('error-summary');
const savedStatus = (page: Page) => page.getByTestId('entry-saved');
const measureRow = (page: Page, ref: string) => page.getByTestId('my-measures').locator(`tr[data-ref="${ref}"]`);

/**
 * Opens a measure's November entry and waits until React has taken over the form: the fields are
 * filled from the saved entry then, and typing before it could be overwritten.
 */
async function openEntry(page: Page, ref: string) {
  await page.goto(`/entries/2020-11/${ref}`);
  await waitForForm(page);
}

async function waitForForm(page: Page) {
  await page.waitForFunction(() => {
    const input = document.getElementById('value');
    return !!input && Object.keys(input).some((key) => key.startsWith('__reactProps$'));
  });
}

async function newSession(browser: Browser, email: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email);
  return { context, page };
}

test('a lead sees their measures for the month, and submits an Amber figure once it is explained', async ({ page }) => {
  await signIn(page, DEMO.lead);
  await page.goto('/my-measures');
  await expect(page.getByRole('heading', { level: 1, name: `Your measures for ${MONTH}` })).toBeVisible();
  await expect(page.getByText('Figures are due by 10 December 2020.')).toBeVisible();
  // Sam's twenty measures and nobody else's, each with where it stands; no Owner column for a lead.
  const table = page.getByTestId('my-measures');
  await expect(table.locator('tbody tr')).toHaveCount(20);
  await expect(measureRow(page, 'KPI1')).toHaveCount(0);
  await expect(measureRow(page, 'KPI2')).toHaveCount(0);
  await expect(table.getByRole('columnheader', { name: 'Owner' })).toHaveCount(0);
  await expect(measureRow(page, 'KPI4')).toContainText('Draft');
  await expect(measureRow(page, 'KPI4')).toContainText('97.1%');
  await expect(measureRow(page, 'KPI4')).toContainText('Green');
  await expect(measureRow(page, 'KPI3')).toContainText('Draft');
  await expect(measureRow(page, 'SM1')).toContainText('Not started');
  await expectNoAccessibilityViolations(page);

  await table.getByRole('link', { name: 'KPI4', exact: true }).click();
  await expect(page).toHaveURL(/\/entries\/2020-11\/KPI4$/);
  await waitForForm(page);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('statutory visit within 20 working days');
  await expect(valueField(page)).toHaveValue('97.1');
  await expect(page.getByTestId('rating-preview')).toContainText('Green');

  await valueField(page).fill('94.5');
  await expect(commentary(page)).toHaveValue('');
  await expect(improvementAction(page)).toHaveValue('');
  const preview = page.getByTestId('rating-preview');
  await expect(preview).toContainText('Amber');
  await expect(preview).toContainText('94.5% is below the 95% target but within the 90% – 94.9% tolerance.');
  await expect(preview).toContainText('Commentary and an improvement action are needed before you submit.');

  await submitButton(page).click();
  const summary = errorSummary(page);
  await expect(summary).toBeVisible();
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('There is a problem');
  const commentaryMessage = `Enter commentary: ${MONTH} is rated Amber, so say why`;
  const actionMessage = `Enter an improvement action: ${MONTH} is rated Amber, so say what will be done`;
  await expect(summary.getByRole('link', { name: commentaryMessage })).toHaveAttribute('href', '#commentary');
  await expect(summary.getByRole('link', { name: actionMessage })).toHaveAttribute('href', '#improvementAction');
  await expect(summary.getByRole('link')).toHaveCount(2);
  // The same words beside each field.
  await expect(page.locator('#commentary-error')).toHaveText(`Error: ${commentaryMessage}`);
  await expect(page.locator('#improvementAction-error')).toHaveText(`Error: ${actionMessage}`);
  await expect(commentary(page)).toHaveAttribute('aria-invalid', 'true');
  // What was typed is still there, and nothing was saved.
  await expect(valueField(page)).toHaveValue('94.5');
  await expect(savedStatus(page)).toHaveText('');
  await expectNoAccessibilityViolations(page);

  // Each link takes you to its field.
  await summary.getByRole('link', { name: actionMessage }).click();
  await expect(improvementAction(page)).toBeFocused();
  await summary.getByRole('link', { name: commentaryMessage }).click();
  await expect(commentary(page)).toBeFocused();

  await commentary(page).fill('Two visits in the last week of November slipped while a social worker was off sick.');
  await improvementAction(page).fill('Team manager checks visit due dates every Monday; cover is arranged for absences from December.');
  await submitButton(page).click();
  await expect(savedStatus(page)).toHaveText(`KPI4 for ${MONTH} is submitted, rated Amber.`);
  await expect(errorSummary(page)).toHaveCount(0);

  await page.goto('/my-measures');
  await expect(measureRow(page, 'KPI4')).toContainText('Submitted');
  await expect(measureRow(page, 'KPI4')).toContainText('94.5%');
  await expect(measureRow(page, 'KPI4')).toContainText('Amber');
});

test('a figure that cannot be read is an error that says what to do, the GOV.UK way', async ({ page }) => {
  await signIn(page, DEMO.lead);
  await openEntry(page, 'KPI6');
  await expect(valueField(page)).toHaveValue('');
  await expect(page.locator('#value-hint')).toHaveText('A percentage between 0 and 100, up to 1 decimal place, like 94.5');

  const summary = errorSummary(page);
  const valueError = page.locator('#value-error');
  await valueField(page).fill('ninety');
  await saveDraftButton(page).click();
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link', { name: 'Enter the percentage as a number, like 94.5' })).toHaveAttribute('href', '#value');
  await expect(valueError).toHaveText('Error: Enter the percentage as a number, like 94.5');
  await expect(valueField(page)).toHaveAttribute('aria-invalid', 'true');

  // Once shown, the message follows what is typed.
  await valueField(page).fill('101');
  await expect(valueError).toHaveText('Error: Percentage must be between 0 and 100');
  await expect(summary).toContainText('Percentage must be between 0 and 100');
  await saveDraftButton(page).click();
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Percentage must be between 0 and 100');

  await valueField(page).fill('94.55');
  await saveDraftButton(page).click();
  await expect(valueError).toHaveText('Error: Enter no more than 1 decimal place');
  await expect(summary.getByRole('link', { name: 'Enter no more than 1 decimal place' })).toBeVisible();

  // Nothing so far reached the server.
  await expect(savedStatus(page)).toHaveText('');

  // The character count, GOV.UK style, counting down as you type.
  const count = page.locator('#commentary-count');
  await expect(count).toHaveText('You have 2,000 characters remaining');
  await commentary(page).pressSequentially('PEPs');
  await expect(count).toHaveText('You have 1,996 characters remaining');
  await commentary(page).pressSequentially(' were reviewed.');
  await expect(count).toHaveText('You have 1,981 characters remaining');
  await expect(page.locator('#improvementAction-count')).toHaveText('You have 2,000 characters remaining');

  // "94.5%" is read as 94.5, and kept as 94.5.
  await valueField(page).fill('94.5%');
  await expect(valueError).toHaveCount(0);
  await expect(summary).toHaveCount(0);
  await expect(page.getByTestId('rating-preview')).toContainText('Green');
  await saveDraftButton(page).click();
  await expect(savedStatus(page)).toHaveText(`KPI6 for ${MONTH} is saved as a draft. It has not been submitted yet.`);
  await openEntry(page, 'KPI6');
  await expect(valueField(page)).toHaveValue('94.5');
  await expect(commentary(page)).toHaveValue('PEPs were reviewed.');
});

test('only the owner or the performance team can change a measure’s figures, in the page and at the server', async ({ page, browser }) => {
  test.slow(); // four sessions
  // Jo leads other measures: Sam's KPI4 is read-only for Jo, and says who can change it.
  await signIn(page, DEMO.otherLead);
  await page.goto('/entries/2020-11/KPI4');
  await expect(page.getByTestId('read-only')).toHaveText('Only Sam Okafor, who owns KPI4, or the performance team can change these figures.');
  await expect(submitButton(page)).toHaveCount(0);
  await expect(saveDraftButton(page)).toHaveCount(0);
  await expect(page.getByRole('textbox')).toHaveCount(0);
  await expectNoAccessibilityViolations(page);

  // Sam's own "Save draft" on SM10, held back so that only the replays below could save anything.
  const sam = await newSession(browser, DEMO.lead);
  await openEntry(sam.page, 'SM10');
  await expect(valueField(sam.page)).toHaveValue('');
  const held = await holdBackServerAction(sam.page, '**/entries/2020-11/SM10');
  await valueField(sam.page).fill('77.7');
  await commentary(sam.page).fill('Replayed: contact with care leavers dipped in November.');
  await saveDraftButton(sam.page).click();
  await expect.poll(held.request).toBeTruthy();
  const captured = held.request();
  await expect(errorSummary(sam.page)).toContainText(CONNECTION_LOST);
  await sam.page.unrouteAll({ behavior: 'wait' });

  const asJo = await replay(browser, captured!, DEMO.otherLead);
  expect(asJo.status, 'replayed as Jo').toBeLessThan(500);
  expect(asJo.body).toContain('Only Sam Okafor, who owns SM10, or the performance team can change these figures.');
  const asNobody = await replay(browser, captured!, null);
  expect(asNobody.status, 'replayed with no session').toBeLessThan(500);

  await openEntry(sam.page, 'SM10');
  await expect(valueField(sam.page)).toHaveValue('');
  await expect(commentary(sam.page)).toHaveValue('');
  await expect(sam.page.getByText('Not started')).toBeVisible();

  // The same request with Sam's own session does save: the replay itself works.
  const asSam = await replay(browser, captured!, DEMO.lead);
  expect(asSam.status).toBe(200);
  await openEntry(sam.page, 'SM10');
  await expect(valueField(sam.page)).toHaveValue('77.7');
  await expect(commentary(sam.page)).toHaveValue('Replayed: contact with care leavers dipped in November.');
  await expect(sam.page.getByText('Last saved by Sam Okafor')).toBeVisible();
  await sam.context.close();
});

test('without JavaScript the server still refuses an Amber submit with no commentary', async ({ page, browser }) => {
  // Signed in with JavaScript, then the same session in a browser that runs none.
  await signIn(page, DEMO.lead);
  const noScript = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() });
  const plain = await noScript.newPage();
  await plain.goto('/entries/2020-11/KPI3');
  await expect(plain.getByRole('heading', { level: 1 })).toContainText('referrals with a decision within 24 hours');
  // The saved draft is in the fields as the server drew them, with the version it was saved as.
  await expect(valueField(plain)).toHaveValue('93.2');
  await expect(commentary(plain)).toHaveValue('Referrals rose again in November and some decisions waited for information from schools.');
  await expect(plain.getByRole('radio', { name: 'Yes, there is a figure' })).toBeChecked();
  await expect(plain.locator('input[name="version"]')).toHaveValue(/^[1-9]\d*$/);

  // KPI3: target 95, tolerance edge 85, so 90 is Amber.
  await valueField(plain).fill('90');
  await commentary(plain).fill('');
  await improvementAction(plain).fill('');
  const posted = plain.waitForRequest((request) => request.method() === 'POST' && request.url().endsWith('/entries/2020-11/KPI3'));
  await submitButton(plain).click();
  const request = await posted;
  // A plain form post: no script built it, so no browser check ran.
  expect(request.headers()['next-action']).toBeUndefined();
  expect(request.postData() ?? '').toMatch(/name="intent"\r\n\r\nsubmit\r\n/);
  await plain.waitForLoadState();

  // The server's answer, drawn without JavaScript: its errors, and what was typed.
  const summary = errorSummary(plain);
  await expect(summary).toBeVisible();
  await expect(summary.getByRole('link', { name: `Enter commentary: ${MONTH} is rated Amber, so say why` })).toHaveAttribute('href', '#commentary');
  await expect(summary.getByRole('link', { name: `Enter an improvement action: ${MONTH} is rated Amber, so say what will be done` })).toBeVisible();
  await expect(plain.locator('#commentary-error')).toHaveText(`Error: Enter commentary: ${MONTH} is rated Amber, so say why`);
  await expect(valueField(plain)).toHaveValue('90');
  await expect(commentary(plain)).toHaveValue('');
  await expect(savedStatus(plain)).toHaveText('');

  // Nothing was submitted or changed.
  await page.goto('/my-measures');
  await expect(measureRow(page, 'KPI3')).toContainText('Draft');
  await expect(measureRow(page, 'KPI3')).not.toContainText('Submitted');
  await expect(measureRow(page, 'KPI3')).toContainText('93.2%');

  // Explained, the same page saves without JavaScript too: a draft, over the version it started from.
  await commentary(plain).fill('Referrals rose again and some decisions waited for information from schools.');
  await saveDraftButton(plain).click();
  await expect(savedStatus(plain)).toHaveText(`KPI3 for ${MONTH} is saved as a draft. It has not been submitted yet.`);
  await expect(errorSummary(plain)).toHaveCount(0);
  await expect(valueField(plain)).toHaveValue('90');
  await noScript.close();

  await openEntry(page, 'KPI3');
  await expect(valueField(page)).toHaveValue('90');
  await expect(commentary(page)).toHaveValue('Referrals rose again and some decisions waited for information from schools.');
  await expect(page.getByText('Draft', { exact: true })).toBeVisible();
});

test('two people saving the same entry: the second is shown the first’s figures and keeps their own', async ({ browser }) => {
  test.slow(); // two sessions
  const sam = await newSession(browser, DEMO.lead);
  const priya = await newSession(browser, DEMO.admin);
  await openEntry(sam.page, 'SM7');
  await openEntry(priya.page, 'SM7');
  await expect(valueField(sam.page)).toHaveValue('');
  await expect(valueField(priya.page)).toHaveValue('');

  await valueField(sam.page).fill('93.5');
  await saveDraftButton(sam.page).click();
  await expect(savedStatus(sam.page)).toHaveText(`SM7 for ${MONTH} is saved as a draft. It has not been submitted yet.`);

  // Priya's page still holds the version from before Sam saved.
  await valueField(priya.page).fill('96.2');
  await commentary(priya.page).fill('Checked against the case list on 3 December.');
  await saveDraftButton(priya.page).click();
  const conflict = priya.page.getByTestId('conflict');
  await expect(conflict).toBeVisible();
  await expect(conflict.getByRole('heading', { name: 'Sam Okafor saved this entry after you opened it' })).toBeVisible();
  const valueRow = conflict.getByRole('row', { name: /^Value\b/ });
  await expect(valueRow.getByRole('cell')).toHaveText(['93.5', '96.2']);
  await expect(conflict.getByRole('row', { name: /^Commentary\b/ }).getByRole('cell')).toHaveText(['–', 'Checked against the case list on 3 December.']);
  await expect(savedStatus(priya.page)).toHaveText('');
  await expect(valueField(priya.page)).toHaveValue('96.2');
  await expect(commentary(priya.page)).toHaveValue('Checked against the case list on 3 December.');
  await expectNoAccessibilityViolations(priya.page);

  // Saving again keeps Priya's figures.
  await saveDraftButton(priya.page).click();
  await expect(savedStatus(priya.page)).toHaveText(`SM7 for ${MONTH} is saved as a draft. It has not been submitted yet.`);
  await expect(conflict).toHaveCount(0);

  await openEntry(sam.page, 'SM7');
  await expect(valueField(sam.page)).toHaveValue('96.2');
  await expect(commentary(sam.page)).toHaveValue('Checked against the case list on 3 December.');
  await expect(sam.page.getByText('Last saved by Priya Shah')).toBeVisible();
  await sam.context.close();
  await priya.context.close();
});

test('when the server cannot be reached, what was typed stays in the form', async ({ page }) => {
  await signIn(page, DEMO.lead);
  await openEntry(page, 'SM2');
  const isAction = (request: Request) => request.method() === 'POST' && !!request.headers()['next-action'];
  await page.route('**/entries/2020-11/SM2', (route) => (isAction(route.request()) ? route.abort('failed') : route.continue()));

  await valueField(page).fill('45.6');
  await commentary(page).fill('Fewer plans ended in November than started.');
  await saveDraftButton(page).click();
  const summary = errorSummary(page);
  await expect(summary).toContainText(CONNECTION_LOST);
  await expect(summary).toBeFocused();
  await expect(valueField(page)).toHaveValue('45.6');
  await expect(commentary(page)).toHaveValue('Fewer plans ended in November than started.');
  await expect(savedStatus(page)).toHaveText('');

  // A server that answers 500 instead of the action's reply: the same.
  await page.unrouteAll({ behavior: 'wait' });
  await page.route('**/entries/2020-11/SM2', (route) =>
    isAction(route.request()) ? route.fulfill({ status: 500, contentType: 'text/plain', body: 'Internal Server Error' }) : route.continue());
  await valueField(page).fill('45.7');
  await saveDraftButton(page).click();
  await expect(summary).toContainText(CONNECTION_LOST);
  await expect(valueField(page)).toHaveValue('45.7');
  await expect(commentary(page)).toHaveValue('Fewer plans ended in November than started.');

  await page.unrouteAll({ behavior: 'wait' });
  await saveDraftButton(page).click();
  await expect(savedStatus(page)).toHaveText(`SM2 for ${MONTH} is saved as a draft. It has not been submitted yet.`);
  await expect(summary).toHaveCount(0);
  await openEntry(page, 'SM2');
  await expect(valueField(page)).toHaveValue('45.7');
  await expect(commentary(page)).toHaveValue('Fewer plans ended in November than started.');
});

test('a draft can be entered and saved with the keyboard alone', async ({ page }) => {
  await signIn(page, DEMO.lead);
  await openEntry(page, 'KPI5');
  const yes = page.getByRole('radio', { name: 'Yes, there is a figure' });
  const notAvailable = page.getByRole('radio', { name: /^No, the figure is not available/ });
  await expect(yes).toBeChecked();

  // From the top of the page, Tab reaches the form's first question before any other of its fields.
  const focusedId = () => page.evaluate(() => document.activeElement?.id ?? '');
  let presses = 0;
  while ((await focusedId()) !== 'availability' && presses < 30) {
    await page.keyboard.press('Tab');
    presses += 1;
    const id = await focusedId();
    expect(['value', 'ytdValue', 'commentary', 'improvementAction'], `Tab reached ${id} before the first question`).not.toContain(id);
  }
  await expect(yes).toBeFocused();

  // Arrow keys move between the answers and choose them.
  await page.keyboard.press('ArrowDown');
  await expect(notAvailable).toBeFocused();
  await expect(notAvailable).toBeChecked();
  await expect(page.getByTestId('rating-preview')).toContainText('Blue');
  await page.keyboard.press('ArrowUp');
  await expect(yes).toBeFocused();
  await expect(yes).toBeChecked();

  await page.keyboard.press('Tab');
  await expect(valueField(page)).toBeFocused();
  await page.keyboard.type('ten');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Year-to-date value')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(commentary(page)).toBeFocused();
  await page.keyboard.type('Two children moved placement after a carer retired.');
  await page.keyboard.press('Tab');
  await expect(improvementAction(page)).toBeFocused();
  // A figure that cannot be read rates nothing yet, so no judgement is offered in its place (issue 10).
  await expect(page.getByTestId('rating-preview')).toContainText('The figure cannot be read yet: fix it to see the rating.');
  await page.keyboard.press('Tab');
  await expect(saveDraftButton(page)).toBeFocused();
  await page.keyboard.press('Enter');

  // The error summary takes focus; its link takes you to the field.
  const summary = errorSummary(page);
  await expect(summary).toBeFocused();
  await page.keyboard.press('Tab');
  const link = summary.getByRole('link', { name: 'Enter the percentage as a number, like 94.5' });
  await expect(link).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(valueField(page)).toBeFocused();
  await page.keyboard.press('ControlOrMeta+A');
  // "10." on the way to "10.2" cannot be read, so the summary comes back for a moment: it must not
  // take focus from the field while it is being typed in.
  await page.keyboard.type('10.2');
  await expect(valueField(page)).toBeFocused();
  await expect(valueField(page)).toHaveValue('10.2');
  await expect(page.getByTestId('rating-preview')).toContainText('Green');
  await expect(summary).toHaveCount(0);

  // Green now: no judgement offered, so Save draft is four stops on.
  for (const expected of [page.getByLabel('Year-to-date value'), commentary(page), improvementAction(page), saveDraftButton(page)]) {
    await page.keyboard.press('Tab');
    await expect(expected).toBeFocused();
  }
  await page.keyboard.press('Enter');
  await expect(savedStatus(page)).toHaveText(`KPI5 for ${MONTH} is saved as a draft. It has not been submitted yet.`);
  // Focus stays where it was, not sent back to the top of the page.
  await expect(saveDraftButton(page)).toBeFocused();

  await openEntry(page, 'KPI5');
  await expect(valueField(page)).toHaveValue('10.2');
  await expect(commentary(page)).toHaveValue('Two children moved placement after a carer retired.');
  await expect(page.getByText('Draft', { exact: true })).toBeVisible();
});

test('the performance team can enter figures on a lead’s behalf', async ({ page, browser }) => {
  await signIn(page, DEMO.admin);
  await page.goto('/my-measures');
  await expect(page.getByRole('heading', { level: 1, name: `Measures for ${MONTH}` })).toBeVisible();
  const table = page.getByTestId('my-measures');
  await expect(table.getByRole('columnheader', { name: 'Owner' })).toBeVisible();
  await expect(table.locator('tbody tr')).toHaveCount(32);
  await expect(measureRow(page, 'KPI1')).toContainText('Jo Barnes');
  await expect(measureRow(page, 'KPI4')).toContainText('Sam Okafor');
  await expect(measureRow(page, 'SM6')).toContainText('Sam Okafor');
  await expect(measureRow(page, 'SM6')).toContainText('Draft');
  await expectNoAccessibilityViolations(page);

  await table.getByRole('link', { name: 'SM6', exact: true }).click();
  await expect(page).toHaveURL(/\/entries\/2020-11\/SM6$/);
  await waitForForm(page);
  await expect(page.getByText('Owner: Sam Okafor')).toBeVisible();
  await expect(page.getByText('Last saved by Sam Okafor')).toBeVisible();
  await expect(valueField(page)).toHaveValue('91.4');
  await valueField(page).fill('92.3');
  await commentary(page).fill('Entered by the performance team from the November extract.');
  await saveDraftButton(page).click();
  await expect(savedStatus(page)).toHaveText(`SM6 for ${MONTH} is saved as a draft. It has not been submitted yet.`);
  await page.reload();
  await expect(page.getByText('Last saved by Priya Shah')).toBeVisible();
  await expect(page.getByText('Last saved by Sam Okafor')).toHaveCount(0);

  // Sam sees what was entered for him, and who entered it.
  const sam = await newSession(browser, DEMO.lead);
  await openEntry(sam.page, 'SM6');
  await expect(valueField(sam.page)).toHaveValue('92.3');
  await expect(sam.page.getByText('Last saved by Priya Shah')).toBeVisible();
  await sam.context.close();
});
