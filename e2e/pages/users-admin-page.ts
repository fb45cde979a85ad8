import { expect, type Locator, type Page } from '@playwright/test';

/** Someone an admin adds in a test: unique each time, so tests never share an account. */
export type Person = { name: string; email: string; temporaryPassword: string; ownPassword: string };

/** A role's checkbox, on the add-user form or in a person's Roles section. */
export const roleBox = (scope: Page | Locator, role: string) => scope.getByRole('checkbox', { name: role, exact: true });

/** The users list and the add-user form beside it (admins only). */
export class UsersAdminPage {
  readonly heading;
  readonly table;
  readonly fullName;
  readonly email;
  readonly temporaryPassword;
  readonly addUserButton;
  readonly status;
  readonly errorSummary;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Users' });
    this.table = page.getByTestId('users-table');
    this.fullName = page.getByLabel('Full name');
    this.email = page.getByLabel('E-mail address');
    this.temporaryPassword = page.getByLabel('Temporary password');
    this.addUserButton = page.getByRole('button', { name: 'Add user' });
    this.status = page.getByRole('status');
    this.errorSummary = page.getByTestId('error-summary');
  }

  async goto() {
    await this.page.goto('/admin/users');
  }

  roleBox(role: string) {
    return roleBox(this.page, role);
  }

  /** The person's row in the list, by their e-mail address. */
  rowFor(email: string) {
    return this.table.getByRole('row').filter({ hasText: email });
  }

  /** Fills the add-user form and presses Add user; what follows is for the caller to check. */
  async fillAndAdd(person: Pick<Person, 'name' | 'email' | 'temporaryPassword'>, roles: string[]) {
    await this.fullName.fill(person.name);
    await this.email.fill(person.email);
    for (const role of roles) await this.roleBox(role).check();
    await this.temporaryPassword.fill(person.temporaryPassword);
    await this.addUserButton.click();
  }

  /** Adds the person through the form, from a fresh list, and waits for the confirmation. */
  async addUser(person: Person, roles: string[]) {
    await this.goto();
    await this.fillAndAdd(person, roles);
    await expect(this.status).toContainText(`${person.name} can now sign in with the temporary password`);
  }

  /** Opens the person's own page from a fresh list. */
  async openUser(name: string) {
    await this.goto();
    await this.table.getByRole('link', { name, exact: true }).click();
    const user = new UserPage(this.page);
    await expect(user.heading(name)).toBeVisible();
    return user;
  }
}

/** One person's page: their account summary, roles and account sections. */
export class UserPage {
  readonly accountSummary;
  readonly roles;
  readonly account;

  constructor(readonly page: Page) {
    this.accountSummary = page.getByTestId('account-summary');
    this.roles = this.section('Roles');
    this.account = this.section('Account');
  }

  heading(name: string) {
    return this.page.getByRole('heading', { level: 1, name });
  }

  section(name: string) {
    return this.page.getByRole('region', { name, exact: true });
  }
}
