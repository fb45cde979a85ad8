'use client';

import { useEffect } from 'react';
import { Checkboxes } from '@/app/components/form/checkboxes';
import { ErrorSummary } from '@/app/components/form/error-summary';
import { SubmitButton, TextInput } from '@/app/components/form/fields';
import { useActionForm } from '@/app/components/form/use-action-form';
import { createUserSchema } from '@/lib/auth/schemas';
import { createUser } from './actions';
import { NotificationBanner } from '@/app/components/notification-banner';
import { ROLE_OPTIONS, TEMPORARY_PASSWORD_HINT } from './user-fields';

const FIELDS = ['name', 'email', 'roles', 'temporaryPassword'] as const;

export function AddUserForm() {
  const { form, formAction, onSubmit, pending, state, summary, attempt, error, field, choices, serverMessage } = useActionForm(createUserSchema, createUser, {
    defaultValues: { name: '', email: '', roles: [], temporaryPassword: '' },
    fieldOrder: FIELDS,
  });
  // Ready for the next person once this one is added.
  useEffect(() => {
    if (state.status === 'success') form.reset();
  }, [state, form]);

  return (
    <>
      <ErrorSummary items={summary} message={serverMessage} attempt={attempt} />
      <NotificationBanner message={state.status === 'success' && summary.length === 0 ? state.message : undefined} />
      <form action={formAction} onSubmit={onSubmit} noValidate>
        <TextInput label="Full name" autoComplete="off" spellCheck={false} error={error('name')} {...field('name')} />
        <TextInput
          label="E-mail address"
          hint="Their work address. They sign in with it."
          type="email"
          autoComplete="off"
          spellCheck={false}
          error={error('email')}
          {...field('email')}
        />
        <Checkboxes legend="Roles" hint="Select all that apply." options={ROLE_OPTIONS} error={error('roles')} {...choices('roles')} />
        <TextInput
          label="Temporary password"
          hint={TEMPORARY_PASSWORD_HINT}
          autoComplete="off"
          spellCheck={false}
          error={error('temporaryPassword')}
          {...field('temporaryPassword')}
        />
        <SubmitButton pending={pending}>Add user</SubmitButton>
      </form>
    </>
  );
}
