// Every form keeps what was typed when the server cannot be reached, and says so in one sentence;
// without JavaScript a refused form comes back with what was typed (never a password). Then the
// pages around the forms: not found and the entry page's way back.
// The forms are the add-user form, the change-password form and the sign-in form; the entry
// form's own journey is in monthly-entry.spec.ts. Nothing here changes a demo account.
import { allowConsoleErrors, expect, test, type Page, type Route } from './fixtures';
import { waitForHydration } from './pages/hydration';
import { DEMO, DEMO_PASSWORD, signIn } from './sign-in';

// Each journey here cuts a form's request off, or answers it with a 500, on purpose: Chromium logs
// the failed request. Nothing else may reach the console.
test.use({
  allowedConsoleErrors: allowConsoleErrors(
    /^Failed to load resource: net::ERR_FAILED \(at http:\/\/localhost:\d+\/(admin\/users|account\/password|sign-in)\)$/,
    /^Failed to load resource: the server responded with a status of 500 \(Internal Server Error\) \(at http:\/\/localhost:\d+\/admin\/users\)$/,
  ),
});

const CONNECTION_LOST = 'Nothing was saved: the connection to the server failed. What you typed is still here. Try again in a moment.';

const errorSummary = (page: Page) => page.getByTestId('error-summary');
const isServerAction = (route: Route) => route.request().method() === 'POST' && !!route.request().headers()['next-action'];

/** Every server action posted from pages matching `url` fails as a dropped connection would. */
async function dropServerActions(page: Page, url: string) {
  await page.route(url, (route) => (isServerAction(route) ? route.abort('failed') : route.continue()));
}

/** Every server action posted from pages matching `url` gets a bare 500 from a broken server. */
async function breakServerActions(page: Page, url: string) {
  await page.route(url, (route) =>
    isServerAction(route) ? route.fulfill({ status: 500, contentType: 'text/plain', body: 'Internal Server Error' }) : route.continue());
}

/** Waits until React has taken over the form, so typing is not overwritten by hydration. */
async function waitForScript(page: Page, fieldId: string) {
  await expect(page.locator(`[id="${fieldId}"]`)).toBeAttached();
  await waitForHydration(page);
}

async function expectConnectionLost(page: Page) {
  const summary = errorSummary(page);
  await expect(summary).toBeVisible();
  await expect(summary.locator('p')).toHaveText(CONNECTION_LOST);
  await expect(summary).toBeFocused();
  // One sentence, once: no list of field problems, no second summary.
  await expect(errorSummary(page)).toHaveCount(1);
  await expect(summary.getByRole('listitem')).toHaveCount(0);
}

test('adding a user: a dropped connection keeps every field, and saving again adds them', async ({ page }) => {
  await signIn(page, DEMO.admin);
  await page.goto('/admin/users');
  await waitForScript(page, 'name');
  const stamp = `${Date.now()}`;
  const name = `Connection Test ${stamp}`;
  const email = `connection.${stamp}@tfc.example`;
  await dropServerActions(page, '**/admin/users');

  await page.getByLabel('Full name').fill(name);
  await page.getByLabel('E-mail address').fill(email);
  await page.getByRole('checkbox', { name: 'Lead', exact: true }).check();
  await page.getByRole('checkbox', { name: 'Viewer', exact: true }).check();
  await page.getByLabel('Temporary password').fill(`temporary-${stamp}`);
  await page.getByRole('button', { name: 'Add user' }).click();

  await expectConnectionLost(page);
  await expect(page.getByLabel('Full name')).toHaveValue(name);
  await expect(page.getByLabel('E-mail address')).toHaveValue(email);
  await expect(page.getByRole('checkbox', { name: 'Lead', exact: true })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Viewer', exact: true })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Admin', exact: true })).not.toBeChecked();
  await expect(page.getByLabel('Temporary password')).toHaveValue(`temporary-${stamp}`);
  await expect(page.getByTestId('users-table')).not.toContainText(email);

  // A server that breaks instead of answering: the same, and focus moves to the summary again.
  await page.unrouteAll({ behavior: 'wait' });
  await breakServerActions(page, '**/admin/users');
  await page.getByLabel('Full name').focus();
  await page.getByRole('button', { name: 'Add user' }).click();
  await expectConnectionLost(page);
  await expect(page.getByLabel('Full name')).toHaveValue(name);

  // Back online, the same form adds them.
  await page.unrouteAll({ behavior: 'wait' });
  await page.getByRole('button', { name: 'Add user' }).click();
  await expect(page.getByRole('status')).toContainText(`${name} can now sign in with the temporary password`);
  await expect(errorSummary(page)).toHaveCount(0);
  await expect(page.getByTestId('users-table')).toContainText(email);
});

test('changing a password: a dropped connection keeps what was typed and changes nothing', async ({ page }) => {
  await signIn(page, DEMO.viewer);
  await page.goto('/account/password');
  await waitForScript(page, 'currentPassword');
  await dropServerActions(page, '**/account/password');

  await page.getByLabel('Current password').fill(DEMO_PASSWORD);
  await page.getByLabel('New password', { exact: true }).fill('a brand new passphrase');
  await page.getByLabel('New password again').fill('a brand new passphrase');
  await page.getByRole('button', { name: 'Change password' }).click();

  await expectConnectionLost(page);
  await expect(page).toHaveURL(/\/account\/password$/);
  await expect(page.getByLabel('Current password')).toHaveValue(DEMO_PASSWORD);
  await expect(page.getByLabel('New password', { exact: true })).toHaveValue('a brand new passphrase');
  await expect(page.getByLabel('New password again')).toHaveValue('a brand new passphrase');
  // Still signed in: the session was never ended, as a change would have ended it.
  await page.unrouteAll({ behavior: 'wait' });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Change your password' })).toBeVisible();
  await expect(page.getByTestId('signed-in-as')).toBeVisible();
});

test('signing in: a dropped connection keeps what was typed, and signing in again works', async ({ page }) => {
  await page.goto('/sign-in');
  await waitForScript(page, 'email');
  await dropServerActions(page, '**/sign-in**');

  await page.getByLabel('E-mail address').fill(DEMO.lead);
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();

  await expectConnectionLost(page);
  await expect(page.getByLabel('E-mail address')).toHaveValue(DEMO.lead);
  await expect(page.getByLabel('Password', { exact: true })).toHaveValue(DEMO_PASSWORD);

  await page.unrouteAll({ behavior: 'wait' });
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByTestId('signed-in-as')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible();
});

test('without JavaScript a refused form comes back with what was typed, but never a password', async ({ browser }) => {
  const anonymous = await browser.newContext({ javaScriptEnabled: false });
  const signInPage = await anonymous.newPage();
  await signInPage.goto('/sign-in');
  // An address with no account, so no demo account's sign-in throttle is touched.
  await signInPage.getByLabel('E-mail address').fill('nobody.here@tfc.example');
  await signInPage.getByLabel('Password', { exact: true }).fill('not the password at all');
  await signInPage.getByRole('button', { name: 'Sign in', exact: true }).click();
  await signInPage.waitForLoadState();
  await expect(errorSummary(signInPage)).toBeVisible();
  await expect(signInPage.getByLabel('E-mail address')).toHaveValue('nobody.here@tfc.example');
  await expect(signInPage.getByLabel('Password', { exact: true })).toHaveValue('');
  expect(await signInPage.content()).not.toContain('not the password at all');
  await anonymous.close();

  // An admin's session in a browser that runs no script: a user with a temporary password too short.
  const admin = await browser.newContext();
  await signIn(await admin.newPage(), DEMO.admin);
  const plain = await browser.newContext({ javaScriptEnabled: false, storageState: await admin.storageState() });
  await admin.close();
  const page = await plain.newPage();
  await page.goto('/admin/users');
  const stamp = `${Date.now()}`;
  await page.getByLabel('Full name').fill(`No Script ${stamp}`);
  await page.getByLabel('E-mail address').fill(`no.script.${stamp}@tfc.example`);
  await page.getByRole('checkbox', { name: 'Executive', exact: true }).check();
  await page.getByLabel('Temporary password').fill('short');
  await page.getByRole('button', { name: 'Add user' }).click();
  await page.waitForLoadState();
  await expect(errorSummary(page).getByRole('link', { name: 'Password must be 12 characters or more' })).toHaveAttribute('href', '#temporaryPassword');
  await expect(page.getByLabel('Full name')).toHaveValue(`No Script ${stamp}`);
  await expect(page.getByLabel('E-mail address')).toHaveValue(`no.script.${stamp}@tfc.example`);
  await expect(page.getByRole('checkbox', { name: 'Executive', exact: true })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Lead', exact: true })).not.toBeChecked();
  await expect(page.getByLabel('Temporary password')).toHaveValue('');
  await plain.close();
});

test('an unknown page says so in the house style, uncached, with the security policy', async ({ page }) => {
  await signIn(page, DEMO.lead);
  for (const path of ['/no-such-page', '/entries/2020-11/XYZ9', '/entries/2020-13/KPI4', '/entries/november/KPI4']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    const headers = response!.headers();
    expect(headers['cache-control'], path).toContain('no-store');
    expect(headers['content-security-policy'], path).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await expect(page.getByRole('link', { name: 'Go to the start page' })).toHaveAttribute('href', '/');
    // The title repeats nothing from the address.
    await expect(page).toHaveTitle('Page not found – Performance Pack');
  }
});

test('an entry page is titled with its month’s name and leads back to that month’s list', async ({ page }) => {
  await signIn(page, DEMO.lead);
  await page.goto('/entries/2020-11/KPI4');
  await expect(page).toHaveTitle('KPI4, November 2020 – Performance Pack');
  // November is the open month: its list is "Your measures" itself.
  await expect(page.getByRole('link', { name: 'Back to the measures for November 2020' })).toHaveAttribute('href', '/my-measures');

  await page.goto('/entries/2020-10/KPI4');
  await expect(page).toHaveTitle('KPI4, October 2020 – Performance Pack');
  await expect(page.getByRole('link', { name: 'Back to the measures for October 2020' })).toHaveAttribute('href', '/my-measures?month=2020-10');
});
