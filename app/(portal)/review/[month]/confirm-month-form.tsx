'use client';

import { ErrorSummary } from '@/app/components/form/error-summary';
import { SubmitButton } from '@/app/components/form/fields';
import { useActionForm, type FormAction } from '@/app/components/form/use-action-form';
import { monthSchema } from '@/lib/workflow/schemas';

const NO_FIELDS = [] as const;

/** A confirmation that is only a button, for a step on the month (close for review, sign off). */
export function ConfirmMonthForm({ month, action, label }: { month: string; action: FormAction<{ to: string }>; label: string }) {
  const { formAction, onSubmit, pending, attempt, error, serverMessage } = useActionForm(monthSchema, action, {
    defaultValues: { month },
    fieldOrder: NO_FIELDS,
  });
  return (
    <>
      <ErrorSummary items={[]} message={serverMessage ?? error('month')} attempt={attempt} />
      <form action={formAction} onSubmit={onSubmit} noValidate>
        <input type="hidden" name="month" value={month} />
        <SubmitButton pending={pending}>{label}</SubmitButton>
      </form>
    </>
  );
}
