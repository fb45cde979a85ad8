// Importing a file of figures (product.md, "Figures import (CSV)"), all or nothing in one
// transaction: the rows are checked exactly as the preview checks them (db/queries/figures-import.ts)
// and any problem writes nothing. Otherwise each new or changed row is written as a draft, or
// submitted with `submit`, in batches of a multi-row insert … on conflict do update; rows identical
// to what is stored are left alone, so importing the same file twice changes nothing the second
// time. One audit event for the file and one for each entry it changed. Submitted rows that
// complete a month tell its executives it is ready for review (lib/notices/workflow-notices.ts).
//
// An invalid file answers `{ kind: 'invalid', fieldErrors: { csv } }` with every problem, one line
// each ("line 14: SM4 value '2x.1' is not a number"); the preview gives the same problems as a list.
//
// With `history`, the file is an earlier year's figures (lib/workflow/imported-history.ts). The
// database takes entries only into an open month (drizzle/0004), so in the same transaction each
// month it changes is created open (or an imported one moved back to open), its entries written as
// submitted, and the month then signed off and marked imported. Nobody else sees the months open:
// they are created or held `for update` inside the transaction. The seed loads the demo's
// illustrative 2019/20 through `importFiguresInto` too.
import { inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import { countChanges, planFiguresImport, type ImportCounts } from '../../db/queries/figures-import';
import { rowsOf } from '../../db/rows';
import { auditEvents, periods } from '../../db/schema';
import type { Transaction } from '../../db/client';
import type { AuditEventInput } from '../../db/audit';
import type { AuditAction } from '../audit-actions';
import { FILE_TOO_LARGE, IMPORT_LIMIT_BYTES } from '../import/file-limit';
import { noticeIfReadyForReview } from '../notices/workflow-notices';
import { addMonths, financialYearOfMonth, firstDayOf, toMonthKey } from '../rating';
import { problemText } from '../import/figures-csv';
import type { ImportProgress, PlannedRow, StoredEntry } from '../import/check-rows';
import { defineCommand, type Command } from './define-command';
import { ok, type CommandResult } from './result';

const ENTRY_IMPORT: AuditAction = 'entry.import';

/** Rows per statement: each batch travels as one JSON parameter. */
const BATCH = 500;

/**
 * Writes a batch of entries and their audit events in one statement: the rows travel as one JSON
 * parameter (`jsonb_to_recordset`), so neither drizzle nor PostgreSQL handles thousands of
 * parameters. New entries are inserted; an existing one is updated only while it is a draft at the
 * version that was checked (its lead's save or submit since wins). Answers how many were written.
 */
async function writeBatch(
  tx: Transaction,
  batch: readonly PlannedRow[],
  { actorId, submit, history, now, periodIdOf }: WriteOptions & { now: string; periodIdOf: (row: PlannedRow) => number },
): Promise<number> {
  const submitted = submit || history;
  const status = submitted ? 'submitted' : 'draft';
  const input = batch.map((row) => ({
    measure_id: row.measureId,
    period_id: periodIdOf(row),
    value: row.figures.value,
    secondary_value: row.figures.secondaryValue,
    ytd_value: row.figures.ytdValue,
    availability: row.figures.availability,
    commentary: row.figures.commentary,
    improvement_action: row.figures.improvementAction,
    // The version it becomes: an update is only made over the version that was checked.
    version: row.before ? row.before.version + 1 : 1,
    before: row.before ? auditValues(row.before, row.before.status) : null,
    after: auditValues(row.figures, status),
    detail: { measureRef: row.ref, month: row.month, rating: row.rating.rating, line: row.line, ...(history ? { history: true } : {}) },
  }));
  const submittedColumns = submitted ? sql`, submitted_by_id = excluded.submitted_by_id, submitted_at = excluded.submitted_at` : sql``;
  // A lead's entry is overwritten only while a draft; imported history is replaced (its month is held).
  const overwritable = history ? sql`` : sql`e.status = 'draft' and`;
  const result = await tx.execute(sql`
    with input as (
      select * from jsonb_to_recordset(${JSON.stringify(input)}::jsonb) as x(
        measure_id integer, period_id integer, value numeric, secondary_value numeric, ytd_value numeric,
        availability availability, commentary text, improvement_action text, version integer,
        "before" jsonb, "after" jsonb, detail jsonb)
    ), written as (
      insert into entries as e (measure_id, period_id, value, secondary_value, ytd_value, availability, commentary,
        improvement_action, judged_rating, judged_justification, status, version, updated_by_id, updated_at,
        submitted_by_id, submitted_at)
      select measure_id, period_id, value, secondary_value, ytd_value, availability, commentary, improvement_action,
        null, null, ${status}::entry_status, version, ${actorId}::uuid, ${now}::timestamptz,
        ${submitted ? actorId : null}::uuid, ${submitted ? now : null}::timestamptz
      from input
      on conflict (measure_id, period_id) do update set
        value = excluded.value, secondary_value = excluded.secondary_value, ytd_value = excluded.ytd_value,
        availability = excluded.availability, commentary = excluded.commentary,
        improvement_action = excluded.improvement_action, judged_rating = null, judged_justification = null,
        status = excluded.status, version = excluded.version, updated_by_id = excluded.updated_by_id,
        updated_at = excluded.updated_at ${submittedColumns}
      where ${overwritable} e.version = excluded.version - 1
      returning e.id, e.measure_id, e.period_id
    ), logged as (
      insert into audit_events (actor_id, action, subject_type, subject_id, "before", "after", detail)
      select ${actorId}::uuid, ${ENTRY_IMPORT}, 'entry', written.id::text, input."before", input."after", input.detail
      from written join input using (measure_id, period_id)
      returning 1
    )
    select count(*)::integer as written from logged`);
  const rows = rowsOf<{ written: number }>(result);
  return Number(rows[0]?.written ?? 0);
}

export const importFiguresSchema = z
  .object({
    csv: z
      .string({ error: 'Choose a CSV file of figures' })
      .refine((text) => text.trim() !== '', { error: 'Choose a CSV file of figures' })
      .refine((text) => Buffer.byteLength(text, 'utf8') <= IMPORT_LIMIT_BYTES, { error: FILE_TOO_LARGE }),
    submit: z.preprocess((v) => v === true || v === 'true' || v === 'on', z.boolean()).default(false),
    /** An earlier year's figures, loaded as signed-off, imported months. */
    history: z.preprocess((v) => v === true || v === 'true' || v === 'on', z.boolean()).default(false),
  })
  .refine((input) => !(input.submit && input.history), {
    path: ['history'],
    error: 'History is stored as signed off already: import it without submitting',
  });

export type ImportedFigures = ImportCounts & { submit: boolean; history: boolean };

/**
 * Thrown out of the transaction to undo every row written: someone saved while it ran. (Not a
 * savepoint: row locks taken inside one cost PostgreSQL a multixact each, and the entries trigger
 * takes one on the month's row for every entry written.)
 */
class SavedMeanwhile extends Error {}

export const SAVED_MEANWHILE =
  'Someone saved some of these entries while the import was running, so nothing was imported. Check the file again and import it once more.';

const auditValues = (figures: PlannedRow['figures'] | StoredEntry, status: string) => ({
  value: figures.value,
  secondaryValue: figures.secondaryValue,
  ytdValue: figures.ytdValue,
  availability: figures.availability,
  commentary: figures.commentary,
  improvementAction: figures.improvementAction,
  status,
});

/** Told how a long import goes: rows checked, then entries written, each as (done, total). */
export type ImportProgressReport = { onChecked?: ImportProgress; onWritten?: ImportProgress };

/** Who imports (null only for the seed, which has no person) and how the entries are stored. */
type WriteOptions = { actorId: string | null; submit: boolean; history: boolean };

/**
 * When a month of imported history is due: the 15th of the month after it (its month end and 15
 * days). Nobody enters it, so the date only completes the month's row.
 */
export const historyDueDate = (month: string): string => `${addMonths(month, 1)}-15`;

/**
 * Opens the months a history import writes into, for the length of the transaction: each missing
 * month created open, each imported one moved back to open (the database takes entries only into
 * an open month). Answers each month's id. The months were checked as new or imported history,
 * and an imported one is held `for update` since.
 */
async function openHistoryMonths(tx: Transaction, rows: readonly PlannedRow[]): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  const missing = [...new Set(rows.filter((r) => r.periodId === null).map((r) => r.month))];
  const imported = [...new Set(rows.filter((r) => r.periodId !== null).map((r) => r.periodId!))];
  if (missing.length > 0) {
    const created = await tx
      .insert(periods)
      .values(missing.map((month) => ({ month: firstDayOf(month), financialYear: financialYearOfMonth(month), state: 'open' as const, dueDate: historyDueDate(month) })))
      .onConflictDoNothing({ target: periods.month })
      .returning({ id: periods.id, month: periods.month });
    // Another import created one of them since this one checked: check again, from the start.
    if (created.length !== missing.length) throw new SavedMeanwhile();
    for (const { id, month } of created) ids.set(toMonthKey(month), id);
  }
  if (imported.length > 0) {
    const reopened = await tx
      .update(periods)
      .set({ state: 'open', importedAt: null, updatedAt: new Date() })
      .where(inArray(periods.id, imported))
      .returning({ id: periods.id, month: periods.month });
    for (const { id, month } of reopened) ids.set(toMonthKey(month), id);
  }
  return ids;
}

/**
 * A file of figures checked and, if every row is fine, written with its audit events, inside the
 * caller's transaction: the import command's work, and the seed's for the demo's history. A row
 * identical to what is stored is left alone, and a history month with nothing to change is not
 * touched, so the same file twice changes nothing the second time.
 */
export async function importFiguresInto(
  tx: Transaction,
  csv: string,
  options: WriteOptions & { progress?: ImportProgressReport },
): Promise<CommandResult<ImportedFigures>> {
  const { submit, history, progress = {} } = options;
  const plan = await planFiguresImport(tx, csv, { submit, history, onChecked: progress.onChecked }, history ? 'update' : 'share');
  if (plan.problems.length > 0) {
    return { ok: false, kind: 'invalid', fieldErrors: { csv: plan.problems.map(problemText).join('\n') } };
  }
  const changing = plan.rows.filter((row) => row.change !== 'unchanged');
  const now = new Date().toISOString();
  const historyMonths = history ? await openHistoryMonths(tx, changing) : new Map<string, number>();
  const periodIdOf = (row: PlannedRow) => row.periodId ?? historyMonths.get(row.month)!;
  for (let start = 0; start < changing.length; start += BATCH) {
    const batch = changing.slice(start, start + BATCH);
    const written = await writeBatch(tx, batch, { ...options, now, periodIdOf });
    if (written !== batch.length) throw new SavedMeanwhile();
    progress.onWritten?.(start + batch.length, changing.length);
  }
  if (historyMonths.size > 0) {
    // Signed off as imported: never reviewed, published or reopened (lib/workflow/imported-history.ts).
    await tx
      .update(periods)
      .set({ state: 'approved', importedAt: new Date(now), updatedAt: new Date(now) })
      .where(inArray(periods.id, [...historyMonths.values()]));
  }

  const counts = countChanges(plan.rows);
  const created = [...new Set(changing.filter((r) => r.periodId === null).map((r) => r.month))];
  await tx.insert(auditEvents).values({
    action: 'figures.import',
    actorId: options.actorId,
    subjectType: 'import',
    subjectId: null,
    detail: {
      ...counts,
      submit,
      months: [...new Set(plan.rows.map((r) => r.month))],
      ...(history ? { history: true, monthsCreated: created } : {}),
    },
  } satisfies AuditEventInput);
  // Submitted rows are written only over drafts (or where there was no entry): each month they
  // went into has more submitted than before, and may now be complete.
  if (submit && !history) {
    await noticeIfReadyForReview(tx, changing.map((row) => ({ periodId: periodIdOf(row), month: row.month })));
  }
  return ok({ ...counts, submit, history });
}

/** The import command, telling `progress` how it goes (the CLI prints it). */
export function importFiguresReporting(progress: ImportProgressReport = {}): Command<ImportedFigures> {
  const command = defineCommand({
    name: 'importFigures',
    schema: importFiguresSchema,
    action: 'figures.import',
    run: (tx, { actor, input }) => importFiguresInto(tx, input.csv, { actorId: actor.id, submit: input.submit, history: input.history, progress }),
  });
  const reporting: Command<ImportedFigures> = async (db, actor, input) => {
    try {
      return await command(db, actor, input);
    } catch (error) {
      if (error instanceof SavedMeanwhile) return { ok: false, kind: 'state', message: SAVED_MEANWHILE };
      throw error;
    }
  };
  Object.defineProperty(reporting, 'name', { value: 'importFigures' });
  return reporting;
}

export const importFigures = importFiguresReporting();
