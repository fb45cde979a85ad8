// What a figures import reads, and its preview: the file read, checked against the catalogue and
// the stored entries, nothing written. Five queries however many rows: the measures, the months
// the file names (held `for share` inside a transaction, so their state cannot change under an
// import; `for update` for history, whose months the import moves), the current financial year,
// the targets of the years named, and every entry over the months' rating windows.
import { and, asc, desc, eq, gte, inArray, isNull, lte } from 'drizzle-orm';
import { checkRows, type ImportCatalogue, type ImportProgress, type PlannedChange, type PlannedRow } from '../../lib/import/check-rows';
import { parseFiguresCsv, type FiguresCsvRow, type ImportProblem } from '../../lib/import/figures-csv';
import { financialYearOfMonth, firstDayOf, lookBackStart, MONTH_PATTERN } from '../../lib/rating';
import type { Queryable } from '../client';
import { annualTargets, entries, measures, periods } from '../schema';

/** How the months a file names are held while an import checks and writes them; false for a preview. */
export type ImportLock = false | 'share' | 'update';

/** The catalogue a file's rows are checked against, for the months it names. */
export async function loadImportCatalogue(db: Queryable, rows: readonly FiguresCsvRow[], lock: ImportLock): Promise<ImportCatalogue> {
  const months = [...new Set(rows.map((r) => r.period.trim()).filter((m) => MONTH_PATTERN.test(m)))].sort().map(firstDayOf);
  const measureRows = await db
    .select({
      id: measures.id,
      ref: measures.ref,
      active: measures.active,
      unit: measures.unit,
      ratePer: measures.ratePer,
      decimals: measures.decimals,
      polarity: measures.polarity,
      basis: measures.basis,
      annualMonth: measures.annualMonth,
      secondaryLabel: measures.secondaryLabel,
    })
    .from(measures);
  const [latest] = await db
    .select({ financialYear: periods.financialYear })
    .from(periods)
    .where(isNull(periods.importedAt))
    .orderBy(desc(periods.month))
    .limit(1);
  const currentYear = latest?.financialYear ?? null;
  if (months.length === 0) return { measures: measureRows, periods: [], currentYear, targets: [], entries: [], history: [] };

  const periodQuery = db
    .select({ id: periods.id, month: periods.month, state: periods.state, financialYear: periods.financialYear, importedAt: periods.importedAt })
    .from(periods)
    .where(inArray(periods.month, months))
    .orderBy(asc(periods.month));
  const periodRows = (lock ? await periodQuery.for(lock) : await periodQuery).map(({ importedAt, ...period }) => ({
    ...period,
    importedHistory: importedAt !== null,
  }));

  // Every year named, whether or not its months exist yet: history creates them.
  const years = [...new Set(months.map(financialYearOfMonth))];
  const targets = await db
    .select({ measureId: annualTargets.measureId, financialYear: annualTargets.financialYear, target: annualTargets.target, toleranceEdge: annualTargets.toleranceEdge })
    .from(annualTargets)
    .where(inArray(annualTargets.financialYear, years));

  const from = firstDayOf(lookBackStart(Math.min(...years)));
  const through = months[months.length - 1]!;
  const stored = await db
    .select({
      id: entries.id,
      measureId: entries.measureId,
      periodId: entries.periodId,
      month: periods.month,
      value: entries.value,
      secondaryValue: entries.secondaryValue,
      ytdValue: entries.ytdValue,
      availability: entries.availability,
      commentary: entries.commentary,
      improvementAction: entries.improvementAction,
      judgedRating: entries.judgedRating,
      judgedJustification: entries.judgedJustification,
      status: entries.status,
      version: entries.version,
    })
    .from(entries)
    .innerJoin(periods, eq(periods.id, entries.periodId))
    .where(and(gte(periods.month, from), lte(periods.month, through)));

  const named = new Set(periodRows.map((p) => p.id));
  return {
    measures: measureRows,
    periods: periodRows,
    currentYear,
    targets,
    entries: stored.filter((e) => named.has(e.periodId)),
    history: stored,
  };
}

export type ImportCounts = { rows: number; created: number; updated: number; unchanged: number };

const COUNTED: Record<PlannedChange, Exclude<keyof ImportCounts, 'rows'>> = { create: 'created', update: 'updated', unchanged: 'unchanged' };

/** A file checked: every problem (none means it may be imported), and each good row's plan. */
export type FiguresImportPlan = { problems: ImportProblem[]; rows: PlannedRow[]; counts: ImportCounts };

export function countChanges(rows: readonly PlannedRow[]): ImportCounts {
  const counts: ImportCounts = { rows: rows.length, created: 0, updated: 0, unchanged: 0 };
  for (const row of rows) counts[COUNTED[row.change]]++;
  return counts;
}

/**
 * What importing the file would do, row by row, without writing: the figure as it will print, the
 * rating it will get, and whether it creates an entry, overwrites a draft or changes nothing. The
 * import command runs the same checks in its transaction.
 */
export async function planFiguresImport(
  db: Queryable,
  csv: string,
  options: { submit: boolean; history?: boolean; onChecked?: ImportProgress },
  lock: ImportLock = false,
): Promise<FiguresImportPlan> {
  const parsed = parseFiguresCsv(csv);
  if (!parsed.ok) return { problems: parsed.problems, rows: [], counts: countChanges([]) };
  const catalogue = await loadImportCatalogue(db, parsed.rows, lock);
  const { problems, planned } = checkRows(parsed.rows, catalogue, options);
  return { problems, rows: planned, counts: countChanges(planned) };
}
