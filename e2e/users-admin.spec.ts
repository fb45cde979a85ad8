import { randomUUID } from 'node:crypto';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoAccessibilityViolations } from './accessibility';
import { DEMO, signIn } from './sign-in';

// Every test adds people of its own (unique e-mails), and never deactivates or changes the roles
// of the demo accounts the other journeys sign in with.

type Person = { name: string; email: string; temporaryPassword: string; ownPassword: string };

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

const usersTable = (page: Page) => page.getByTestId('users-table');
const rowFor = (page: Page, person: Person) => usersTable(page).getByRole('row').filter({ hasText: person.email });
const section = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
const roleBox = (scope: Page | ReturnType<typeof section>, role: string) => scope.getByRole('checkbox', { name: role, exact: true });

/** As a signed-in admin: adds the person through the form on the users page. */
async function addUser(page: Page, person: Person, roles: string[]) {
  await page.goto('/admin/users');
  await page.getByLabel('Full name').fill(person.name);
  await page.getByLabel('E-mail address').fill(person.email);
  for (const role of roles) await roleBox(page, role).check();
  await page.getByLabel('Temporary password').fill(person.temporaryPassword);
  await page.getByRole('button', { name: 'Add user' }).click();
  await expect(page.getByRole('status')).toContainText(`${person.name} can now sign in with the temporary password`);
}

/** As a signed-in admin: opens the person's own page from the list. */
async function openUser(page: Page, person: Person) {
  await page.goto('/admin/users');
  await usersTable(page).getByRole('link', { name: person.name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: person.name })).toBeVisible();
}

/** In a browser of the person's own: signs in with the temporary password and changes it. */
async function changeTemporaryPassword(page: Page, person: Person) {
  await signIn(page, person.email, person.temporaryPassword);
  await expect(page).toHaveURL(/\/account\/password$/);
  await expect(page.getByTestId('temporary-password-notice')).toBeVisible();
  await page.getByLabel('Current password').fill(person.temporaryPassword);
  await page.getByLabel('New password', { exact: true }).fill(person.ownPassword);
  await page.getByLabel('New password again').fill(person.ownPassword);
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page).toHaveURL(/\/sign-in\?password-changed=1$/);
}

/** A fresh browser in which the person has set their own password and is signed in with it. */
async function signedInElsewhere(browser: Browser, person: Person) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await changeTemporaryPassword(page, person);
  await signIn(page, person.email, person.ownPassword);
  await expect(page).toHaveURL(/\/(my-)?measures$/);
  return { context, page };
}

test('an admin adds a lead, who must change the temporary password before going on', async ({ page, browser }) => {
  test.slow(); // two browsers and several password hashes
  await signIn(page, DEMO.admin);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Users' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();

  const person = newPerson('lead');
  await addUser(page, person, ['Lead']);
  const row = rowFor(page, person);
  await expect(row).toContainText(person.name);
  await expect(row).toContainText('Lead');
  await expect(row).toContainText('Active');
  await expect(row).toContainText('Must change password');
  await expect(row).toContainText('Never');
  // Ready for the next person.
  await expect(page.getByLabel('Full name')).toHaveValue('');
  await expect(page.getByLabel('Temporary password')).toHaveValue('');
  await expect(roleBox(page, 'Lead')).not.toBeChecked();

  const theirs = await browser.newContext();
  const their = await theirs.newPage();
  await changeTemporaryPassword(their, person);
  await expect(their.getByText('Your password has been changed. Sign in with your new password.')).toBeVisible();
  await signIn(their, person.email, person.ownPassword);
  await expect(their).toHaveURL(/\/(my-)?measures$/);
  await expect(their.getByTestId('signed-in-as')).toContainText(`${person.name} (lead)`);
  await theirs.close();

  // The list now shows their sign-in, in London time, and no longer asks for a password change.
  await page.reload();
  await expect(rowFor(page, person)).not.toContainText('Never');
  await expect(rowFor(page, person).locator('time')).toHaveText(/^\d{1,2} [A-Z][a-z]+ \d{4}(,| at) \d{2}:\d{2}$/);
  await expect(rowFor(page, person)).not.toContainText('Must change password');
});

test('changing someone’s roles ends their session at once', async ({ page, browser }) => {
  test.slow(); // two browsers and several password hashes
  await signIn(page, DEMO.admin);
  const person = newPerson('lead');
  await addUser(page, person, ['Lead']);
  const { context, page: their } = await signedInElsewhere(browser, person);

  await openUser(page, person);
  await expectNoAccessibilityViolations(page);
  const roles = section(page, 'Roles');
  await expect(roleBox(roles, 'Lead')).toBeChecked();
  await roleBox(roles, 'Executive').check();
  await roles.getByRole('button', { name: 'Change roles' }).click();
  await expect(roles.getByRole('status')).toContainText(`${person.name}’s roles have been changed`);
  await expect(page.getByTestId('account-summary')).toContainText('Lead, Executive');
  await expectNoAccessibilityViolations(page);

  await their.reload();
  await expect(their).toHaveURL(/\/sign-in/);
  await signIn(their, person.email, person.ownPassword);
  await expect(their.getByTestId('signed-in-as')).toContainText(`${person.name} (lead, executive)`);
  await context.close();
});

test('a deactivated person is signed out and cannot sign in until reactivated', async ({ page, browser }) => {
  test.slow(); // two browsers and several password hashes
  await signIn(page, DEMO.admin);
  const person = newPerson('deactivated');
  await addUser(page, person, ['Viewer']);
  const { context, page: their } = await signedInElsewhere(browser, person);

  await openUser(page, person);
  const account = section(page, 'Account');
  await account.getByRole('button', { name: 'Deactivate account' }).click();
  await expect(account.getByRole('status')).toContainText(`${person.name} has been deactivated and signed out everywhere.`);
  await expect(page.getByTestId('account-summary')).toContainText('Deactivated');

  await their.reload();
  await expect(their).toHaveURL(/\/sign-in/);
  await their.getByLabel('E-mail address').fill(person.email);
  await their.getByLabel('Password', { exact: true }).fill(person.ownPassword);
  await their.getByRole('button', { name: 'Sign in', exact: true }).click();
  // The same sentence as a wrong password: nothing says the account exists.
  await expect(their.getByTestId('error-summary')).toContainText('The e-mail address or password is not right');
  await expect(their).toHaveURL(/\/sign-in/);

  await account.getByRole('button', { name: 'Reactivate account' }).click();
  await expect(account.getByRole('status')).toContainText(`${person.name} can sign in again.`);
  await expect(page.getByTestId('account-summary')).toContainText('Active');
  await page.goto('/admin/users');
  await expect(rowFor(page, person)).toContainText('Active');

  await signIn(their, person.email, person.ownPassword);
  await expect(their).toHaveURL(/\/(my-)?measures$/);
  await context.close();
});

const EMPTY_PASSWORD = 'Enter a new password';

test('the add-user form names every problem, and keeps what was typed', async ({ page }) => {
  await signIn(page, DEMO.admin);
  await page.goto('/admin/users');
  await page.getByRole('button', { name: 'Add user' }).click();

  const summary = page.getByTestId('error-summary');
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
  await expect(roleBox(page, 'Lead')).toBeFocused();
  await expectNoAccessibilityViolations(page);

  // Someone who already has an account: the server says so, beside the e-mail, and the rest stays.
  await page.getByLabel('Full name').fill('Sam Okafor Again');
  await page.getByLabel('E-mail address').fill(DEMO.lead);
  await roleBox(page, 'Viewer').check();
  await page.getByLabel('Temporary password').fill('a long enough password');
  await page.getByRole('button', { name: 'Add user' }).click();
  await expect(summary.getByRole('link', { name: 'Someone already has an account with that e-mail address' })).toBeVisible();
  await expect(summary).toBeFocused();
  await expect(page.locator('#email-error')).toContainText('Someone already has an account with that e-mail address');
  await expect(page.getByLabel('Full name')).toHaveValue('Sam Okafor Again');
  await expect(roleBox(page, 'Viewer')).toBeChecked();
  await expect(page.getByRole('status')).toBeEmpty();
  await expectNoAccessibilityViolations(page);
});

test('only admins may open the users pages', async ({ browser }) => {
  for (const email of [DEMO.lead, DEMO.executive, DEMO.viewer]) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, email);
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Users' })).toHaveCount(0);
    for (const path of ['/admin/users', `/admin/users/${randomUUID()}`]) {
      const response = await page.goto(path);
      expect(response?.status(), `${email} opening ${path}`).toBe(403);
      await expect(page.getByRole('heading', { level: 1, name: 'You do not have permission to see this page' })).toBeVisible();
    }
    await context.close();
  }
});

test('an unknown or malformed user is not found', async ({ page }) => {
  await signIn(page, DEMO.admin);
  for (const path of [`/admin/users/${randomUUID()}`, '/admin/users/not-a-user']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  }
});

test('an admin may not deactivate their own account', async ({ page }) => {
  await signIn(page, DEMO.admin);
  await page.goto('/admin/users');
  await usersTable(page).getByRole('link', { name: 'Priya Shah', exact: true }).click();
  const account = section(page, 'Account');
  await expect(account).toContainText('You cannot deactivate your own account.');
  await expect(account.getByRole('button')).toHaveCount(0);
});

test('the users list meets WCAG 2.2 AA', async ({ page }) => {
  await signIn(page, DEMO.admin);
  await page.goto('/admin/users');
  await expect(usersTable(page).getByRole('row').filter({ hasText: DEMO.admin })).toContainText('Priya Shah');
  await expectNoAccessibilityViolations(page);
});

test('a user can be added with the keyboard alone', async ({ page }) => {
  await signIn(page, DEMO.admin);
  await page.goto('/admin/users');
  const person = newPerson('keyboard');

  await page.getByLabel('Full name').focus();
  await page.keyboard.type(person.name);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('E-mail address')).toBeFocused();
  await page.keyboard.type(person.email);
  await page.keyboard.press('Tab');
  await expect(roleBox(page, 'Lead')).toBeFocused();
  await page.keyboard.press('Space');
  for (const role of ['Executive', 'Admin', 'Viewer']) {
    await page.keyboard.press('Tab');
    await expect(roleBox(page, role)).toBeFocused();
  }
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Temporary password')).toBeFocused();
  await page.keyboard.type(person.temporaryPassword);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Add user' })).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(page.getByRole('status')).toContainText(`${person.name} can now sign in`);
  await expect(rowFor(page, person)).toContainText('Lead, Viewer');
});
