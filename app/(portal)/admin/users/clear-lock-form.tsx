'use client';

import { ErrorSummary } from '@/app/components/form/error-summary';
import { SubmitButton } from '@/app/components/form/fields';
import { useActionForm } from '@/app/components/form/use-action-form';
import { clearSignInLockSchema } from '@/lib/commands/sign-in-locks';
import { clearSignInLock } from './actions';
import { NotificationBanner } from '@/app/components/notification-banner';

const NO_FIELDS = [] as const;

/** One button: end a sign-in lock now. */
export function ClearLockForm({ lockKey, label }: { lockKey: string; label: string }) {
  const { formAction, onSubmit, pending, state, attempt, error, serverMessage } = useActionForm(clearSignInLockSchema, clearSignInLock, {
    defaultValues: { key: lockKey },
    fieldOrder: NO_FIELDS,
  });
  return (
    <>
      <ErrorSummary items={[]} message={serverMessage ?? error('key')} attempt={attempt} />
      <NotificationBanner message={state.status === 'success' ? state.message : undefined} />
      <form action={formAction} onSubmit={onSubmit} noValidate>
        <input type="hidden" name="key" value={lockKey} />
        <SubmitButton pending={pending} secondary>
          {label}
        </SubmitButton>
      </form>
    </>
  );
}
