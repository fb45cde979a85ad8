// The chief executive's review in the browser: October 2020 (published in the seed) is reopened,
// SM4 goes back to its lead with a note, the lead revises and resubmits it, and the month is signed
// off and published again as version 2; the audit log tells the story in words. The file ends with
// October published again, as the other journeys expect. Also: a locked month said in words, and
// who may not see review or the audit log at all.
import { expectNoAccessibilityViolations } from './accessibility';
import { expect, test, type Browser, type Page } from './fixtures';
import { waitForHydration } from './pages/hydration';
import { SIGNED_OUT } from './sessions';
import { DEMO, signIn } from './sign-in';

const REASON = 'SM4’s commentary needs to say what the dip means for families.';
const NOTE = 'Please say what the October dip means for the families waiting.';
const REVISED = 'Revised: the October dip means eleven families waited longer for a second assessment.';
const KPI4_NOTE = 'KPI4 is Amber: please add what will be done.';
const KPI4_ACTION = 'Team managers track every visit due each week until all children are seen within 20 working days.';

const banner = (page: Page) => page.getByRole('status').filter({ hasText: 'Success' });
const card = (page: Page, ref: string) => page.locator(`[data-testid="review-measure"][data-ref="${ref}"]`);

async function newSession(browser: Browser, email: string) {
  const context = await browser.newContext({ storageState: SIGNED_OUT });
  const page = await context.newPage();
  await signIn(page, email);
  return { context, page };
}

/** Waits until React has taken over the page, so a click goes through the form engine. */
async function waitForForm(page: Page, field: string) {
  await expect(page.locator(`#${field}, form button`).first()).toBeAttached();
  await waitForHydration(page);
}

test.describe.configure({ mode: 'serial' });

test('October is reopened, SM4 returned, revised by its lead, signed off and published as version 2', async ({ browser }) => {
  // The longest journey: four people, eleven pages, and the published pack read before and after.
  test.setTimeout(180_000);
  const executive = await newSession(browser, DEMO.executive);
  const ceo = executive.page;

  // The review of a published month: its state, completeness and the one step left.
  await ceo.goto('/review/2020-10');
  await expect(ceo.getByRole('heading', { level: 1, name: 'Review of October 2020' })).toBeVisible();
  await expect(ceo.getByTestId('month-state')).toContainText('Published (version 1)');
  await expect(ceo.getByTestId('completeness')).toHaveText('32 of 32 submitted');
  await expect(card(ceo, 'SM4')).toContainText('Amber');
  await expect(card(ceo, 'SM4').getByRole('link', { name: /Return to lead/ })).toHaveCount(0);
  await expectNoAccessibilityViolations(ceo);
  // What the public reads at the month's address before: version 1, now kept by the server's cache.
  const ORIGINAL_SM4 = 'There have been 363 repeat referrals since April 2020';
  const publicPack = async (path: string) => {
    const visitor = await browser.newContext({ storageState: SIGNED_OUT });
    try {
      return await (await visitor.request.get(path)).text();
    } finally {
      await visitor.close();
    }
  };
  expect(await publicPack('/packs/2020-10')).toContain(ORIGINAL_SM4);

  // Reopen, with a reason: required.
  await ceo.getByRole('link', { name: 'Reopen', exact: true }).click();
  await expect(ceo).toHaveURL(/\/review\/2020-10\/reopen$/);
  await waitForForm(ceo, 'reason');
  await ceo.getByRole('button', { name: 'Reopen the month' }).click();
  await expect(ceo.getByTestId('error-summary')).toContainText('Enter the reason for reopening the month');
  await expectNoAccessibilityViolations(ceo);
  await ceo.getByLabel('Why are you reopening the month?').fill(REASON);
  await ceo.getByRole('button', { name: 'Reopen the month' }).click();
  await expect(ceo).toHaveURL(/\/review\/2020-10\?done=reopened$/);
  await expect(banner(ceo)).toContainText('October 2020 has been reopened and is in review again.');
  await expect(ceo.getByTestId('month-state')).toContainText('In review');

  // Return SM4 to its lead, with a note.
  await card(ceo, 'SM4').getByRole('link', { name: 'Return to lead (SM4)' }).click();
  await expect(ceo).toHaveURL(/\/review\/2020-10\/return\/SM4$/);
  await expect(ceo.getByRole('heading', { level: 1 })).toHaveText('Return SM4 to its lead');
  await waitForForm(ceo, 'note');
  await ceo.getByRole('button', { name: 'Return to lead' }).click();
  await expect(ceo.getByTestId('error-summary')).toContainText('Enter a note for the lead: say what needs changing');
  await expectNoAccessibilityViolations(ceo);
  await ceo.getByLabel('Note for Sam Okafor').fill(NOTE);
  await ceo.getByRole('button', { name: 'Return to lead' }).click();
  await expect(ceo).toHaveURL(/\/review\/2020-10\?done=returned&ref=SM4$/);
  await expect(banner(ceo)).toContainText('SM4 has been returned to its lead');
  await expect(ceo.getByTestId('completeness')).toHaveText('31 of 32 submitted, 1 returned');
  // Sign-off says why it is not possible, instead of a button: SM4, and KPI4, Amber without an
  // improvement action as the reference pack printed it.
  await expect(ceo.getByTestId('why-not')).toHaveText('The month cannot be signed off yet: 1 returned and not yet resubmitted (SM4); 1 rated Amber or Red without commentary or an improvement action (KPI4).');
  await expect(ceo.getByRole('link', { name: 'Sign off', exact: true })).toHaveCount(0);
  await expect(ceo.getByTestId('blocking-flags')).toContainText('SM4 was returned to its lead');
  await expect(card(ceo, 'SM4')).toContainText(NOTE);
  // The filters, on the server.
  await ceo.getByRole('link', { name: 'Returned', exact: true }).click();
  await expect(ceo).toHaveURL(/\?show=returned$/);
  await expect(ceo.getByTestId('review-measure')).toHaveCount(1);
  await expect(ceo.getByTestId('shown-count')).toHaveText('Showing 1 of 32 measures: returned.');
  await ceo.getByRole('link', { name: 'Red or Amber', exact: true }).click();
  await expect(ceo.getByTestId('review-measure').first()).toBeVisible();
  for (const rating of await ceo.getByTestId('review-measure').locator('[data-rating]').evaluateAll((els) => els.map((e) => e.getAttribute('data-rating')))) {
    expect(['red', 'amber']).toContain(rating);
  }
  // The sign-off page says the same, and has no button.
  await ceo.goto('/review/2020-10/sign-off');
  await expect(ceo.getByTestId('why-not')).toHaveText('The month cannot be signed off yet: 1 returned and not yet resubmitted (SM4); 1 rated Amber or Red without commentary or an improvement action (KPI4).');
  await expect(ceo.getByRole('button', { name: 'Sign off' })).toHaveCount(0);
  await expectNoAccessibilityViolations(ceo);

  // KPI4 goes back too, for its improvement action.
  await ceo.goto('/review/2020-10/return/KPI4');
  await waitForForm(ceo, 'note');
  await ceo.getByLabel('Note for Sam Okafor').fill(KPI4_NOTE);
  await ceo.getByRole('button', { name: 'Return to lead' }).click();
  await expect(ceo).toHaveURL(/\/review\/2020-10\?done=returned&ref=KPI4$/);
  await expect(ceo.getByTestId('completeness')).toHaveText('30 of 32 submitted, 2 returned');

  // The lead sees SM4 first, with the note, changes the commentary and resubmits.
  const lead = await newSession(browser, DEMO.lead);
  const sam = lead.page;
  await sam.goto('/my-measures?month=2020-10');
  // Returned entries come first, with the chief executive's notes.
  const rows = sam.getByTestId('my-measures').locator('tbody tr');
  await expect(rows.nth(0)).toHaveAttribute('data-ref', 'KPI4');
  await expect(rows.nth(0)).toContainText(KPI4_NOTE);
  const first = rows.nth(1);
  await expect(first).toHaveAttribute('data-ref', 'SM4');
  await expect(first).toContainText('Returned');
  await expect(first).toContainText(NOTE);
  await expectNoAccessibilityViolations(sam);
  await first.getByRole('link', { name: 'SM4', exact: true }).click();
  await expect(sam).toHaveURL(/\/entries\/2020-10\/SM4$/);
  await expect(sam.getByTestId('return-note')).toContainText(NOTE);
  await expect(sam.getByTestId('read-only')).toHaveCount(0);
  await waitForForm(sam, 'commentary');
  await sam.getByLabel('Commentary', { exact: true }).fill(REVISED);
  await sam.getByRole('button', { name: 'Submit', exact: true }).click();
  // Submitted again, the month in review: the page comes back read-only, with the revision.
  await expect(sam.getByTestId('read-only')).toHaveText('October 2020 is in review, so its figures can no longer be changed.');
  await expect(sam.getByRole('main')).toContainText(REVISED);
  await expect(sam.getByRole('main').getByText('Submitted', { exact: true })).toBeVisible();
  // And KPI4, with what will be done.
  await sam.goto('/entries/2020-10/KPI4');
  await waitForForm(sam, 'improvementAction');
  await sam.getByLabel('Improvement action', { exact: true }).fill(KPI4_ACTION);
  await sam.getByRole('button', { name: 'Submit', exact: true }).click();
  await expect(sam.getByTestId('read-only')).toHaveText('October 2020 is in review, so its figures can no longer be changed.');
  await expect(sam.getByRole('main')).toContainText(KPI4_ACTION);
  await lead.context.close();

  // Sign off, after the confirmation page.
  await ceo.goto('/review/2020-10');
  await expect(ceo.getByTestId('completeness')).toHaveText('32 of 32 submitted');
  await expect(card(ceo, 'SM4')).toContainText(REVISED);
  await ceo.getByRole('link', { name: 'Sign off', exact: true }).click();
  await expect(ceo).toHaveURL(/\/review\/2020-10\/sign-off$/);
  await expectNoAccessibilityViolations(ceo);
  await waitForForm(ceo, 'month');
  await ceo.getByRole('button', { name: 'Sign off', exact: true }).click();
  await expect(ceo).toHaveURL(/\/review\/2020-10\?done=signed-off$/);
  await expect(banner(ceo)).toContainText('October 2020 has been signed off. Its figures are locked.');
  await expect(ceo.getByTestId('month-state')).toContainText('Signed off');

  // Publish, public by default.
  await ceo.getByRole('link', { name: 'Publish', exact: true }).click();
  await expect(ceo).toHaveURL(/\/review\/2020-10\/publish$/);
  await waitForForm(ceo, 'author');
  await expect(ceo.getByLabel('Public: anyone may read it, without signing in')).toBeChecked();
  await expect(ceo.getByLabel('Author')).toHaveValue('Alex Morgan, Chief Executive');
  await expectNoAccessibilityViolations(ceo);
  await ceo.getByRole('button', { name: 'Publish the pack' }).click();
  await expect(ceo).toHaveURL(/\/review\/2020-10\?done=published&version=2$/);
  await expect(banner(ceo)).toContainText('October 2020 has been published as version 2.');
  await expect(ceo.getByTestId('month-state')).toContainText('Published (version 2)');
  await expectNoAccessibilityViolations(ceo);
  // The month's address shows version 2 at once; version 1 stays as it was published.
  const newest = await publicPack('/packs/2020-10');
  expect(newest).toContain(REVISED);
  expect(newest).toContain('KPI4 improvement action revised');
  const versionOne = await publicPack('/packs/2020-10/v1');
  expect(versionOne).toContain(ORIGINAL_SM4);
  expect(versionOne).not.toContain(REVISED);
  await expect(ceo.getByRole('link', { name: 'Read the published pack (version 2)' })).toHaveAttribute('href', '/packs/2020-10/v2');

  // The audit log: each step, newest first, before and after in words.
  await ceo.getByRole('link', { name: 'Audit log for October 2020' }).click();
  await expect(ceo).toHaveURL(/\/audit\?month=2020-10$/);
  const events = ceo.getByTestId('audit-event');
  await expect(events.nth(0)).toContainText('Pack published: October 2020');
  await expect(events.nth(0)).toContainText('State: approved → published');
  await expect(events.nth(0)).toContainText('KPI4 improvement action revised');
  await expect(events.nth(0)).toContainText('SM4 commentary revised');
  await expect(events.nth(1)).toContainText('Month signed off: October 2020');
  await expect(events.nth(2)).toContainText('Entry resubmitted: KPI4, October 2020');
  await expect(events.nth(2)).toContainText(`→ ${KPI4_ACTION}`);
  await expect(events.nth(3)).toContainText('Entry resubmitted: SM4, October 2020');
  await expect(events.nth(3)).toContainText('Status: returned → submitted');
  await expect(events.nth(3)).toContainText(`→ ${REVISED}`);
  await expect(events.nth(4)).toContainText('Entry returned to its lead: KPI4, October 2020');
  await expect(events.nth(5)).toContainText('Entry returned to its lead: SM4, October 2020');
  await expect(events.nth(5)).toContainText('Status: submitted → returned');
  await expect(events.nth(5)).toContainText(`Note: ${NOTE}`);
  await expect(events.nth(6)).toContainText('Month reopened: October 2020');
  await expect(events.nth(6)).toContainText('State: published → in review');
  await expect(events.nth(6)).toContainText(`Reason: ${REASON}`);
  await expect(ceo.getByTestId('audit-events')).not.toContainText('{');
  await expectNoAccessibilityViolations(ceo);
  // Filters together, on the server.
  await ceo.getByLabel('Measure').selectOption('SM4');
  await ceo.getByLabel('What happened').selectOption({ label: 'Entry returned to its lead' });
  await ceo.getByRole('button', { name: 'Apply filters' }).click();
  await expect(ceo).toHaveURL(/measure=SM4/);
  await expect(ceo.getByTestId('audit-count')).toHaveText('Showing 1 to 1 of 1 event.');
  await expect(events).toHaveCount(1);
  await executive.context.close();
});

test('the open month: what is missing before closing it, its flags, and its measures reflowing at 320 pixels', async ({ page }) => {
  // Four full checks with axe of pages of 32 measures each: 20 to 30 seconds on two cores, and
  // over a minute under CI's load.
  test.setTimeout(120_000);
  await signIn(page, DEMO.executive);
  await page.goto('/review');
  await expect(page).toHaveURL(/\/review\/2020-11$/);
  await expect(page.getByTestId('month-state')).toContainText('Open for entry');
  await expect(page.getByTestId('blocking-flags')).toContainText('SM1 has not been submitted.');
  await page.getByRole('link', { name: 'Not submitted', exact: true }).click();
  await expect(card(page, 'SM1')).toContainText('Not started');
  await expect(page.getByTestId('review-measure').filter({ hasText: 'Submitted' })).toHaveCount(0);
  await expectNoAccessibilityViolations(page);
  await page.setViewportSize({ width: 320, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await page.setViewportSize({ width: 1280, height: 800 });

  // Closing is confirmed on a page of its own, which says what is still missing (not closed here:
  // the other journeys enter November's figures).
  await page.getByRole('link', { name: 'Close for review' }).click();
  await expect(page).toHaveURL(/\/review\/2020-11\/close$/);
  await expect(page.getByTestId('still-missing')).toHaveText(/^\d+ of 32 measures not submitted: (KPI\d|SM\d+)(, (KPI\d|SM\d+))*$/);
  await expect(page.getByRole('button', { name: 'Close for review' })).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await page.goto('/audit');
  await expect(page.getByTestId('audit-count')).toHaveText(/^Showing 1 to \d+ of \d+ events?\.$/);
  await expectNoAccessibilityViolations(page);
});

test('a lead is told why a signed-off month cannot be changed', async ({ page }) => {
  await signIn(page, DEMO.lead);
  await page.goto('/entries/2020-09/KPI4');
  await expect(page.getByTestId('read-only')).toHaveText('September 2020 has been signed off, so its figures can no longer be changed.');
  await expect(page.getByRole('button', { name: 'Submit' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Save draft' })).toHaveCount(0);
});

test('a committee member and a lead may not see the review or the audit log', async ({ browser }) => {
  // Two people signed in through the form, and four refusals each: room beyond the default 30 seconds.
  test.setTimeout(60_000);
  for (const email of [DEMO.viewer, DEMO.lead]) {
    const { context, page } = await newSession(browser, email);
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Review' })).toHaveCount(0);
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit log' })).toHaveCount(0);
    for (const path of ['/review/2020-11', '/review', '/audit', '/review/2020-10/reopen']) {
      const response = await page.goto(path);
      expect(response?.status(), `${email} ${path}`).toBe(403);
    }
    await context.close();
  }
});
