// Financial year 2019/20 for the demo, loaded as imported history (`figures:import --history`), so
// the published October 2020 pack's trend charts have a "last year" line and each measure a
// direction of travel against the same month last year.
//
// ILLUSTRATIVE, made up by this project: the reference pack gives no 2019/20 monthly figures (only
// a remark here and there, such as KPI1 "ahead of performance last year" and SM4's 470 repeat
// referrals "at the same point last year", which these figures agree with). They are not Together
// for Children's figures. The README says the same.
//
// Which measures: every one rated monthly or on its year to date, and KPI2 at its quarter ends, so
// every KPI's chart has last year. A rating never reaches across a year for these (a quarter's
// rating carries only within its year), so the 2020/21 ratings stay the reference pack's. The
// three-month average (SM22) would reach back into February and March 2020 and change April to
// June 2020's ratings, and the annual measures have no monthly figures: neither is given history.
//
// The KPIs and SM4 are written out below; the other measures follow their 2020/21 figure for the
// same month (or October's), moved by a fixed pattern of small steps, so the values read plausibly.
import { compareDecimals, formatFixed, meanDecimal, parseDecimal, stepDecimal } from '../../lib/decimal';
import { FIGURES_CSV_HEADER } from '../../lib/import/figures-csv';
import { addMonths } from '../../lib/rating';
import type { SeedFigure } from './figure-types';
import { illustrativeAprilToSeptember, october2020 } from './figures-2020';
import { measures2020 } from './measures-2020';

export const HISTORY_YEAR = 2019;

/** April 2019 to March 2020, as "YYYY-MM". */
export const MONTHS_2019: readonly string[] = Array.from({ length: 12 }, (_, i) => addMonths('2019-04', i));

type HistoryFigure = { value: string; secondary?: string; ytd?: string };

/** The mean of the year's months so far, at the measure's places: a year-to-date percentage or rate. */
const runningMeans = (values: string[], decimals: number): string[] =>
  values.map((_, i) => formatFixed(meanDecimal(values.slice(0, i + 1).map((v) => parseDecimal(v)!), decimals)!, decimals));

/** Each month's figure with its year to date. */
const withYtd = (values: string[]): HistoryFigure[] => {
  const ytd = runningMeans(values, 1);
  return values.map((value, i) => ({ value, ytd: ytd[i]! }));
};
const months = (values: string[]): HistoryFigure[] => values.map((value) => ({ value }));

/** Written out: the KPIs the pack charts, and SM4, whose commentary compares with last year. */
const WRITTEN: Record<string, (HistoryFigure | null)[]> = {
  // KPI1's October 2020 commentary: "ahead of performance last year".
  KPI1: withYtd(['86.9', '87.8', '88.4', '87.5', '88.9', '88.1', '87.2', '88.6', '89.0', '88.3', '87.9', '88.5']),
  // Quarterly: a figure at each quarter end only.
  KPI2: [null, null, { value: '371' }, null, null, { value: '366' }, null, null, { value: '358' }, null, null, { value: '355' }],
  KPI3: months(['94.8', '95.6', '93.9', '96.2', '95.1', '92.7', '94.4', '95.9', '96.3', '94.1', '95.2', '93.8']),
  KPI4: months(['96.5', '97.1', '97.8', '96.2', '97.4', '96.8', '97.9', '98.1', '97.3', '96.6', '97.5', '98.0']),
  KPI5: months(['11.8', '12.3', '11.5', '12.7', '12.0', '11.4', '12.9', '12.2', '11.9', '12.5', '12.8', '12.4']),
  // KPI6's October 2020 commentary: an improvement "compared to the same point last year".
  KPI6: months(['84.1', '84.7', '85.3', '85.0', '85.8', '86.2', '85.5', '86.4', '86.9', '86.1', '86.6', '86.0']),
  // SM4's October 2020 commentary: more repeat referrals at the same point last year.
  SM4: withYtd(['31.2', '27.9', '29.4', '26.8', '30.1', '28.3', '27.5', '29.8', '28.6', '27.1', '30.4', '28.9']),
};

/** Steps of a measure's last decimal place, month by month: small moves either way. */
const PATTERN = [-12, 7, -4, 15, -9, 3, -16, 10, 0, -6, 8, -2];

const isAvailable = (figure: SeedFigure | undefined): figure is SeedFigure & { value: string } =>
  !!figure && (figure.availability ?? 'available') === 'available' && figure.value !== null;

/** A measure's 2020/21 figure for a month of 2019/20: the same month's, else October's, else the nearest given. */
function figure2020(ref: string, monthIndex: number): (SeedFigure & { value: string }) | null {
  const year = [...(illustrativeAprilToSeptember[ref] ?? []), october2020[ref]];
  const same = year[monthIndex];
  if (isAvailable(same)) return same;
  if (isAvailable(october2020[ref])) return october2020[ref] as SeedFigure & { value: string };
  return year.find(isAvailable) ?? null;
}

const ZERO = parseDecimal('0')!;
const HUNDRED = parseDecimal('100')!;

/** The measure's figure moved by `steps` of its last shown place (a quarter as many for whole numbers), kept within 0 and (for a percentage) 100. */
function moved(value: string, steps: number, decimals: number, percent: boolean): string {
  const scaled = decimals === 0 ? Math.trunc(steps / 4) : steps;
  const result = stepDecimal(parseDecimal(value)!, scaled, decimals);
  if (compareDecimals(result, ZERO) < 0) return formatFixed(ZERO, decimals);
  if (percent && compareDecimals(result, HUNDRED) > 0) return formatFixed(HUNDRED, decimals);
  return formatFixed(result, decimals);
}

/** Figures made from a measure's 2020/21 ones, for the measures not written out. */
function derived(measure: (typeof measures2020)[number], offset: number): (HistoryFigure | null)[] {
  const percent = measure.unit === 'percent';
  const figures = MONTHS_2019.map((_, i) => {
    const base = figure2020(measure.ref, i);
    if (!base) return null;
    const steps = PATTERN[(i + offset) % PATTERN.length]!;
    const value = moved(base.value, steps, measure.decimals, percent);
    return { base, figure: { value, ...(base.secondary ? { secondary: moved(base.secondary, steps, 0, false) } : {}) } as HistoryFigure };
  });
  // A year to date where 2020/21 gives one for a percentage or rate (a count's would be a sum, and
  // the file has no column for its second count): the month's own for a snapshot measure, else
  // the mean of the months so far.
  const given = figures.filter((f) => f !== null).map((f) => f.figure.value);
  const means = figures.every((f) => f !== null) ? runningMeans(given, measure.decimals) : null;
  return figures.map((f, i) => {
    if (!f) return null;
    if (!f.base.ytd || measure.unit === 'count') return f.figure;
    if (f.base.ytd === f.base.value) return { ...f.figure, ytd: f.figure.value };
    return means ? { ...f.figure, ytd: means[i]! } : f.figure;
  });
}

/** The measures given history: rated monthly or on the year to date, and KPI2 (see the top). */
const HISTORY_MEASURES = measures2020.filter((m) => m.basis === 'monthly' || m.basis === 'ytd' || m.ref === 'KPI2');

/** Every row of the illustrative 2019/20 history, as the CSV an administrator would import. */
export function illustrativeHistoryRows(): { ref: string; month: string; figure: HistoryFigure }[] {
  return HISTORY_MEASURES.flatMap((measure, index) => {
    const figures = WRITTEN[measure.ref] ?? derived(measure, index);
    return MONTHS_2019.flatMap((month, i) => {
      const figure = figures[i];
      return figure ? [{ ref: measure.ref, month, figure }] : [];
    });
  });
}

/** The CSV text of the rows for these months (every field a plain number: nothing to quote). */
export function illustrativeHistoryCsv(months: readonly string[]): string {
  const wanted = new Set(months);
  const lines = illustrativeHistoryRows()
    .filter((row) => wanted.has(row.month))
    .map(({ ref, month, figure }) => [ref, month, figure.value, figure.secondary ?? '', figure.ytd ?? '', 'available', '', ''].join(','));
  return [FIGURES_CSV_HEADER, ...lines].join('\n');
}
