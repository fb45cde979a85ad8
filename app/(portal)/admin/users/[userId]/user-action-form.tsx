'use client';

import { ErrorSummary } from '@/app/components/form/error-summary';
import { SubmitButton } from '@/app/components/form/fields';
import { useActionForm, type FormAction } from '@/app/components/form/use-action-form';
import { userIdSchema } from '@/lib/auth/schemas';
import { NotificationBanner } from '@/app/components/notification-banner';

const NO_FIELDS = [] as const;

type Props = {
  userId: string;
  action: FormAction;
  label: string;
  /** A red button, for what stops someone working. */
  warning?: boolean;
};

/** A form that is only a button, for an action on one user (sign out everywhere, deactivate, reactivate). */
export function UserActionForm({ userId, action, label, warning = false }: Props) {
  const { formAction, onSubmit, pending, state, attempt, error, serverMessage } = useActionForm(userIdSchema, action, { defaultValues: { userId }, fieldOrder: NO_FIELDS });
  return (
    <>
      <ErrorSummary items={[]} message={serverMessage ?? error('userId')} attempt={attempt} />
      <NotificationBanner message={state.status === 'success' ? state.message : undefined} />
      <form action={formAction} onSubmit={onSubmit} noValidate>
        <input type="hidden" name="userId" value={userId} />
        {warning ? (
          <button
            type="submit"
            disabled={pending}
            aria-disabled={pending}
            className="bg-rag-red px-4 py-2 font-bold text-white shadow-[0_2px_0_#55150b] hover:opacity-90 disabled:opacity-60"
          >
            {label}
          </button>
        ) : (
          <SubmitButton pending={pending} secondary>
            {label}
          </SubmitButton>
        )}
      </form>
    </>
  );
}
