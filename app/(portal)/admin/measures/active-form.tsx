'use client';

import { ErrorSummary } from '@/app/components/form/error-summary';
import { SubmitButton } from '@/app/components/form/fields';
import { Checkboxes } from '@/app/components/form/checkboxes';
import { useActionForm } from '@/app/components/form/use-action-form';
import { deactivateMeasureSchema, measureIdSchema } from '@/lib/measures/measure-schema';
import { deactivateMeasure, reactivateMeasure } from './actions';

const CONFIRM = ['confirm'] as const;
const NO_FIELDS = [] as const;

/** Deactivating: a box to tick first, since the measure drops off every new month's list. */
export function DeactivateForm({ measureId, measureRef }: { measureId: number; measureRef: string }) {
  const { formAction, onSubmit, pending, summary, attempt, error, serverMessage, choices } = useActionForm(deactivateMeasureSchema, deactivateMeasure, {
    defaultValues: { measureId },
    fieldOrder: CONFIRM,
  });
  return (
    <>
      <ErrorSummary items={summary} message={serverMessage ?? error('measureId')} attempt={attempt} />
      <form action={formAction} onSubmit={onSubmit} noValidate>
        <input type="hidden" name="measureId" value={measureId} />
        <Checkboxes
          legend={`Deactivate ${measureRef}?`}
          options={[{ value: 'yes', label: `Yes, deactivate ${measureRef}: leave it out of new months` }]}
          error={error('confirm')}
          {...choices('confirm')}
        />
        <button
          type="submit"
          aria-disabled={pending}
          onClick={(event) => {
            if (pending) event.preventDefault();
          }}
          className="bg-rag-red px-4 py-2 font-bold text-white shadow-[0_2px_0_#55150b] hover:opacity-90 aria-disabled:opacity-60"
        >
          Deactivate {measureRef}
        </button>
      </form>
    </>
  );
}

export function ReactivateForm({ measureId, measureRef }: { measureId: number; measureRef: string }) {
  const { formAction, onSubmit, pending, attempt, error, serverMessage } = useActionForm(measureIdSchema, reactivateMeasure, {
    defaultValues: { measureId },
    fieldOrder: NO_FIELDS,
  });
  return (
    <>
      <ErrorSummary items={[]} message={serverMessage ?? error('measureId')} attempt={attempt} />
      <form action={formAction} onSubmit={onSubmit} noValidate>
        <input type="hidden" name="measureId" value={measureId} />
        <SubmitButton pending={pending} secondary>
          Reactivate {measureRef}
        </SubmitButton>
      </form>
    </>
  );
}
