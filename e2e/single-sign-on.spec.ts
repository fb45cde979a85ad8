// Single sign-on against a real OpenID Connect provider (e2e/oidc/provider.mjs, started by
// scripts/e2e-server.mjs): the provider proves who someone is, Performance Pack decides whether
// they may come in.
import { allowConsoleErrors, expect, test, type Page } from './fixtures';
import { DEMO } from './sign-in';

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
