'use client';

import { Checkboxes } from '@/app/components/form/checkboxes';
import { ErrorSummary } from '@/app/components/form/error-summary';
import { SubmitButton } from '@/app/components/form/fields';
import { useActionForm } from '@/app/components/form/use-action-form';
import { changeRolesSchema } from '@/lib/auth/schemas';
import type { Role } from '@/lib/auth/policy';
import { changeRoles } from '../actions';
import { NotificationBanner } from '@/app/components/notification-banner';
import { ROLE_OPTIONS } from '../user-fields';

const FIELDS = ['roles'] as const;

export function ChangeRolesForm({ userId, roles }: { userId: string; roles: Role[] }) {
  const { formAction, onSubmit, pending, state, summary, attempt, error, choices, serverMessage } = useActionForm(changeRolesSchema, changeRoles, {
    defaultValues: { userId, roles },
    fieldOrder: FIELDS,
  });
  return (
    <>
      <ErrorSummary items={summary} message={serverMessage ?? error('userId')} attempt={attempt} />
      <NotificationBanner message={state.status === 'success' && summary.length === 0 ? state.message : undefined} />
      <form action={formAction} onSubmit={onSubmit} noValidate>
        <input type="hidden" name="userId" value={userId} />
        <Checkboxes
          legend="What may they do?"
          hint="Select all that apply. Changing roles signs them out, so the change applies at once."
          options={ROLE_OPTIONS}
          error={error('roles')}
          {...choices('roles')}
        />
        <SubmitButton pending={pending}>Change roles</SubmitButton>
      </form>
    </>
  );
}
