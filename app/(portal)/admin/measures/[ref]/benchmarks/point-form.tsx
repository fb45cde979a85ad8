'use client';

// Adding a benchmark point to a measure, or changing one: the series, its own period label, the
// last day it covers (a GOV.UK date input) and its value, checked in the browser and again on the
// server by the same schema; a second point with the same series and period end is refused by the
// server with a sentence that says which one to change.
import { DateInput } from '@/app/components/form/date-input';
import { ErrorSummary } from '@/app/components/form/error-summary';
import { SubmitButton, TextInput } from '@/app/components/form/fields';
import { Select } from '@/app/components/form/select';
import { useActionForm } from '@/app/components/form/use-action-form';
import { benchmarkPointSchemaFor, benchmarkValueHint, PERIOD_END_FIELDS, type BenchmarkMeasure, type BenchmarkPointFormValues } from '@/lib/benchmarks/benchmark-schema';
import { BENCHMARK_SERIES } from '@/lib/benchmarks/series';
import { addPoint, changePoint } from './actions';

const FIELDS = ['series', 'periodLabel', 'periodEndDay', 'periodEndMonth', 'periodEndYear', 'value'] as const;
const SERIES_OPTIONS = [{ value: '', label: 'Choose a series' }, ...BENCHMARK_SERIES.map((series) => ({ value: series, label: series }))];

type Props = {
  measure: BenchmarkMeasure;
  values: BenchmarkPointFormValues;
  /** The point being changed; none to add one. */
  pointId?: number;
};

export function PointForm({ measure, values, pointId }: Props) {
  const { formAction, onSubmit, pending, summary, attempt, error, field, serverMessage } = useActionForm(
    benchmarkPointSchemaFor(measure),
    pointId === undefined ? addPoint : changePoint,
    { defaultValues: values, fieldOrder: FIELDS },
  );
  // One message for the date, whichever part it is about.
  const dateError = error(PERIOD_END_FIELDS.day) ?? error(PERIOD_END_FIELDS.month) ?? error(PERIOD_END_FIELDS.year);

  return (
    <>
      <ErrorSummary items={summary} message={serverMessage ?? error('measureRef') ?? error('pointId')} attempt={attempt} />
      <form action={formAction} onSubmit={onSubmit} noValidate className="max-w-2xl">
        <input type="hidden" name="measureRef" value={measure.ref} />
        {pointId === undefined ? null : <input type="hidden" name="pointId" value={pointId} />}
        <Select label="Series" hint="Who the figure is for" options={SERIES_OPTIONS} error={error('series')} {...field('series')} />
        <TextInput
          label="Period"
          hint="As the source names it, like 2019/20 or Jul – Sep 2019: benchmarks lag, so it need not be a month of the pack"
          autoComplete="off"
          error={error('periodLabel')}
          className="max-w-md"
          {...field('periodLabel')}
        />
        <DateInput
          name="periodEnd"
          legend="Period end"
          hint="The last day the figure covers, for example 31 3 2020"
          error={dateError}
          parts={{ day: field(PERIOD_END_FIELDS.day), month: field(PERIOD_END_FIELDS.month), year: field(PERIOD_END_FIELDS.year) }}
        />
        <TextInput label="Value" hint={benchmarkValueHint(measure)} inputMode="decimal" autoComplete="off" spellCheck={false} error={error('value')} className="max-w-[12rem]" {...field('value')} />
        <SubmitButton pending={pending}>{pointId === undefined ? 'Add point' : 'Save changes'}</SubmitButton>
      </form>
    </>
  );
}
