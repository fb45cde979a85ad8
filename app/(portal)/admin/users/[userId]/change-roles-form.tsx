'use client';

import { Checkboxes } from '@/app/components/form/checkboxes';
import { ErrorSummary } from '@/app/components/form/error-summary';
import { SubmitButton } from '@/app/components/form/fields';
import { useActionForm } from '@/app/components/form/use-action-form';
import { changeRolesSchema } from '@/lib/auth/schemas';
import type { Role } from '@/lib/auth/policy';
import { changeRoles } from '../actions';
import { NotificationBanner } from '../notification-banner';
import { ROLE_OPTIONS } from '../user-fields';

const FIELDS = ['roles'] as const;

export function ChangeRolesForm({ userId, roles }: { userId: string; roles: Role[] }) {
  const { form, formAction, onSubmit, pending, state, summary, attempt, error, serverMessage } = useActionForm(
    changeRolesSchema,
    changeRoles,
    { userId, roles },
    FIELDS,
  );
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
          defaultValue={roles}
          error={error('roles')}
          {...form.register('roles')}
        />
        <SubmitButton pending={pending}>Change roles</SubmitButton>
      </form>
    </>
  );
}
