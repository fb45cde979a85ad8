import { expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'pack-demo-2020';

export const DEMO = {
  admin: 'admin@tfc.example',
  executive: 'ceo@tfc.example',
  lead: 'lead.socialcare@tfc.example',
  otherLead: 'lead.earlyhelp@tfc.example',
  viewer: 'committee@sunderland.example',
} as const;

/** Signs in through the real form and waits until the portal shows who is signed in. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto('/sign-in');
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByTestId('signed-in-as')).toBeVisible();
}
