// Server actions are public endpoints: anyone can post to one with any session. Here an admin's
// real "add user" request is captured and replayed with other people's sessions; only the admin's
// may change anything.
import { expect, test, type Browser, type Request } from '@playwright/test';
import { holdBackServerAction, replay } from './server-action-replay';
import { DEMO, signIn } from './sign-in';

async function capturedAddUser(browser: Browser, email: string): Promise<Request> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, DEMO.admin);
  await page.goto('/admin/users');
  // Hold the admin's own request back, so only the replays below could create anyone.
  const held = await holdBackServerAction(page, '**/admin/users');
  await page.getByLabel('Full name').fill('Replayed Person');
  await page.getByLabel('E-mail address').fill(email);
  await page.getByRole('checkbox', { name: 'Admin', exact: true }).check();
  await page.getByLabel('Temporary password').fill('a-long-temporary-password');
  await page.getByRole('button', { name: 'Add user' }).click();
  await expect.poll(held.request).toBeTruthy();
  await context.close();
  return held.request()!;
}

test('an "add user" action replayed by anyone but an admin creates nobody', async ({ browser, page }) => {
  test.slow();
  const email = `replayed.${Date.now()}@tfc.example`;
  const request = await capturedAddUser(browser, email);

  for (const person of [null, DEMO.viewer, DEMO.lead, DEMO.executive]) {
    const response = await replay(browser, request, person);
    expect(response.status, `replayed as ${person ?? 'anonymous'}`).toBeLessThan(500);
  }
  await signIn(page, DEMO.admin);
  await page.goto('/admin/users');
  await expect(page.getByTestId('users-table')).not.toContainText(email);

  // The same request with an admin's session does create them: the replay itself works.
  await replay(browser, request, DEMO.admin);
  await page.reload();
  await expect(page.getByTestId('users-table')).toContainText(email);
});
