// The monthly entry: a lead's list for the open month (November 2020 in the demo), the entry form
// with its live rating, GOV.UK errors, saving and submitting, and what the server refuses whatever
// the browser does. Every test uses measures of its own, so they may run in any order on the one
// seeded database:
//   KPI4 (submit with Amber)    KPI6 (bad input)           SM10 (replayed request)
//   KPI3 (no JavaScript)        SM7 (two people at once)   SM2 (server unreachable)
//   KPI5 (keyboard alone)       SM6 (the admin on Sam's behalf)
//   SM5 (Back and Forward after a save)
import { expectNoAccessibilityViolations } from './accessibility';
import { allowConsoleErrors, expect, test, type Request } from './fixtures';
import { EntryPage } from './pages/entry-page';
import { MyMeasuresPage } from './pages/my-measures-page';
import { holdBackServerAction, replay } from './server-action-replay';
import { asRole, sessionFile } from './sessions';
import { DEMO } from './sign-in';

const MONTH = 'November 2020';
const CONNECTION_LOST = 'Nothing was saved: the connection to the server failed. What you typed is still here. Try again in a moment.';
/**
 * What is logged when a test cuts a save's request off, or answers it with a 500, on purpose:
 * Chromium's line for the failed request, and the entry form's own line for the failed save.
 */
const CUT_OFF_SAVES = [
  /^Failed to load resource: net::ERR_FAILED \(at http:\/\/(?:127\.0\.0\.1|localhost):\d+\/entries\/2020-11\/(SM2|SM10)\)$/,
  /^Failed to load resource: the server responded with a status of 500 \(Internal Server Error\) \(at http:\/\/(?:127\.0\.0\.1|localhost):\d+\/entries\/2020-11\/SM2\)$/,
  /^Saving the entry failed: (TypeError: Failed to fetch|Error: Internal Server Error)\b/,
];

// Sam Okafor, who leads twenty of the measures, unless a test says otherwise.
test.use({ signedInAs: 'lead' });

test('a lead sees their measures for the month, and submits an Amber figure once it is explained', async ({ page }) => {
  const list = new MyMeasuresPage(page);
  await list.goto();
  await expect(list.heading(`Your measures for ${MONTH}`)).toBeVisible();
  await expect(page.getByText('Figures are due by 10 December 2020.')).toBeVisible();
  // Sam's twenty measures and nobody else's, each with where it stands; no Owner column for a lead.
  await expect(list.rows).toHaveCount(20);
  await expect(list.row('KPI1')).toHaveCount(0);
  await expect(list.row('KPI2')).toHaveCount(0);
  await expect(list.ownerColumn).toHaveCount(0);
  await expect(list.row('KPI4')).toContainText('Draft');
  await expect(list.row('KPI4')).toContainText('97.1%');
  await expect(list.row('KPI4')).toContainText('Green');
  await expect(list.row('KPI3')).toContainText('Draft');
  await expect(list.row('SM1')).toContainText('Not started');
  await expectNoAccessibilityViolations(page);

  const entry = await list.openEntry('KPI4');
  await expect(entry.heading).toContainText('statutory visit within 20 working days');
  await expect(entry.valueField).toHaveValue('97.1');
  await expect(entry.ratingPreview).toContainText('Green');

  await entry.valueField.fill('94.5');
  await expect(entry.commentary).toHaveValue('');
  await expect(entry.improvementAction).toHaveValue('');
  const preview = entry.ratingPreview;
  await expect(preview).toContainText('Amber');
  await expect(preview).toContainText('94.5% is below the 95% target but within the 90% – 94.9% tolerance.');
  await expect(preview).toContainText('Commentary and an improvement action are needed before you submit.');

  await entry.submitButton.click();
  const summary = entry.errorSummary;
  await expect(summary).toBeVisible();
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('There is a problem');
  const commentaryMessage = `Enter commentary: ${MONTH} is rated Amber, so say why`;
  const actionMessage = `Enter an improvement action: ${MONTH} is rated Amber, so say what will be done`;
  await expect(summary.getByRole('link', { name: commentaryMessage })).toHaveAttribute('href', '#commentary');
  await expect(summary.getByRole('link', { name: actionMessage })).toHaveAttribute('href', '#improvementAction');
  await expect(summary.getByRole('link')).toHaveCount(2);
  // The same words beside each field.
  await expect(entry.fieldError('commentary')).toHaveText(`Error: ${commentaryMessage}`);
  await expect(entry.fieldError('improvementAction')).toHaveText(`Error: ${actionMessage}`);
  await expect(entry.commentary).toHaveAttribute('aria-invalid', 'true');
  // What was typed is still there, and nothing was saved.
  await expect(entry.valueField).toHaveValue('94.5');
  await expect(entry.savedStatus).toHaveText('');
  await expectNoAccessibilityViolations(page);

  // Each link takes you to its field.
  await summary.getByRole('link', { name: actionMessage }).click();
  await expect(entry.improvementAction).toBeFocused();
  await summary.getByRole('link', { name: commentaryMessage }).click();
  await expect(entry.commentary).toBeFocused();

  await entry.commentary.fill('Two visits in the last week of November slipped while a social worker was off sick.');
  await entry.improvementAction.fill('Team manager checks visit due dates every Monday; cover is arranged for absences from December.');
  await entry.submitButton.click();
  await expect(entry.savedStatus).toHaveText(`KPI4 for ${MONTH} is submitted, rated Amber.`);
  await expect(entry.errorSummary).toHaveCount(0);

  await list.goto();
  await expect(list.row('KPI4')).toContainText('Submitted');
  await expect(list.row('KPI4')).toContainText('94.5%');
  await expect(list.row('KPI4')).toContainText('Amber');
});

test('a figure that cannot be read is an error that says what to do, the GOV.UK way', async ({ page }) => {
  const entry = new EntryPage(page);
  await entry.open('KPI6');
  await expect(entry.valueField).toHaveValue('');
  await expect(entry.valueHint).toHaveText('A percentage between 0 and 100, up to 1 decimal place, like 94.5');

  const summary = entry.errorSummary;
  const valueError = entry.fieldError('value');
  await entry.valueField.fill('ninety');
  await entry.saveDraftButton.click();
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link', { name: 'Enter the percentage as a number, like 94.5' })).toHaveAttribute('href', '#value');
  await expect(valueError).toHaveText('Error: Enter the percentage as a number, like 94.5');
  await expect(entry.valueField).toHaveAttribute('aria-invalid', 'true');

  // Once shown, the message follows what is typed.
  await entry.valueField.fill('101');
  await expect(valueError).toHaveText('Error: Percentage must be between 0 and 100');
  await expect(summary).toContainText('Percentage must be between 0 and 100');
  await entry.saveDraftButton.click();
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Percentage must be between 0 and 100');

  await entry.valueField.fill('94.55');
  await entry.saveDraftButton.click();
  await expect(valueError).toHaveText('Error: Enter no more than 1 decimal place');
  await expect(summary.getByRole('link', { name: 'Enter no more than 1 decimal place' })).toBeVisible();

  // Nothing so far reached the server.
  await expect(entry.savedStatus).toHaveText('');

  // The character count, GOV.UK style, counting down as you type.
  const count = entry.characterCount('commentary');
  await expect(count).toHaveText('You have 2,000 characters remaining');
  await entry.commentary.pressSequentially('PEPs');
  await expect(count).toHaveText('You have 1,996 characters remaining');
  await entry.commentary.pressSequentially(' were reviewed.');
  await expect(count).toHaveText('You have 1,981 characters remaining');
  await expect(entry.characterCount('improvementAction')).toHaveText('You have 2,000 characters remaining');

  // "94.5%" is read as 94.5, and kept as 94.5.
  await entry.valueField.fill('94.5%');
  await expect(valueError).toHaveCount(0);
  await expect(summary).toHaveCount(0);
  await expect(entry.ratingPreview).toContainText('Green');
  await entry.saveDraftButton.click();
  await expect(entry.savedStatus).toHaveText(`KPI6 for ${MONTH} is saved as a draft. It has not been submitted yet.`);
  await entry.open('KPI6');
  await expect(entry.valueField).toHaveValue('94.5');
  await expect(entry.commentary).toHaveValue('PEPs were reviewed.');
});

test.describe(() => {
  test.use({ signedInAs: 'otherLead', allowedConsoleErrors: allowConsoleErrors(...CUT_OFF_SAVES) });

  test('only the owner or the performance team can change a measure’s figures, in the page and at the server', async ({ page, browser }) => {
    test.slow(); // four sessions
    // Jo leads other measures: Sam's KPI4 is read-only for Jo, and says who can change it.
    const jos = new EntryPage(page);
    await page.goto(jos.path('KPI4'));
    await expect(jos.readOnlyNotice).toHaveText('Only Sam Okafor, who owns KPI4, or the performance team can change these figures.');
    await expect(jos.submitButton).toHaveCount(0);
    await expect(jos.saveDraftButton).toHaveCount(0);
    await expect(page.getByRole('textbox')).toHaveCount(0);
    await expectNoAccessibilityViolations(page);

    // Sam's own "Save draft" on SM10, held back so that only the replays below could save anything.
    const sam = await asRole(browser, 'lead');
    const sams = new EntryPage(sam.page);
    await sams.open('SM10');
    await expect(sams.valueField).toHaveValue('');
    const held = await holdBackServerAction(sam.page, '**/entries/2020-11/SM10');
    await sams.valueField.fill('77.7');
    await sams.commentary.fill('Replayed: contact with care leavers dipped in November.');
    await sams.saveDraftButton.click();
    await expect.poll(held.request).toBeTruthy();
    const captured = held.request();
    await expect(sams.errorSummary).toContainText(CONNECTION_LOST);
    await sam.page.unrouteAll({ behavior: 'wait' });

    const asJo = await replay(browser, captured!, DEMO.otherLead);
    expect(asJo.status, 'replayed as Jo').toBeLessThan(500);
    expect(asJo.body).toContain('Only Sam Okafor, who owns SM10, or the performance team can change these figures.');
    const asNobody = await replay(browser, captured!, null);
    expect(asNobody.status, 'replayed with no session').toBeLessThan(500);

    await sams.open('SM10');
    await expect(sams.valueField).toHaveValue('');
    await expect(sams.commentary).toHaveValue('');
    await expect(sam.page.getByText('Not started')).toBeVisible();

    // The same request with Sam's own session does save: the replay itself works.
    const asSam = await replay(browser, captured!, DEMO.lead);
    expect(asSam.status).toBe(200);
    await sams.open('SM10');
    await expect(sams.valueField).toHaveValue('77.7');
    await expect(sams.commentary).toHaveValue('Replayed: contact with care leavers dipped in November.');
    await expect(sam.page.getByText('Last saved by Sam Okafor')).toBeVisible();
    await sam.context.close();
  });
});

test('after a save the page follows it, and Back and Forward show the entry as saved, never as it was', async ({ page }) => {
  const list = new MyMeasuresPage(page);
  await list.goto();
  await expect(list.row('SM5')).toContainText('Not started');
  const entry = await list.openEntry('SM5');
  await expect(page.getByTestId('last-saved-by')).toHaveCount(0);
  await expect(page.getByTestId('compared')).toHaveCount(0);

  await entry.valueField.fill('90.1');
  await entry.saveDraftButton.click();
  await expect(entry.savedStatus).toHaveText(`SM5 for ${MONTH} is saved as a draft. It has not been submitted yet.`);
  // What the page shows of the save follows the answer: the status, who saved it, the comparison.
  await expect(page.getByTestId('entry-status')).toHaveText('Draft');
  await expect(page.getByTestId('last-saved-by')).toHaveText('· Last saved by Sam Okafor');
  await expect(page.getByTestId('compared')).toContainText('(85.4% → 90.1%)');

  // Back to the list the browser kept from before the save: it is fetched again.
  await page.goBack();
  await expect(list.row('SM5')).toContainText('Draft');
  await expect(list.row('SM5')).toContainText('90.1%');
  // Forward to the entry: the form starts from the save, so saving again meets no conflict.
  await page.goForward();
  await expect(entry.valueField).toHaveValue('90.1');
  await expect(page.getByTestId('last-saved-by')).toHaveText('· Last saved by Sam Okafor');
  await entry.valueField.fill('90.4');
  await entry.saveDraftButton.click();
  await expect(entry.savedStatus).toHaveText(`SM5 for ${MONTH} is saved as a draft. It has not been submitted yet.`);
  await expect(entry.conflict).toHaveCount(0);
  await page.reload();
  await expect(entry.valueField).toHaveValue('90.4');
  await expect(page.getByTestId('compared')).toContainText('(85.4% → 90.4%)');
});

test('without JavaScript the server still refuses an Amber submit with no commentary', async ({ page, browser }) => {
  // Sam's session in a browser that runs no JavaScript.
  const noScript = await browser.newContext({ javaScriptEnabled: false, storageState: sessionFile('lead') });
  const plain = new EntryPage(await noScript.newPage());
  await plain.openWithoutScript('KPI3');
  await expect(plain.heading).toContainText('referrals with a decision within 24 hours');
  // The saved draft is in the fields as the server drew them, with the version it was saved as.
  await expect(plain.valueField).toHaveValue('93.2');
  await expect(plain.commentary).toHaveValue('Referrals rose again in November and some decisions waited for information from schools.');
  await expect(plain.figureAvailable).toBeChecked();
  await expect(plain.page.locator('input[name="version"]')).toHaveValue(/^[1-9]\d*$/);

  // KPI3: target 95, tolerance edge 85, so 90 is Amber.
  await plain.valueField.fill('90');
  await plain.commentary.fill('');
  await plain.improvementAction.fill('');
  const posted = plain.page.waitForRequest((request) => request.method() === 'POST' && request.url().endsWith('/entries/2020-11/KPI3'));
  await plain.submitButton.click();
  const request = await posted;
  // A plain form post: no script built it, so no browser check ran.
  expect(request.headers()['next-action']).toBeUndefined();
  expect(request.postData() ?? '').toMatch(/name="intent"\r\n\r\nsubmit\r\n/);
  await plain.page.waitForLoadState();

  // The server's answer, drawn without JavaScript: its errors, and what was typed.
  const summary = plain.errorSummary;
  await expect(summary).toBeVisible();
  await expect(summary.getByRole('link', { name: `Enter commentary: ${MONTH} is rated Amber, so say why` })).toHaveAttribute('href', '#commentary');
  await expect(summary.getByRole('link', { name: `Enter an improvement action: ${MONTH} is rated Amber, so say what will be done` })).toBeVisible();
  await expect(plain.fieldError('commentary')).toHaveText(`Error: Enter commentary: ${MONTH} is rated Amber, so say why`);
  await expect(plain.valueField).toHaveValue('90');
  await expect(plain.commentary).toHaveValue('');
  await expect(plain.savedStatus).toHaveText('');

  // Nothing was submitted or changed.
  const list = new MyMeasuresPage(page);
  await list.goto();
  await expect(list.row('KPI3')).toContainText('Draft');
  await expect(list.row('KPI3')).not.toContainText('Submitted');
  await expect(list.row('KPI3')).toContainText('93.2%');

  // Explained, the same page saves without JavaScript too: a draft, over the version it started from.
  await plain.commentary.fill('Referrals rose again and some decisions waited for information from schools.');
  await plain.saveDraftButton.click();
  await expect(plain.savedStatus).toHaveText(`KPI3 for ${MONTH} is saved as a draft. It has not been submitted yet.`);
  await expect(plain.errorSummary).toHaveCount(0);
  await expect(plain.valueField).toHaveValue('90');
  await noScript.close();

  const entry = new EntryPage(page);
  await entry.open('KPI3');
  await expect(entry.valueField).toHaveValue('90');
  await expect(entry.commentary).toHaveValue('Referrals rose again and some decisions waited for information from schools.');
  await expect(page.getByText('Draft', { exact: true })).toBeVisible();
});

test('two people saving the same entry: the second is shown the first’s figures and keeps their own', async ({ browser }) => {
  test.slow(); // two sessions
  const sam = await asRole(browser, 'lead');
  const priya = await asRole(browser, 'admin');
  const sams = new EntryPage(sam.page);
  const priyas = new EntryPage(priya.page);
  await sams.open('SM7');
  await priyas.open('SM7');
  await expect(sams.valueField).toHaveValue('');
  await expect(priyas.valueField).toHaveValue('');

  await sams.valueField.fill('93.5');
  await sams.saveDraftButton.click();
  await expect(sams.savedStatus).toHaveText(`SM7 for ${MONTH} is saved as a draft. It has not been submitted yet.`);

  // Priya's page still holds the version from before Sam saved.
  await priyas.valueField.fill('96.2');
  await priyas.commentary.fill('Checked against the case list on 3 December.');
  await priyas.saveDraftButton.click();
  const conflict = priyas.conflict;
  await expect(conflict).toBeVisible();
  await expect(conflict.getByRole('heading', { name: 'Sam Okafor saved this entry after you opened it' })).toBeVisible();
  const valueRow = conflict.getByRole('row', { name: /^Value\b/ });
  await expect(valueRow.getByRole('cell')).toHaveText(['93.5', '96.2']);
  await expect(conflict.getByRole('row', { name: /^Commentary\b/ }).getByRole('cell')).toHaveText(['–', 'Checked against the case list on 3 December.']);
  await expect(priyas.savedStatus).toHaveText('');
  await expect(priyas.valueField).toHaveValue('96.2');
  await expect(priyas.commentary).toHaveValue('Checked against the case list on 3 December.');
  await expectNoAccessibilityViolations(priya.page);

  // Saving again keeps Priya's figures.
  await priyas.saveDraftButton.click();
  await expect(priyas.savedStatus).toHaveText(`SM7 for ${MONTH} is saved as a draft. It has not been submitted yet.`);
  await expect(conflict).toHaveCount(0);

  await sams.open('SM7');
  await expect(sams.valueField).toHaveValue('96.2');
  await expect(sams.commentary).toHaveValue('Checked against the case list on 3 December.');
  await expect(sam.page.getByText('Last saved by Priya Shah')).toBeVisible();
  await sam.context.close();
  await priya.context.close();
});

test.describe(() => {
  test.use({ allowedConsoleErrors: allowConsoleErrors(...CUT_OFF_SAVES) });

  test('when the server cannot be reached, what was typed stays in the form', async ({ page }) => {
    const entry = new EntryPage(page);
    await entry.open('SM2');
    const isAction = (request: Request) => request.method() === 'POST' && !!request.headers()['next-action'];
    await page.route('**/entries/2020-11/SM2', (route) => (isAction(route.request()) ? route.abort('failed') : route.continue()));

    await entry.valueField.fill('45.6');
    await entry.commentary.fill('Fewer plans ended in November than started.');
    await entry.saveDraftButton.click();
    const summary = entry.errorSummary;
    await expect(summary).toContainText(CONNECTION_LOST);
    await expect(summary).toBeFocused();
    await expect(entry.valueField).toHaveValue('45.6');
    await expect(entry.commentary).toHaveValue('Fewer plans ended in November than started.');
    await expect(entry.savedStatus).toHaveText('');

    // A server that answers 500 instead of the action's reply: the same.
    await page.unrouteAll({ behavior: 'wait' });
    await page.route('**/entries/2020-11/SM2', (route) =>
      isAction(route.request()) ? route.fulfill({ status: 500, contentType: 'text/plain', body: 'Internal Server Error' }) : route.continue());
    await entry.valueField.fill('45.7');
    await entry.saveDraftButton.click();
    await expect(summary).toContainText(CONNECTION_LOST);
    await expect(entry.valueField).toHaveValue('45.7');
    await expect(entry.commentary).toHaveValue('Fewer plans ended in November than started.');

    await page.unrouteAll({ behavior: 'wait' });
    await entry.saveDraftButton.click();
    await expect(entry.savedStatus).toHaveText(`SM2 for ${MONTH} is saved as a draft. It has not been submitted yet.`);
    await expect(summary).toHaveCount(0);
    await entry.open('SM2');
    await expect(entry.valueField).toHaveValue('45.7');
    await expect(entry.commentary).toHaveValue('Fewer plans ended in November than started.');
  });
});

test('a draft can be entered and saved with the keyboard alone', async ({ page }) => {
  const entry = new EntryPage(page);
  await entry.open('KPI5');
  const yes = entry.figureAvailable;
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
  await expect(entry.ratingPreview).toContainText('Blue');
  await page.keyboard.press('ArrowUp');
  await expect(yes).toBeFocused();
  await expect(yes).toBeChecked();

  await page.keyboard.press('Tab');
  await expect(entry.valueField).toBeFocused();
  await page.keyboard.type('ten');
  await page.keyboard.press('Tab');
  await expect(entry.ytdValueField).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(entry.commentary).toBeFocused();
  await page.keyboard.type('Two children moved placement after a carer retired.');
  await page.keyboard.press('Tab');
  await expect(entry.improvementAction).toBeFocused();
  // A figure that cannot be read rates nothing yet, so no judgement is offered in its place (issue 10).
  await expect(page.getByTestId('rating-preview')).toContainText('The figure cannot be read yet: fix it to see the rating.');
  await page.keyboard.press('Tab');
  await expect(entry.saveDraftButton).toBeFocused();
  await page.keyboard.press('Enter');

  // The error summary takes focus; its link takes you to the field.
  const summary = entry.errorSummary;
  await expect(summary).toBeFocused();
  await page.keyboard.press('Tab');
  const link = summary.getByRole('link', { name: 'Enter the percentage as a number, like 94.5' });
  await expect(link).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(entry.valueField).toBeFocused();
  await page.keyboard.press('ControlOrMeta+A');
  // "10." on the way to "10.2" cannot be read, so the summary comes back for a moment: it must not
  // take focus from the field while it is being typed in.
  await page.keyboard.type('10.2');
  await expect(entry.valueField).toBeFocused();
  await expect(entry.valueField).toHaveValue('10.2');
  await expect(entry.ratingPreview).toContainText('Green');
  await expect(summary).toHaveCount(0);

  // Green now: no judgement offered, so Save draft is four stops on.
  for (const expected of [entry.ytdValueField, entry.commentary, entry.improvementAction, entry.saveDraftButton]) {
    await page.keyboard.press('Tab');
    await expect(expected).toBeFocused();
  }
  await page.keyboard.press('Enter');
  await expect(entry.savedStatus).toHaveText(`KPI5 for ${MONTH} is saved as a draft. It has not been submitted yet.`);
  // Focus stays where it was, not sent back to the top of the page.
  await expect(entry.saveDraftButton).toBeFocused();

  await entry.open('KPI5');
  await expect(entry.valueField).toHaveValue('10.2');
  await expect(entry.commentary).toHaveValue('Two children moved placement after a carer retired.');
  await expect(page.getByText('Draft', { exact: true })).toBeVisible();
});

test.describe(() => {
  test.use({ signedInAs: 'admin' });

  test('the performance team can enter figures on a lead’s behalf', async ({ page, browser }) => {
    const list = new MyMeasuresPage(page);
    await list.goto();
    await expect(list.heading(`Measures for ${MONTH}`)).toBeVisible();
    await expect(list.ownerColumn).toBeVisible();
    await expect(list.rows).toHaveCount(32);
    await expect(list.row('KPI1')).toContainText('Jo Barnes');
    await expect(list.row('KPI4')).toContainText('Sam Okafor');
    await expect(list.row('SM6')).toContainText('Sam Okafor');
    await expect(list.row('SM6')).toContainText('Draft');
    await expectNoAccessibilityViolations(page);

    const entry = await list.openEntry('SM6');
    await expect(page.getByText('Owner: Sam Okafor')).toBeVisible();
    await expect(page.getByText('Last saved by Sam Okafor')).toBeVisible();
    await expect(entry.valueField).toHaveValue('91.4');
    await entry.valueField.fill('92.3');
    await entry.commentary.fill('Entered by the performance team from the November extract.');
    await entry.saveDraftButton.click();
    await expect(entry.savedStatus).toHaveText(`SM6 for ${MONTH} is saved as a draft. It has not been submitted yet.`);
    await page.reload();
    await expect(page.getByText('Last saved by Priya Shah')).toBeVisible();
    await expect(page.getByText('Last saved by Sam Okafor')).toHaveCount(0);

    // Sam sees what was entered for him, and who entered it.
    const sam = await asRole(browser, 'lead');
    const sams = new EntryPage(sam.page);
    await sams.open('SM6');
    await expect(sams.valueField).toHaveValue('92.3');
    await expect(sam.page.getByText('Last saved by Priya Shah')).toBeVisible();
    await sam.context.close();
  });
});
