'use client';

import { useWatch } from 'react-hook-form';
import { ErrorSummary } from '@/app/components/form/error-summary';
import { SubmitButton } from '@/app/components/form/fields';
import { TextArea } from '@/app/components/form/text-area';
import { useActionForm } from '@/app/components/form/use-action-form';
import { NOTE_LIMIT, returnEntrySchema } from '@/lib/workflow/schemas';
import { returnToLead } from './actions';

const FIELDS = ['note'] as const;

export function ReturnForm({ month, measureRef, ownerName }: { month: string; measureRef: string; ownerName: string | null }) {
  const { form, formAction, onSubmit, pending, summary, attempt, error, field, serverMessage } = useActionForm(returnEntrySchema, returnToLead, {
    defaultValues: { month, measureRef, note: '' },
    fieldOrder: FIELDS,
  });
  const note = useWatch({ control: form.control, name: 'note' }) ?? '';
  return (
    <>
      <ErrorSummary items={summary} message={serverMessage} attempt={attempt} />
      <form action={formAction} onSubmit={onSubmit} noValidate>
        <input type="hidden" name="month" value={month} />
        <input type="hidden" name="measureRef" value={measureRef} />
        <TextArea
          label={`Note for ${ownerName ?? 'the lead'}`}
          hint="Say what needs changing. The lead sees this note first on their measures."
          limit={NOTE_LIMIT}
          length={note.length}
          error={error('note')}
          {...field('note')}
        />
        <SubmitButton pending={pending}>Return to lead</SubmitButton>
      </form>
    </>
  );
}
