'use client';

import { DateInput } from '@/app/components/form/date-input';
import { ErrorSummary } from '@/app/components/form/error-summary';
import { SubmitButton } from '@/app/components/form/fields';
import { useActionForm } from '@/app/components/form/use-action-form';
import { monthLabel } from '@/lib/rating';
import { DUE_DATE_FIELDS, dueDateHint, openMonthSchema } from '@/lib/workflow/open-month-schema';
import { openNextMonth } from './actions';

const FIELDS = ['dueDateDay', 'dueDateMonth', 'dueDateYear', 'month'] as const;

/** Opens the month the page offers (always the one after the latest), with its due date. */
export function OpenMonthForm({ month }: { month: string }) {
  const { formAction, onSubmit, pending, summary, attempt, error, field, serverMessage } = useActionForm(openMonthSchema, openNextMonth, {
    defaultValues: { month, dueDateDay: '', dueDateMonth: '', dueDateYear: '' },
    fieldOrder: FIELDS,
  });
  const label = monthLabel(month);
  // One message for the date, whichever part it is about.
  const dateError = error(DUE_DATE_FIELDS.day) ?? error(DUE_DATE_FIELDS.month) ?? error(DUE_DATE_FIELDS.year);

  return (
    <>
      <ErrorSummary items={summary} message={serverMessage} attempt={attempt} />
      <form action={formAction} onSubmit={onSubmit} noValidate>
        <input type="hidden" {...field('month')} />
        <DateInput
          name="dueDate"
          legend={`When are the figures for ${label} due?`}
          hint={dueDateHint(month)}
          error={dateError}
          parts={{ day: field(DUE_DATE_FIELDS.day), month: field(DUE_DATE_FIELDS.month), year: field(DUE_DATE_FIELDS.year) }}
        />
        <SubmitButton pending={pending}>Open {label}</SubmitButton>
      </form>
    </>
  );
}
