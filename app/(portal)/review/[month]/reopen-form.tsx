'use client';

import { useWatch } from 'react-hook-form';
import { ErrorSummary } from '@/app/components/form/error-summary';
import { SubmitButton } from '@/app/components/form/fields';
import { TextArea } from '@/app/components/form/text-area';
import { useActionForm } from '@/app/components/form/use-action-form';
import { NOTE_LIMIT, reopenSchema } from '@/lib/workflow/schemas';
import { reopenMonth } from './actions';

const FIELDS = ['reason'] as const;

export function ReopenForm({ month }: { month: string }) {
  const { form, formAction, onSubmit, pending, summary, attempt, error, field, serverMessage } = useActionForm(reopenSchema, reopenMonth, {
    defaultValues: { month, reason: '' },
    fieldOrder: FIELDS,
  });
  const reason = useWatch({ control: form.control, name: 'reason' }) ?? '';
  return (
    <>
      <ErrorSummary items={summary} message={serverMessage} attempt={attempt} />
      <form action={formAction} onSubmit={onSubmit} noValidate>
        <input type="hidden" name="month" value={month} />
        <TextArea
          label="Why are you reopening the month?"
          hint="The reason is kept in the audit log, and a new version of the pack says it was reopened for it."
          limit={NOTE_LIMIT}
          length={reason.length}
          error={error('reason')}
          {...field('reason')}
        />
        <SubmitButton pending={pending}>Reopen the month</SubmitButton>
      </form>
    </>
  );
}
