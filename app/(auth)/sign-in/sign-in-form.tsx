'use client';

import { ErrorSummary } from '@/app/components/form/error-summary';
import { SubmitButton, TextInput } from '@/app/components/form/fields';
import { useActionForm } from '@/app/components/form/use-action-form';
import { signInSchema } from '@/lib/auth/schemas';
import { signInWithPassword } from './actions';

const FIELDS = ['email', 'password'] as const;

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const { formAction, onSubmit, pending, summary, attempt, error, field, serverMessage } = useActionForm(signInSchema, signInWithPassword, {
    defaultValues: { email: '', password: '' },
    fieldOrder: FIELDS,
  });
  return (
    <>
      <ErrorSummary items={summary} message={serverMessage} attempt={attempt} />
      <form action={formAction} onSubmit={onSubmit} noValidate>
        <input type="hidden" name="callbackUrl" value={callbackUrl} />
        <TextInput label="E-mail address" type="email" autoComplete="username" spellCheck={false} error={error('email')} {...field('email')} />
        <TextInput label="Password" type="password" autoComplete="current-password" error={error('password')} {...field('password')} />
        <SubmitButton pending={pending}>Sign in</SubmitButton>
      </form>
    </>
  );
}
