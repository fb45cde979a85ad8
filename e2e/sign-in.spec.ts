import { expect, test } from '@playwright/test';
import { expectNoAccessibilityViolations } from './accessibility';
import { DEMO, signIn } from './sign-in';

test('anonymous people are sent to sign in, and come back where they were going', async ({ page }) => {
  await page.goto('/measures');
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await expectNoAccessibilityViolations(page);

  await page.getByLabel('E-mail address').fill(DEMO.lead);
  await page.getByLabel('Password', { exact: true }).fill('pack-demo-2020');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page).toHaveURL(/\/measures$/);
  await expect(page.getByTestId('signed-in-as')).toContainText('Sam Okafor (lead)');
});

test('a wrong password gets one generic sentence and keeps the e-mail typed', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByLabel('E-mail address').fill(DEMO.viewer);
  await page.getByLabel('Password', { exact: true }).fill('not the password');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  const summary = page.getByTestId('error-summary');
  await expect(summary).toContainText('There is a problem');
  await expect(summary).toContainText('The e-mail address or password is not right');
  await expect(summary).toBeFocused();
  await expect(page.getByLabel('E-mail address')).toHaveValue(DEMO.viewer);
  await expectNoAccessibilityViolations(page);
});

test('empty fields are named in the error summary, linked to each field', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  const summary = page.getByTestId('error-summary');
  await expect(summary.getByRole('link', { name: 'Enter an e-mail address' })).toBeVisible();
  await expect(summary.getByRole('link', { name: 'Enter your password' })).toBeVisible();
  await summary.getByRole('link', { name: 'Enter your password' }).click();
  await expect(page.getByLabel('Password', { exact: true })).toBeFocused();
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
