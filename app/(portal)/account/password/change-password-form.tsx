'use client';

import { ErrorSummary } from '@/app/components/form/error-summary';
import { SubmitButton, TextInput } from '@/app/components/form/fields';
import { useActionForm } from '@/app/components/form/use-action-form';
import { changePasswordSchema } from '@/lib/auth/schemas';
import { changePassword } from './actions';

const FIELDS = ['currentPassword', 'newPassword', 'confirmPassword'] as const;

export function ChangePasswordForm() {
  const { form, formAction, onSubmit, pending, summary, attempt, error, serverMessage } = useActionForm(
    changePasswordSchema,
    changePassword,
    { currentPassword: '', newPassword: '', confirmPassword: '' },
    FIELDS,
  );
  return (
    <>
      <ErrorSummary items={summary} message={serverMessage} attempt={attempt} />
      <form action={formAction} onSubmit={onSubmit} noValidate>
        <TextInput label="Current password" type="password" autoComplete="current-password" error={error('currentPassword')} {...form.register('currentPassword')} />
        <TextInput
          label="New password"
          hint="At least 12 characters. A few unrelated words make a strong password that is easy to remember."
          type="password"
          autoComplete="new-password"
          error={error('newPassword')}
          {...form.register('newPassword')}
        />
        <TextInput label="New password again" type="password" autoComplete="new-password" error={error('confirmPassword')} {...form.register('confirmPassword')} />
        <SubmitButton pending={pending}>Change password</SubmitButton>
      </form>
    </>
  );
}
