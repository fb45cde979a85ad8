// Single sign-on against a real OpenID Connect provider (e2e/oidc/provider.mjs, started by
// scripts/e2e-server.mjs): the provider proves who someone is, Performance Pack decides whether
// they may come in.
import { allowConsoleErrors, expect, test, type Page } from './fixtures';
import { asRole, SIGNED_OUT } from './sessions';
import { DEMO, DEMO_PASSWORD } from './sign-in';

const ISSUER = `http://127.0.0.1:${process.env.E2E_OIDC_PORT || '3101'}`;

// The provider's pages ask for a web font this machine cannot fetch, so the test cuts it off.
test.use({ allowedConsoleErrors: allowConsoleErrors(/net::ERR_FAILED \(at https:\/\/fonts\.googleapis\.com\//) });

test.beforeEach(async ({ page }) => {
  // The provider's development pages load a web font from Google; this machine has no network.
  await page.route('https://fonts.googleapis.com/**', (route) => route.abort());
});

/** Starts single sign-on from our sign-in page (reached from `start`) and signs in at the provider as `login`. */
async function signInAtProvider(page: Page, login: string, start = '/sign-in') {
  await page.goto(start);
  await expect(page).toHaveURL(/\/sign-in(\?|$)/);
  await page.getByRole('button', { name: 'Sign in with Council account' }).click();

  // oidc-provider's development sign-in form: any login, any password.
  await expect(page).toHaveURL((url) => url.origin === ISSUER && url.pathname.startsWith('/interaction/'));
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('any password will do');
  await page.getByRole('button', { name: 'Sign-in', exact: true }).click();
}

test('a provisioned person signs in with the council account and comes back where they were going', async ({ page, baseURL }) => {
  await signInAtProvider(page, DEMO.executive, '/measures');

  // The provider asks once for consent to share e-mail and profile with this client.
  const consent = page.getByRole('button', { name: 'Continue', exact: true });
  const signedInAs = page.getByTestId('signed-in-as');
  await expect(consent.or(signedInAs)).toBeVisible();
  if (await consent.isVisible()) await consent.click();

  await expect(page).toHaveURL(`${baseURL}/measures`);
  await expect(signedInAs).toHaveText('Alex Morgan (executive)');
  // A session of our own, not just a page: it holds on the next request.
  await page.reload();
  await expect(signedInAs).toHaveText('Alex Morgan (executive)');
});

test('someone the provider knows but Performance Pack does not is turned away, without a session', async ({ page }) => {
  await signInAtProvider(page, 'stranger@elsewhere.example');
  const consent = page.getByRole('button', { name: 'Continue', exact: true });
  const refusal = page.getByTestId('sign-in-error');
  await expect(consent.or(refusal)).toBeVisible();
  if (await consent.isVisible()) await consent.click();

  await expect(page).toHaveURL(/\/sign-in\?error=not-provisioned$/);
  await expect(refusal).toContainText('Your organisation account is not set up for Performance Pack');
  await expect(page.getByTestId('signed-in-as')).toHaveCount(0);

  await page.goto('/measures');
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fmeasures$/);
  await expect(page.getByTestId('signed-in-as')).toHaveCount(0);
  const session = await page.request.get('/api/auth/session');
  expect(await session.json()).toBeNull();
});

test('a password lock holds up neither single sign-on nor, once an administrator clears it, the password', async ({ browser, page }) => {
  // Five wrong passwords lock Jo's e-mail address for password sign-in.
  const locked = await browser.newContext({ storageState: SIGNED_OUT });
  const form = await locked.newPage();
  await form.goto('/sign-in');
  for (let i = 0; i < 6; i++) {
    await form.getByLabel('E-mail address').fill(DEMO.otherLead);
    await form.getByLabel('Password', { exact: true }).fill(i < 5 ? `not the password ${i}` : DEMO_PASSWORD);
    await form.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(form.getByText('The e-mail address or password is not right').first()).toBeVisible();
  }
  await locked.close();

  // The council's sign-on is not a password: it still lets Jo in.
  await signInAtProvider(page, DEMO.otherLead);
  const consent = page.getByRole('button', { name: 'Continue', exact: true });
  const signedInAs = page.getByTestId('signed-in-as');
  await expect(consent.or(signedInAs)).toBeVisible();
  if (await consent.isVisible()) await consent.click();
  await expect(signedInAs).toContainText('Jo Barnes');

  // An administrator ends the lock from the users page; the password works again at once.
  const admin = await asRole(browser, 'admin');
  await admin.page.goto('/admin/users');
  const lock = admin.page.getByTestId('sign-in-locks').locator(`tr[data-key="email:${DEMO.otherLead}"]`);
  await expect(lock).toContainText(`The e-mail address ${DEMO.otherLead}`);
  await lock.getByRole('button', { name: 'Clear this lock' }).click();
  await expect(admin.page.getByText(`The e-mail address ${DEMO.otherLead} can try to sign in again now.`)).toBeVisible();
  await admin.context.close();

  const again = await browser.newContext({ storageState: SIGNED_OUT });
  const retry = await again.newPage();
  await retry.goto('/sign-in');
  await retry.getByLabel('E-mail address').fill(DEMO.otherLead);
  await retry.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  await retry.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(retry.getByTestId('signed-in-as')).toContainText('Jo Barnes');
  await again.close();
});
