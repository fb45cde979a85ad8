// Checking a figures import against the catalogue, without a database: given the measures, the
// months, the targets and the entries already stored (lib/commands/import-figures.ts loads them in
// a fixed number of queries), every row is either planned (created, overwriting a draft, or
// unchanged, with the rating it will get) or a problem with its line and a sentence. All of the
// problems are found, not only the first, so one round of corrections fixes the file.
//
// A value may carry more decimal places than its measure shows: it is stored as given and rated as
// shown, rounded, by lib/rating like every figure. The CSV has no judged rating: an imported entry
// has none. An import never overwrites a submitted entry; a row identical to one is left alone.
//
// With `history`, the rows are an earlier year's figures (lib/workflow/imported-history.ts): each
// month must be of a financial year before the current one (that of the latest month reported
// here), and either not exist yet (the import creates it) or be imported history already (its
// entries are replaced). They are stored as submitted, like the rest of a signed-off month, but
// nobody submits them, so a submission's rules (commentary for Amber or Red, a year to date) do not
// apply: an earlier year's file seldom has them. They are rated with that year's targets, if any.
import { compareDecimals, formatPlain, parseDecimal } from '../decimal';
import { IMPORTED_HISTORY } from '../workflow/imported-history';
import type { FigureRules } from '../entries/figure';
import { AVAILABILITY, COMMENTARY_LIMIT } from '../entries/entry-schema';
import {
  financialYearLabel,
  financialYearOfMonth,
  firstDayOf,
  formatEntryFigure,
  monthLabel,
  MONTH_PATTERN,
  needsCommentary,
  rateMeasureForMonth,
  ratingLabel,
  toMonthKey,
  type Availability,
  type EntryFigures,
  type EntryRating,
  type MeasureRules,
  type TargetRules,
} from '../rating';
import { forbiddenCharacterMessage, normaliseNewLines } from '../validation/text-rules';
import { historyRefusal } from './history-months';
import type { FiguresCsvRow, ImportProblem } from './figures-csv';

export type ImportMeasure = MeasureRules &
  FigureRules & { id: number; ref: string; active: boolean; secondaryLabel: string | null };

export type ImportPeriod = {
  /** Null for a month of history the import will create. */
  id: number | null;
  month: string;
  state: 'open' | 'in_review' | 'approved' | 'published';
  financialYear: number;
  /** An earlier year's figures loaded with --history (periods.imported_at is set). */
  importedHistory?: boolean;
};

export type ImportTarget = { measureId: number; financialYear: number; target: string | null; toleranceEdge: string | null };

/** An entry stored in one of the months the file names. */
export type StoredEntry = {
  id: number;
  measureId: number;
  periodId: number;
  value: string | null;
  secondaryValue: string | null;
  ytdValue: string | null;
  availability: Availability;
  commentary: string | null;
  improvementAction: string | null;
  judgedRating: string | null;
  status: 'draft' | 'submitted' | 'returned';
  version: number;
};

/** What a check reads: the catalogue, and the entries around the months the file names. */
export type ImportCatalogue = {
  measures: readonly ImportMeasure[];
  /** The months the file names (others are simply not found). */
  periods: readonly ImportPeriod[];
  /**
   * The financial year of the latest month reported here (not imported history): history is for
   * the years before it. Null when there are no months at all.
   */
  currentYear?: number | null;
  targets: readonly ImportTarget[];
  /** The entries stored in those months. */
  entries: readonly StoredEntry[];
  /** Every stored entry over the months' rating windows (lib/rating's `ratingWindow`), for the ratings. */
  history: readonly (EntryFigures & { measureId: number })[];
};

/** The columns an import writes, as they will be stored (null for an empty field). */
export type ImportedFigures = {
  value: string | null;
  secondaryValue: string | null;
  ytdValue: string | null;
  availability: Availability;
  commentary: string | null;
  improvementAction: string | null;
};

export type PlannedChange = 'create' | 'update' | 'unchanged';

export type PlannedRow = {
  line: number;
  ref: string;
  /** "2020-11" */
  month: string;
  measureId: number;
  /** Null where the month is history this import creates. */
  periodId: number | null;
  figures: ImportedFigures;
  /** The figure as the pack will print it: "93.25%" shown as "93.3%", "73 (52)", "Not available". */
  figure: string;
  rating: EntryRating;
  change: PlannedChange;
  /** The stored entry it overwrites or leaves alone. */
  before: StoredEntry | null;
  /** The stored figure as printed, where there is one. */
  beforeFigure: string | null;
};

export type CheckedImport = {
  problems: ImportProblem[];
  /** Every row that checked out, in the file's order (with problems elsewhere, none is written). */
  planned: PlannedRow[];
};

const AVAILABILITY_WORDS = AVAILABILITY.join(', ');

/** The ways one field of a row is wrong, as sentences that start with the measure's reference. */
function readImportFigure(raw: string, measure: ImportMeasure, column: string): { value: string | null } | { error: string } {
  const text = raw.trim();
  if (text === '') return { value: null };
  const said = `${measure.ref} ${column} '${raw}'`;
  let cleaned = text;
  if (/%$/.test(cleaned)) {
    if (measure.unit !== 'percent') return { error: `${said} has a per cent sign, but ${measure.ref} is not a percentage: write the number alone` };
    cleaned = cleaned.replace(/\s*%$/, '');
  }
  // Thousands separators only where they belong: "1,234", not "1,2".
  if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(cleaned)) cleaned = cleaned.replace(/,/g, '');
  const number = parseDecimal(cleaned);
  if (!number) return { error: `${said} is not a number` };
  if (number.units < 0n) return { error: `${said} is below 0: figures cannot be negative` };
  if (measure.unit === 'percent' && compareDecimals(number, HUNDRED) > 0) {
    return { error: `${said} is over 100: a percentage must be between 0 and 100` };
  }
  return { value: formatPlain(number) };
}

const HUNDRED = parseDecimal('100')!;

function readText(raw: string, measure: ImportMeasure, column: string): { value: string | null } | { error: string } {
  const text = normaliseNewLines(raw).trim();
  const refused = forbiddenCharacterMessage(`${measure.ref} ${column}`, text);
  if (refused) return { error: refused.replace(/, which cannot be saved: delete it and try again$/, ': delete it') };
  if (text.length > COMMENTARY_LIMIT) {
    return { error: `${measure.ref} ${column} is ${text.length.toLocaleString('en-GB')} characters long: it must be ${COMMENTARY_LIMIT.toLocaleString('en-GB')} or fewer` };
  }
  return { value: text === '' ? null : text };
}

const sameDecimal = (a: string | null, b: string | null) => {
  if (a === null || b === null) return a === b;
  const x = parseDecimal(a);
  const y = parseDecimal(b);
  return !!x && !!y && compareDecimals(x, y) === 0;
};

/** True where storing the figures would leave the stored entry as it is. */
export function sameAsStored(figures: ImportedFigures, stored: StoredEntry): boolean {
  return (
    sameDecimal(figures.value, stored.value) &&
    sameDecimal(figures.secondaryValue, stored.secondaryValue) &&
    sameDecimal(figures.ytdValue, stored.ytdValue) &&
    figures.availability === stored.availability &&
    figures.commentary === (stored.commentary ?? null) &&
    figures.improvementAction === (stored.improvementAction ?? null) &&
    stored.judgedRating === null
  );
}

const entryKey = (measureId: number, periodId: number) => `${measureId}:${periodId}`;

type ReadRow = { row: FiguresCsvRow; measure: ImportMeasure; period: ImportPeriod; month: string; figures: ImportedFigures };

/** Told how far a long import has gone: every 1,000 rows checked, and at the end. */
export type ImportProgress = (done: number, total: number) => void;
export const PROGRESS_EVERY = 1000;

/** Checks every row; the problems in line order, and the rows that are fine as they will be written. */
export function checkRows(
  rows: readonly FiguresCsvRow[],
  catalogue: ImportCatalogue,
  options: { submit: boolean; history?: boolean; onChecked?: ImportProgress },
): CheckedImport {
  const history = options.history === true;
  // History is stored as submitted but nobody submits it: a submission's rules do not apply.
  const submitting = options.submit && !history;
  const problems: ImportProblem[] = [];
  const measureByRef = new Map(catalogue.measures.map((m) => [m.ref.toUpperCase(), m]));
  const periodByMonth = new Map(catalogue.periods.map((p) => [toMonthKey(p.month), p]));
  const stored = new Map(catalogue.entries.map((e) => [entryKey(e.measureId, e.periodId), e]));
  const firstLine = new Map<string, number>();
  const read: ReadRow[] = [];

  for (const row of rows) {
    const rowProblems: string[] = [];
    const problem = (message: string) => rowProblems.push(message);
    const ref = row.measureRef.trim().toUpperCase();
    const measure = measureByRef.get(ref);
    const periodText = row.period.trim();
    const monthValid = MONTH_PATTERN.test(periodText);
    let period = monthValid ? periodByMonth.get(periodText) : undefined;

    if (ref === '') problem('measure_ref is empty: give the measure’s reference, like KPI1');
    else if (!measure) problem(`there is no measure '${row.measureRef.trim()}': check its reference against the measures list`);
    else if (!measure.active) problem(`${measure.ref} has been retired, so its figures can no longer be changed`);

    if (!monthValid) problem(`period '${row.period}' is not a month: write it as YYYY-MM, like 2020-11`);
    else if (history) {
      const refused = historyRefusal(periodText, period, catalogue.currentYear ?? null);
      if (refused) problem(refused);
      else period ??= { id: null, month: firstDayOf(periodText), state: 'approved', financialYear: financialYearOfMonth(periodText), importedHistory: true };
    } else if (!period) problem(`there is no month ${monthLabel(periodText)} yet: open it before importing its figures`);
    else if (period.importedHistory) {
      problem(`${monthLabel(periodText)} is ${IMPORTED_HISTORY.toLowerCase()} from ${financialYearLabel(period.financialYear)}: import its figures with --history to correct them`);
    } else if (period.state !== 'open') {
      problem(`${monthLabel(periodText)} is not open (it is ${period.state.replace('_', ' ')}): figures can only be imported into an open month`);
    }

    if (measure && monthValid) {
      const key = `${measure.id}:${periodText}`;
      const earlier = firstLine.get(key);
      if (earlier !== undefined) problem(`${measure.ref} for ${monthLabel(periodText)} is also on line ${earlier}: give each measure once a month`);
      else firstLine.set(key, row.line);
    }

    if (!measure) {
      for (const message of rowProblems) problems.push({ line: row.line, message });
      continue;
    }

    const availabilityText = row.availability.trim().toLowerCase();
    const availability = (availabilityText === '' ? 'available' : availabilityText) as Availability;
    if (!(AVAILABILITY as readonly string[]).includes(availability)) {
      problem(`${measure.ref} availability '${row.availability}' is not one of ${AVAILABILITY_WORDS} (empty means available)`);
    }
    const figures: Partial<ImportedFigures> = { availability };
    const take = (result: { value: string | null } | { error: string }, field: keyof ImportedFigures) => {
      if ('error' in result) problem(result.error);
      else (figures as Record<string, string | null>)[field] = result.value;
    };
    take(readImportFigure(row.value, measure, 'value'), 'value');
    take(readImportFigure(row.secondaryValue, measure, 'secondary_value'), 'secondaryValue');
    take(readImportFigure(row.ytdValue, measure, 'ytd_value'), 'ytdValue');
    take(readText(row.commentary, measure, 'commentary'), 'commentary');
    take(readText(row.improvementAction, measure, 'improvement_action'), 'improvementAction');

    const valueGiven = row.value.trim() !== '';
    if (availability === 'available' && !valueGiven) {
      problem(`${measure.ref} has no value: give the figure, or set availability to not_available or not_applicable`);
    }
    if (availability !== 'available' && valueGiven && (AVAILABILITY as readonly string[]).includes(availability)) {
      problem(`${measure.ref} has a value but its availability is ${availability}: leave the value empty, or make it available`);
    }
    if (!measure.secondaryLabel && row.secondaryValue.trim() !== '') {
      problem(`${measure.ref} has no second figure: leave secondary_value empty`);
    }
    if (submitting && availability === 'available' && valueGiven) {
      if (measure.secondaryLabel && row.secondaryValue.trim() === '') {
        problem(`${measure.ref} has no secondary_value: give the number of ${measure.secondaryLabel} to submit it`);
      }
      if (measure.basis === 'ytd' && row.ytdValue.trim() === '') {
        problem(`${measure.ref} has no ytd_value: it is rated on its year to date, so give it to submit`);
      }
    }

    for (const message of rowProblems) problems.push({ line: row.line, message });
    if (rowProblems.length === 0 && period) {
      read.push({ row, measure, period, month: periodText, figures: figures as ImportedFigures });
    }
  }

  // Ratings: each measure's stored history with the file's rows in place of their months.
  const byMeasure = new Map<number, Map<string, EntryFigures>>();
  for (const h of catalogue.history) {
    const months = byMeasure.get(h.measureId) ?? new Map<string, EntryFigures>();
    months.set(toMonthKey(h.month), h);
    byMeasure.set(h.measureId, months);
  }
  for (const { measure, month, figures } of read) {
    const months = byMeasure.get(measure.id) ?? new Map<string, EntryFigures>();
    months.set(month, { month, value: figures.value, ytdValue: figures.ytdValue, availability: figures.availability, judgedRating: null, judgedJustification: null });
    byMeasure.set(measure.id, months);
  }
  const targetOf = new Map(catalogue.targets.map((t) => [`${t.measureId}:${t.financialYear}`, t]));

  const planned: PlannedRow[] = [];
  // Rows with problems were checked in the first pass; the progress counts the rows done.
  const skipped = rows.length - read.length;
  let done = 0;
  for (const { row, measure, period, month, figures } of read) {
    done++;
    if (options.onChecked && done % PROGRESS_EVERY === 0 && skipped + done < rows.length) options.onChecked(skipped + done, rows.length);
    const target = targetOf.get(`${measure.id}:${period.financialYear}`);
    const targetRules: TargetRules = target ? { target: target.target, toleranceEdge: target.toleranceEdge } : null;
    const rating = rateMeasureForMonth(measure, targetRules, month, [...(byMeasure.get(measure.id)?.values() ?? [])]);
    const before = period.id === null ? null : (stored.get(entryKey(measure.id, period.id)) ?? null);
    const label = monthLabel(month);
    const unchanged = before !== null && sameAsStored(figures, before) && (before.status !== 'draft' || !submitting);

    const rowProblems: string[] = [];
    // History replaces imported history, which nobody submitted; elsewhere a lead's submission stands.
    if (before && before.status !== 'draft' && !unchanged && !history) {
      rowProblems.push(
        before.status === 'submitted'
          ? `${measure.ref} for ${label} has already been submitted by its lead: an import never overwrites a submitted entry`
          : `${measure.ref} for ${label} was returned to its lead: an import never overwrites a returned entry`,
      );
    }
    if (submitting && !unchanged && needsCommentary(rating.rating) && (!figures.commentary || !figures.improvementAction)) {
      const missing = !figures.commentary && !figures.improvementAction ? 'commentary and an improvement action' : !figures.commentary ? 'commentary' : 'an improvement action';
      rowProblems.push(`${measure.ref} for ${label} is rated ${ratingLabel(rating.rating)}, so it cannot be submitted without ${missing}`);
    }
    if (rowProblems.length > 0) {
      for (const message of rowProblems) problems.push({ line: row.line, message });
      continue;
    }
    planned.push({
      line: row.line,
      ref: measure.ref,
      month,
      measureId: measure.id,
      periodId: period.id,
      figures,
      figure: formatEntryFigure(figures, measure.unit, measure.decimals) ?? 'No figure',
      rating,
      change: unchanged ? 'unchanged' : before ? 'update' : 'create',
      before,
      beforeFigure: before ? formatEntryFigure(before, measure.unit, measure.decimals) : null,
    });
  }

  options.onChecked?.(rows.length, rows.length);
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { problems, planned };
}
