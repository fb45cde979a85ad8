import type { Page } from '@playwright/test';
import { SignInPage } from './pages/sign-in-page';

export const DEMO_PASSWORD = 'pack-demo-2020';

export const DEMO = {
  admin: 'admin@tfc.example',
  executive: 'ceo@tfc.example',
  lead: 'lead.socialcare@tfc.example',
  otherLead: 'lead.earlyhelp@tfc.example',
  viewer: 'committee@sunderland.example',
} as const;

/** A demo account, by what it does: each has a saved session (e2e/sessions.ts). */
export type Role = keyof typeof DEMO;
export const ROLES = Object.keys(DEMO) as Role[];

/**
 * Signs in through the real form and waits until the portal shows who is signed in. For the
 * sign-in journeys themselves, and for tests that end or change the session they sign in with:
 * the rest start from a saved session (e2e/sessions.ts).
 */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await new SignInPage(page).signIn(email, password);
}
