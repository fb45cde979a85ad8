'use client';

import { ErrorSummary } from '@/app/components/form/error-summary';
import { useActionForm } from '@/app/components/form/use-action-form';
import { moveMeasureSchema } from '@/lib/measures/measure-schema';
import { moveMeasure } from './actions';

const NO_FIELDS = [] as const;

/** "Move up" or "Move down" for one measure: a form that is only a button, named with the measure. */
export function MoveForm({ measureId, measureRef, direction }: { measureId: number; measureRef: string; direction: 'up' | 'down' }) {
  const { formAction, onSubmit, pending, attempt, error, serverMessage } = useActionForm(moveMeasureSchema, moveMeasure, {
    defaultValues: { measureId, direction },
    fieldOrder: NO_FIELDS,
  });
  return (
    <>
      <ErrorSummary items={[]} message={serverMessage ?? error('measureId') ?? error('direction')} attempt={attempt} />
      <form action={formAction} onSubmit={onSubmit} noValidate className="inline">
        <input type="hidden" name="measureId" value={measureId} />
        <input type="hidden" name="direction" value={direction} />
        <button
          type="submit"
          aria-disabled={pending}
          onClick={(event) => {
            if (pending) event.preventDefault();
          }}
          className="whitespace-nowrap bg-gray-200 px-2 py-1 font-bold text-ink shadow-[0_2px_0_#929191] hover:opacity-90 aria-disabled:opacity-60"
        >
          Move {direction}
          <span className="sr-only"> {measureRef}</span>
        </button>
      </form>
    </>
  );
}
