// The sign-in journeys themselves, so every test here signs in through the form; the two that
// sign out (or try to) end only a session of their own.
import { expectNoAccessibilityViolations } from './accessibility';
import { expect, test } from './fixtures';
import { SignInPage } from './pages/sign-in-page';
import { DEMO, DEMO_PASSWORD, signIn } from './sign-in';

test('anonymous people are sent to sign in, and come back where they were going', async ({ page }) => {
  await page.goto('/measures');
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await expectNoAccessibilityViolations(page);

  await new SignInPage(page).submit(DEMO.lead, DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/measures$/);
  await expect(page.getByTestId('signed-in-as')).toContainText('Sam Okafor (lead)');
});

test('a wrong password gets one generic sentence and keeps the e-mail typed', async ({ page }) => {
  const signInPage = new SignInPage(page);
  await signInPage.goto();
  await signInPage.submit(DEMO.viewer, 'not the password');
  const summary = signInPage.errorSummary;
  await expect(summary).toContainText('There is a problem');
  await expect(summary).toContainText('The e-mail address or password is not right');
  await expect(summary).toBeFocused();
  await expect(signInPage.emailField).toHaveValue(DEMO.viewer);
  await expectNoAccessibilityViolations(page);
});

test('empty fields are named in the error summary, linked to each field', async ({ page }) => {
  const signInPage = new SignInPage(page);
  await signInPage.goto();
  await signInPage.signInButton.click();
  const summary = signInPage.errorSummary;
  await expect(summary.getByRole('link', { name: 'Enter an e-mail address' })).toBeVisible();
  await expect(summary.getByRole('link', { name: 'Enter your password' })).toBeVisible();
  await summary.getByRole('link', { name: 'Enter your password' }).click();
  await expect(signInPage.passwordField).toBeFocused();
  await expectNoAccessibilityViolations(page);
});

test('signing out ends the session', async ({ page }) => {
  await signIn(page, DEMO.executive);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in\?signed-out=1/);
  await page.goto('/measures');
  await expect(page).toHaveURL(/\/sign-in/);
});

test('another site cannot sign someone out', async ({ page }) => {
  await signIn(page, DEMO.viewer);
  const response = await page.request.post('/sign-out', { headers: { origin: 'https://elsewhere.example' }, maxRedirects: 0 });
  expect(response.status()).toBe(403);
  await page.goto('/measures');
  await expect(page.getByTestId('signed-in-as')).toBeVisible();
});
