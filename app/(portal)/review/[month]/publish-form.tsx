'use client';

import { ErrorSummary } from '@/app/components/form/error-summary';
import { SubmitButton, TextInput } from '@/app/components/form/fields';
import { Radios } from '@/app/components/form/radios';
import { useActionForm } from '@/app/components/form/use-action-form';
import { PACK_VISIBILITIES, VISIBILITY_WORDS } from '@/lib/packs/visibility';
import { publishSchema } from '@/lib/workflow/schemas';
import { publishMonth } from './actions';

const FIELDS = ['visibility', 'author', 'reportDate'] as const;
const VISIBILITY_OPTIONS = PACK_VISIBILITIES.map((value) => ({ value, label: VISIBILITY_WORDS[value] }));

export function PublishForm({ month, author, reportDate }: { month: string; author: string; reportDate: string }) {
  const { formAction, onSubmit, pending, summary, attempt, error, field, serverMessage } = useActionForm(publishSchema, publishMonth, {
    defaultValues: { month, visibility: 'public', author, reportDate },
    fieldOrder: FIELDS,
  });
  const visibility = field('visibility');
  return (
    <>
      <ErrorSummary items={summary} message={serverMessage} attempt={attempt} />
      <form action={formAction} onSubmit={onSubmit} noValidate>
        <input type="hidden" name="month" value={month} />
        <Radios
          legend="Who may read the pack?"
          hint="Committee papers are public documents unless they hold exempt information."
          options={VISIBILITY_OPTIONS}
          error={error('visibility')}
          {...visibility}
        />
        <TextInput label="Author" hint="Printed on the pack, like “Alex Morgan, Chief Executive”." autoComplete="off" error={error('author')} {...field('author')} />
        <TextInput
          label="Report date"
          hint="The date printed on the pack, like 2021-01-07."
          type="date"
          error={error('reportDate')}
          {...field('reportDate')}
        />
        <SubmitButton pending={pending}>Publish the pack</SubmitButton>
      </form>
    </>
  );
}
