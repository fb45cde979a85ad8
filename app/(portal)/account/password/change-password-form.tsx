'use client';

import { ErrorSummary } from '@/app/components/form/error-summary';
import { SubmitButton, TextInput } from '@/app/components/form/fields';
import { useActionForm } from '@/app/components/form/use-action-form';
import { changePasswordSchema } from '@/lib/auth/schemas';
import { changePassword } from './actions';

const FIELDS = ['currentPassword', 'newPassword', 'confirmPassword'] as const;

export function ChangePasswordForm() {
  const { formAction, onSubmit, pending, summary, attempt, error, field, serverMessage } = useActionForm(changePasswordSchema, changePassword, {
    defaultValues: { currentPassword: '', newPassword: '', confirmPassword: '' },
    fieldOrder: FIELDS,
  });
  return (
    <>
      <ErrorSummary items={summary} message={serverMessage} attempt={attempt} />
      <form action={formAction} onSubmit={onSubmit} noValidate>
        <TextInput label="Current password" type="password" autoComplete="current-password" error={error('currentPassword')} {...field('currentPassword')} />
        <TextInput
          label="New password"
          hint="At least 12 characters. A few unrelated words make a strong password that is easy to remember."
          type="password"
          autoComplete="new-password"
          error={error('newPassword')}
          {...field('newPassword')}
        />
        <TextInput label="New password again" type="password" autoComplete="new-password" error={error('confirmPassword')} {...field('confirmPassword')} />
        <SubmitButton pending={pending}>Change password</SubmitButton>
      </form>
    </>
  );
}
