import type { Page } from '@playwright/test';

/** Changing one's own password: after a temporary one, or at any time. */
export class ChangePasswordPage {
  readonly temporaryPasswordNotice;
  readonly currentPassword;
  readonly newPassword;
  readonly newPasswordAgain;
  readonly changeButton;

  constructor(readonly page: Page) {
    this.temporaryPasswordNotice = page.getByTestId('temporary-password-notice');
    this.currentPassword = page.getByLabel('Current password');
    this.newPassword = page.getByLabel('New password', { exact: true });
    this.newPasswordAgain = page.getByLabel('New password again');
    this.changeButton = page.getByRole('button', { name: 'Change password' });
  }

  /** Fills the form and presses Change password; where it leads is for the caller to check. */
  async change(current: string, next: string) {
    await this.currentPassword.fill(current);
    await this.newPassword.fill(next);
    await this.newPasswordAgain.fill(next);
    await this.changeButton.click();
  }
}
