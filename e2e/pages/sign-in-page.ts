import { expect, type Page } from '@playwright/test';

/** The sign-in page: the e-mail and password form, its error summary, and single sign-on. */
export class SignInPage {
  readonly emailField;
  readonly passwordField;
  readonly signInButton;
  readonly errorSummary;

  constructor(readonly page: Page) {
    this.emailField = page.getByLabel('E-mail address');
    this.passwordField = page.getByLabel('Password', { exact: true });
    this.signInButton = page.getByRole('button', { name: 'Sign in', exact: true });
    this.errorSummary = page.getByTestId('error-summary');
  }

  async goto() {
    await this.page.goto('/sign-in');
  }

  /** Fills the form and presses Sign in; where it leads is for the caller to check. */
  async submit(email: string, password: string) {
    await this.emailField.fill(email);
    await this.passwordField.fill(password);
    await this.signInButton.click();
  }

  /** Signs in from the form and waits until the portal shows who is signed in. */
  async signIn(email: string, password: string) {
    await this.goto();
    await this.submit(email, password);
    await expect(this.page.getByTestId('signed-in-as')).toBeVisible();
  }
}
