// Signs each demo account in once, through the real form, and saves the session for the tests
// (e2e/sessions.ts). Runs before every other test (the "setup" project in playwright.config.ts).
import { expect, test } from './fixtures';
import { sessionFile } from './sessions';
import { DEMO, ROLES, signIn } from './sign-in';

for (const role of ROLES) {
  test(`sign in as the demo ${role}`, async ({ page }) => {
    await signIn(page, DEMO[role]);
    await expect(page.getByTestId('signed-in-as')).toBeVisible();
    await page.context().storageState({ path: sessionFile(role) });
  });
}
