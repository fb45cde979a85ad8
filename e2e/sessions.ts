// One saved sign-in per demo account, made once per run by e2e/auth.setup.ts through the real
// form. Sessions are re-checked on every request and end after 30 idle minutes or 8 hours, far
// longer than a run. A test that signs out, or changes an account's sessions (roles, password,
// deactivation), would end a saved session for every test after it: such tests sign in afresh
// with signIn() instead, and only on accounts of their own or for the session they end.
import path from 'node:path';
import type { Browser, BrowserContextOptions } from '@playwright/test';
import { DEMO, type Role } from './sign-in';

const FOLDER = path.join('test-results', '.auth');

/**
 * No session at all. Inside a test, browser.newContext() starts from the test's own options, so a
 * test that uses `signedInAs` would hand its session to every browser it opens without this.
 */
export const SIGNED_OUT = { cookies: [], origins: [] };

/** The file that holds the role's saved session (cookies), for `storageState`. */
export function sessionFile(role: Role) {
  return path.join(FOLDER, `${role}.json`);
}

/** The role of a demo account's e-mail address, or null for anyone else. */
export function roleOf(email: string): Role | null {
  return (Object.entries(DEMO) as [Role, string][]).find(([, demo]) => demo === email)?.[0] ?? null;
}

/** A new browser of the role's own, already signed in, with one page open. */
export async function asRole(browser: Browser, role: Role, options: BrowserContextOptions = {}) {
  const context = await browser.newContext({ ...options, storageState: sessionFile(role) });
  const page = await context.newPage();
  return { context, page };
}
