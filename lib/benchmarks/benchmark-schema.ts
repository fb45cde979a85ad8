// A benchmark point as a person types it (the form) and as a file gives it (the import): its
// series, its own period label (benchmarks lag: "2019/20", "Jul – Sep 2019"), the last day it
// covers, and its value. One set of rules for both, made per measure, because what a value may be
// depends on the measure's unit and decimals. Figures are read as the entry form reads them
// (lib/entries/figure.ts) and kept as exact decimal strings.
import { z } from 'zod';
import { todayInLondon } from '../dates';
import { MEASURE_REF_PATTERN } from '../entries/entry-schema';
import { figureHint, readFigure, type FigureRules } from '../entries/figure';
import { formatLongDate } from '../rating';
import { readDateParts, type DatePart } from '../validation/date-parts';
import { forbiddenCharacterMessage } from '../validation/text-rules';
import { BENCHMARK_SERIES, readSeries, type BenchmarkSeries } from './series';

/** What the rules need to know about the measure. */
export type BenchmarkMeasure = FigureRules & { ref: string };

/** A period label is a name for the period, not a sentence. */
export const PERIOD_LABEL_LIMIT = 30;
/** Benchmarks older than this are not about the service the pack reports on. */
export const EARLIEST_PERIOD_END = '2000-01-01';

export const BENCHMARK_MESSAGES = {
  series: `Choose the series: ${BENCHMARK_SERIES.slice(0, -1).join(', ')} or ${BENCHMARK_SERIES.at(-1)}`,
  periodLabel: 'Enter the period the value is for, like 2019/20 or Jul – Sep 2019',
  periodLabelLong: `The period must be ${PERIOD_LABEL_LIMIT} characters or fewer, like 2019/20 or Jul – Sep 2019`,
  periodEndTooEarly: `The period end must be on or after ${formatLongDate(EARLIEST_PERIOD_END)}`,
  periodEndFuture: 'The period end must be today or earlier: a benchmark is for a period that has ended',
  value: 'Enter the value',
} as const;

/** A value may be written one place finer than the measure shows (published statistics often are); the pack rounds it. */
export const benchmarkValueRules = (measure: FigureRules): FigureRules => ({ ...measure, decimals: measure.decimals + 1 });

/** The hint above the value field. */
export function benchmarkValueHint(measure: FigureRules): string {
  return `${figureHint(benchmarkValueRules(measure))}. The pack shows it to ${measure.decimals === 0 ? 'a whole number' : `${measure.decimals} decimal place${measure.decimals === 1 ? '' : 's'}`}.`;
}

type Read<T> = { ok: true; value: T } | { ok: false; error: string };

/** The period label, on one line and trimmed. */
export function readPeriodLabel(raw: string): Read<string> {
  const text = raw.replace(/\s+/g, ' ').trim();
  if (text === '') return { ok: false, error: BENCHMARK_MESSAGES.periodLabel };
  const refused = forbiddenCharacterMessage('The period', text);
  if (refused) return { ok: false, error: refused };
  if (text.length > PERIOD_LABEL_LIMIT) return { ok: false, error: BENCHMARK_MESSAGES.periodLabelLong };
  return { ok: true, value: text };
}

/** The value: a number the measure's unit allows (a percentage within 0–100), never negative. */
export function readBenchmarkValue(raw: string, measure: FigureRules): Read<string> {
  const read = readFigure(raw, benchmarkValueRules(measure), 'value');
  if (!read.ok) return read;
  return read.value === null ? { ok: false, error: BENCHMARK_MESSAGES.value } : { ok: true, value: read.value };
}

/** A period end that is a real date ("2020-03-31") within the range a benchmark may have. */
export function checkPeriodEnd(date: string, today: string): string | null {
  if (date < EARLIEST_PERIOD_END) return BENCHMARK_MESSAGES.periodEndTooEarly;
  if (date > today) return BENCHMARK_MESSAGES.periodEndFuture;
  return null;
}

/** "There is already a North East point ending 31 March 2020 for KPI2: change that one instead". */
export function duplicatePointMessage(ref: string, series: BenchmarkSeries, periodEnd: string): string {
  return `There is already a ${series} point ending ${formatLongDate(periodEnd)} for ${ref}: change that one instead`;
}

/** The form's fields for each part of the period end. */
export const PERIOD_END_FIELDS = { day: 'periodEndDay', month: 'periodEndMonth', year: 'periodEndYear' } as const satisfies Record<DatePart, string>;

const text = z.string().optional().default('');

/** The fields as the form holds them. */
export const benchmarkPointFields = z.object({
  series: text,
  periodLabel: text,
  periodEndDay: text,
  periodEndMonth: text,
  periodEndYear: text,
  value: text,
});
export type BenchmarkPointFormValues = z.input<typeof benchmarkPointFields>;

/** A point as it is stored. */
export type BenchmarkPointValues = { series: BenchmarkSeries; periodLabel: string; periodEnd: string; value: string };

/** The schema of the point form for one measure: every field's problem at once, then the point as stored. */
export function benchmarkPointSchemaFor(measure: BenchmarkMeasure, today: string = todayInLondon()) {
  return benchmarkPointFields.transform((values, ctx): BenchmarkPointValues => {
    const problem = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    const series = readSeries(values.series);
    if (!series) problem('series', BENCHMARK_MESSAGES.series);
    const label = readPeriodLabel(values.periodLabel);
    if (!label.ok) problem('periodLabel', label.error);
    const end = readDateParts('period end', { day: values.periodEndDay, month: values.periodEndMonth, year: values.periodEndYear });
    // On the first part it is about, as GOV.UK's error summary links to it; the date input shows it once.
    if ('error' in end) problem(PERIOD_END_FIELDS[end.parts[0]!], end.error);
    else {
      const outside = checkPeriodEnd(end.date, today);
      if (outside) problem(PERIOD_END_FIELDS.day, outside);
    }
    const value = readBenchmarkValue(values.value, measure);
    if (!value.ok) problem('value', value.error);
    if (!series || !label.ok || 'error' in end || !value.ok) return z.NEVER;
    return { series, periodLabel: label.value, periodEnd: end.date, value: value.value };
  });
}

const measureRef = z.string({ error: 'Choose a measure' }).trim().regex(MEASURE_REF_PATTERN, { error: 'Choose a measure' });
const pointId = z.coerce.number({ error: 'Reload the page and choose the point again' }).int().positive({ error: 'Reload the page and choose the point again' });

/**
 * Which measure a new point is for. The command parses this first; the point's own fields, kept
 * alongside, are read with the measure's schema once the measure is loaded.
 */
export const addBenchmarkPointSchema = z.looseObject({ measureRef });
/** Which point is changed (its fields read as for a new one). */
export const changeBenchmarkPointSchema = z.looseObject({ measureRef, pointId });
export const removeBenchmarkPointSchema = z.object({ measureRef, pointId });
