'use client';

import { useEffect } from 'react';
import { ErrorSummary } from '@/app/components/form/error-summary';
import { SubmitButton, TextInput } from '@/app/components/form/fields';
import { useActionForm } from '@/app/components/form/use-action-form';
import { setTemporaryPasswordSchema } from '@/lib/auth/schemas';
import { setTemporaryPassword } from '../actions';
import { NotificationBanner } from '@/app/components/notification-banner';
import { TEMPORARY_PASSWORD_HINT } from '../user-fields';

const FIELDS = ['temporaryPassword'] as const;

export function TemporaryPasswordForm({ userId }: { userId: string }) {
  const { form, formAction, onSubmit, pending, state, summary, attempt, error, field, serverMessage } = useActionForm(
    setTemporaryPasswordSchema,
    setTemporaryPassword,
    { defaultValues: { userId, temporaryPassword: '' }, fieldOrder: FIELDS },
  );
  // The password has been set: it should not sit on the screen afterwards.
  useEffect(() => {
    if (state.status === 'success') form.reset();
  }, [state, form]);

  return (
    <>
      <ErrorSummary items={summary} message={serverMessage ?? error('userId')} attempt={attempt} />
      <NotificationBanner message={state.status === 'success' && summary.length === 0 ? state.message : undefined} />
      <form action={formAction} onSubmit={onSubmit} noValidate>
        <input type="hidden" name="userId" value={userId} />
        <TextInput
          label="Temporary password"
          hint={TEMPORARY_PASSWORD_HINT}
          autoComplete="off"
          spellCheck={false}
          error={error('temporaryPassword')}
          {...field('temporaryPassword')}
        />
        <SubmitButton pending={pending}>Set temporary password</SubmitButton>
      </form>
    </>
  );
}
