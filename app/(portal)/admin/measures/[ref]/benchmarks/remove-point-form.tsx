'use client';

// Removing a benchmark point: a clear button on the point's own page (the page is the confirm
// step: it names the point), and an audit event with what the point was.
import { ErrorSummary } from '@/app/components/form/error-summary';
import { useActionForm } from '@/app/components/form/use-action-form';
import { removeBenchmarkPointSchema } from '@/lib/benchmarks/benchmark-schema';
import { removePoint } from './actions';

const NO_FIELDS = [] as const;

export function RemovePointForm({ measureRef, pointId }: { measureRef: string; pointId: number }) {
  const { formAction, onSubmit, pending, attempt, error, serverMessage } = useActionForm(removeBenchmarkPointSchema, removePoint, {
    defaultValues: { measureRef, pointId },
    fieldOrder: NO_FIELDS,
  });
  return (
    <>
      <ErrorSummary items={[]} message={serverMessage ?? error('pointId') ?? error('measureRef')} attempt={attempt} />
      <form action={formAction} onSubmit={onSubmit} noValidate>
        <input type="hidden" name="measureRef" value={measureRef} />
        <input type="hidden" name="pointId" value={pointId} />
        <button
          type="submit"
          aria-disabled={pending}
          onClick={(event) => {
            if (pending) event.preventDefault();
          }}
          className="bg-rag-red px-4 py-2 font-bold text-white shadow-[0_2px_0_#55150b] hover:opacity-90 aria-disabled:opacity-60"
        >
          Remove this point
        </button>
      </form>
    </>
  );
}
