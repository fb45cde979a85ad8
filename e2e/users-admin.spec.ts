import { randomUUID } from 'node:crypto';
import { expectNoAccessibilityViolations } from './accessibility';
import { allowConsoleErrors, expect, test, type Browser, type Page } from './fixtures';
import { ChangePasswordPage } from './pages/change-password-page';
import { SignInPage } from './pages/sign-in-page';
import { roleBox, UsersAdminPage, type Person } from './pages/users-admin-page';
import { asRole, SIGNED_OUT } from './sessions';
import { DEMO, signIn, type Role } from './sign-in';

// Every test adds people of its own (unique e-mails), and never deactivates or changes the roles
// of the demo accounts the other journeys sign in with. Priya, the demo admin, works from her saved
// session; the people she adds sign in afresh, since changing their roles or deactivating them
// ends their sessions.
test.use({ signedInAs: 'admin' });

let serial = 0;
function newPerson(kind: string): Person {
  const stamp = `${Date.now()}${serial++}`;
  return {
    name: `New ${kind} ${stamp}`,
    email: `new.${kind}.${stamp}@tfc.example`,
    temporaryPassword: `temporary-${stamp}`,
    ownPassword: `their own passphrase ${stamp}`,
  };
}

/** In a browser of the person's own: signs in with the temporary password and changes it. */
async function changeTemporaryPassword(page: Page, person: Person) {
  await signIn(page, person.email, person.temporaryPassword);
  await expect(page).toHaveURL(/\/account\/password$/);
  const password = new ChangePasswordPage(page);
  await expect(password.temporaryPasswordNotice).toBeVisible();
  await password.change(person.temporaryPassword, person.ownPassword);
  await expect(page).toHaveURL(/\/sign-in\?password-changed=1$/);
}

/** A fresh browser in which the person has set their own password and is signed in with it. */
async function signedInElsewhere(browser: Browser, person: Person) {
  const context = await browser.newContext({ storageState: SIGNED_OUT });
  const page = await context.newPage();
  await changeTemporaryPassword(page, person);
  await signIn(page, person.email, person.ownPassword);
  await expect(page.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible();
  return { context, page };
}

test('an admin adds a lead, who must change the temporary password before going on', async ({ page, browser }) => {
  test.slow(); // two browsers and several password hashes
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Users' }).click();
  const users = new UsersAdminPage(page);
  await expect(users.heading).toBeVisible();

  const person = newPerson('lead');
  await users.addUser(person, ['Lead']);
  const row = users.rowFor(person.email);
  await expect(row).toContainText(person.name);
  await expect(row).toContainText('Lead');
  await expect(row).toContainText('Active');
  await expect(row).toContainText('Must change password');
  await expect(row).toContainText('Never');
  // Ready for the next person.
  await expect(users.fullName).toHaveValue('');
  await expect(users.temporaryPassword).toHaveValue('');
  await expect(users.roleBox('Lead')).not.toBeChecked();

  const theirs = await browser.newContext({ storageState: SIGNED_OUT });
  const their = await theirs.newPage();
  await changeTemporaryPassword(their, person);
  await expect(their.getByText('Your password has been changed. Sign in with your new password.')).toBeVisible();
  await signIn(their, person.email, person.ownPassword);
  await expect(their.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible();
  await expect(their.getByTestId('signed-in-as')).toContainText(`${person.name} (lead)`);
  await theirs.close();

  // The list now shows their sign-in, in London time, and no longer asks for a password change.
  await page.reload();
  await expect(users.rowFor(person.email)).not.toContainText('Never');
  await expect(users.rowFor(person.email).locator('time')).toHaveText(/^\d{1,2} [A-Z][a-z]+ \d{4}(,| at) \d{2}:\d{2}$/);
  await expect(users.rowFor(person.email)).not.toContainText('Must change password');
});

test('changing someone’s roles ends their session at once', async ({ page, browser }) => {
  test.slow(); // two browsers and several password hashes
  const users = new UsersAdminPage(page);
  const person = newPerson('lead');
  await users.addUser(person, ['Lead']);
  const { context, page: their } = await signedInElsewhere(browser, person);

  const user = await users.openUser(person.name);
  await expectNoAccessibilityViolations(page);
  const roles = user.roles;
  await expect(roleBox(roles, 'Lead')).toBeChecked();
  await roleBox(roles, 'Executive').check();
  await roles.getByRole('button', { name: 'Change roles' }).click();
  await expect(roles.getByRole('status')).toContainText(`${person.name}’s roles have been changed`);
  await expect(user.accountSummary).toContainText('Lead, Executive');
  await expectNoAccessibilityViolations(page);

  await their.reload();
  await expect(their).toHaveURL(/\/sign-in/);
  await signIn(their, person.email, person.ownPassword);
  await expect(their.getByTestId('signed-in-as')).toContainText(`${person.name} (lead, executive)`);
  await context.close();
});

test('a deactivated person is signed out and cannot sign in until reactivated', async ({ page, browser }) => {
  test.slow(); // two browsers and several password hashes
  const users = new UsersAdminPage(page);
  const person = newPerson('deactivated');
  await users.addUser(person, ['Viewer']);
  const { context, page: their } = await signedInElsewhere(browser, person);

  const user = await users.openUser(person.name);
  const account = user.account;
  await account.getByRole('button', { name: 'Deactivate account' }).click();
  await expect(account.getByRole('status')).toContainText(`${person.name} has been deactivated and signed out everywhere.`);
  await expect(user.accountSummary).toContainText('Deactivated');

  await their.reload();
  await expect(their).toHaveURL(/\/sign-in/);
  const theirSignIn = new SignInPage(their);
  await theirSignIn.submit(person.email, person.ownPassword);
  // The same sentence as a wrong password: nothing says the account exists.
  await expect(theirSignIn.errorSummary).toContainText('The e-mail address or password is not right');
  await expect(their).toHaveURL(/\/sign-in/);

  await account.getByRole('button', { name: 'Reactivate account' }).click();
  await expect(account.getByRole('status')).toContainText(`${person.name} can sign in again.`);
  await expect(user.accountSummary).toContainText('Active');
  await users.goto();
  await expect(users.rowFor(person.email)).toContainText('Active');

  await signIn(their, person.email, person.ownPassword);
  await expect(their.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible();
  await context.close();
});

const EMPTY_PASSWORD = 'Enter a new password';

test('the add-user form names every problem, and keeps what was typed', async ({ page }) => {
  const users = new UsersAdminPage(page);
  await users.goto();
  await users.addUserButton.click();

  const summary = users.errorSummary;
  await expect(summary).toContainText('There is a problem');
  await expect(summary).toBeFocused();
  const expected = [
    ['name', 'Enter the person’s full name'],
    ['email', 'Enter an e-mail address'],
    ['roles', 'Select at least one role'],
    ['temporaryPassword', EMPTY_PASSWORD],
  ] as const;
  for (const [field, message] of expected) {
    await expect(summary.getByRole('link', { name: message })).toBeVisible();
    await expect(page.locator(`#${field}-error`)).toContainText(message);
  }
  await expect(summary.getByRole('link')).toHaveCount(4);
  await summary.getByRole('link', { name: 'Select at least one role' }).click();
  await expect(users.roleBox('Lead')).toBeFocused();
  await expectNoAccessibilityViolations(page);

  // Someone who already has an account: the server says so, beside the e-mail, and the rest stays.
  await users.fillAndAdd({ name: 'Sam Okafor Again', email: DEMO.lead, temporaryPassword: 'a long enough password' }, ['Viewer']);
  await expect(summary.getByRole('link', { name: 'Someone already has an account with that e-mail address' })).toBeVisible();
  await expect(summary).toBeFocused();
  await expect(page.locator('#email-error')).toContainText('Someone already has an account with that e-mail address');
  await expect(users.fullName).toHaveValue('Sam Okafor Again');
  await expect(users.roleBox('Viewer')).toBeChecked();
  await expect(users.status).toBeEmpty();
  await expectNoAccessibilityViolations(page);
});

test.describe(() => {
  // Opening a forbidden page is the point here: the fixture leaves out Chromium's line for a
  // refused page the test opened itself.
  test('only admins may open the users pages', async ({ browser }) => {
    for (const role of ['lead', 'executive', 'viewer'] satisfies Role[]) {
      const { context, page } = await asRole(browser, role);
      await page.goto('/');
      await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Users' })).toHaveCount(0);
      for (const path of ['/admin/users', `/admin/users/${randomUUID()}`]) {
        const response = await page.goto(path);
        expect(response?.status(), `${DEMO[role]} opening ${path}`).toBe(403);
        await expect(page.getByRole('heading', { level: 1, name: 'You do not have permission to see this page' })).toBeVisible();
      }
      await context.close();
    }
  });
});

test.describe(() => {
  // Asking for people who do not exist is the point here; Chromium logs each 404 answer.
  test.use({ allowedConsoleErrors: allowConsoleErrors(/status of 404 \(Not Found\) \(at http:\/\/(?:127\.0\.0\.1|localhost):\d+\/admin\/users\/[^/ ]+\)$/) });

  test('an unknown or malformed user is not found', async ({ page }) => {
    for (const path of [`/admin/users/${randomUUID()}`, '/admin/users/not-a-user']) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    }
  });
});

test('an admin may not deactivate their own account', async ({ page }) => {
  const users = new UsersAdminPage(page);
  const user = await users.openUser('Priya Shah');
  await expect(user.account).toContainText('You cannot deactivate your own account.');
  await expect(user.account.getByRole('button')).toHaveCount(0);
});

test('the users list meets WCAG 2.2 AA', async ({ page }) => {
  const users = new UsersAdminPage(page);
  await users.goto();
  await expect(users.rowFor(DEMO.admin)).toContainText('Priya Shah');
  await expectNoAccessibilityViolations(page);
});

test('a user can be added with the keyboard alone', async ({ page }) => {
  const users = new UsersAdminPage(page);
  await users.goto();
  const person = newPerson('keyboard');

  await users.fullName.focus();
  await page.keyboard.type(person.name);
  await page.keyboard.press('Tab');
  await expect(users.email).toBeFocused();
  await page.keyboard.type(person.email);
  await page.keyboard.press('Tab');
  await expect(users.roleBox('Lead')).toBeFocused();
  await page.keyboard.press('Space');
  for (const role of ['Executive', 'Admin', 'Viewer']) {
    await page.keyboard.press('Tab');
    await expect(users.roleBox(role)).toBeFocused();
  }
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await expect(users.temporaryPassword).toBeFocused();
  await page.keyboard.type(person.temporaryPassword);
  await page.keyboard.press('Tab');
  await expect(users.addUserButton).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(users.status).toContainText(`${person.name} can now sign in`);
  await expect(users.rowFor(person.email)).toContainText('Lead, Viewer');
});
