import type { Metadata } from 'next';
import { requireUser } from '@/app/_server/guard';
import { ChangePasswordForm } from './change-password-form';

export const metadata: Metadata = { title: 'Change your password' };

export default async function ChangePasswordPage() {
  const user = await requireUser({ allowTemporaryPassword: true });
  return (
    <main id="main-content" className="mx-auto max-w-3xl px-4 py-8">
      <h1 className="mb-4 text-3xl font-bold">Change your password</h1>
      {user.mustChangePassword ? (
        <p className="mb-6 border-l-4 border-rag-blue pl-4" data-testid="temporary-password-notice">
          You signed in with a temporary password. Choose your own before you go on.
        </p>
      ) : null}
      <p className="mb-6">After you change it you will be asked to sign in again, and any other sessions you have will end.</p>
      <ChangePasswordForm />
    </main>
  );
}
