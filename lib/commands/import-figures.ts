// Importing a file of figures (product.md, "Figures import (CSV)"), all or nothing in one
// transaction: the rows are checked exactly as the preview checks them (db/queries/figures-import.ts)
// and any problem writes nothing. Otherwise each new or changed row is written as a draft, or
// submitted with `submit`, in batches of a multi-row insert … on conflict do update; rows identical
// to what is stored are left alone, so importing the same file twice changes nothing the second
// time. One audit event for the file and one for each entry it changed.
//
// An invalid file answers `{ kind: 'invalid', fieldErrors: { csv } }` with every problem, one line
// each ("line 14: SM4 value '2x.1' is not a number"); the preview gives the same problems as a list.
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { countChanges, planFiguresImport, type ImportCounts } from '../../db/queries/figures-import';
import { auditEvents, entries } from '../../db/schema';
import type { AuditEventInput } from '../../db/audit';
import { problemText } from '../import/figures-csv';
import type { ImportProgress, PlannedRow, StoredEntry } from '../import/check-rows';
import { defineCommand } from './define-command';
import { ok, type CommandResult } from './result';

/** The largest file an import takes, in bytes (the server front refuses larger uploads too). */
export const IMPORT_LIMIT_BYTES = 1024 * 1024;
/** Rows per insert: well inside PostgreSQL's 65,535 parameters. */
const BATCH = 500;

export const importFiguresSchema = z.object({
  csv: z
    .string({ error: 'Choose a CSV file of figures' })
    .refine((text) => text.trim() !== '', { error: 'Choose a CSV file of figures' })
    .refine((text) => Buffer.byteLength(text, 'utf8') <= IMPORT_LIMIT_BYTES, { error: 'The file must be 1 MB or smaller: split it into several files' }),
  submit: z.preprocess((v) => v === true || v === 'true' || v === 'on', z.boolean()).default(false),
});

export type ImportedFigures = ImportCounts & { submit: boolean };

/** Thrown inside the write's savepoint to undo every row written: someone saved while it ran. */
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

/** The import command, telling `progress` how it goes (the CLI prints it). */
export const importFiguresReporting = (progress: ImportProgressReport = {}) =>
  defineCommand({
    name: 'importFigures',
    schema: importFiguresSchema,
    action: 'figures.import',
    run: async (tx, { actor, input }): Promise<CommandResult<ImportedFigures>> => {
      const { submit } = input;
      const plan = await planFiguresImport(tx, input.csv, { submit, onChecked: progress.onChecked }, true);
      if (plan.problems.length > 0) {
        return { ok: false, kind: 'invalid', fieldErrors: { csv: plan.problems.map(problemText).join('\n') } };
      }
      const changing = plan.rows.filter((row) => row.change !== 'unchanged');
      const now = new Date();
      const status = submit ? ('submitted' as const) : ('draft' as const);

      try {
        await tx.transaction(async (sp) => {
          for (let start = 0; start < changing.length; start += BATCH) {
            const batch = changing.slice(start, start + BATCH);
            const written = await sp
              .insert(entries)
              .values(
                batch.map((row) => ({
                  measureId: row.measureId,
                  periodId: row.periodId,
                  ...row.figures,
                  judgedRating: null,
                  judgedJustification: null,
                  status,
                  // The version it becomes: an update is only made over the version that was checked.
                  version: row.before ? row.before.version + 1 : 1,
                  updatedById: actor.id,
                  updatedAt: now,
                  ...(submit ? { submittedById: actor.id, submittedAt: now } : {}),
                })),
              )
              .onConflictDoUpdate({
                target: [entries.measureId, entries.periodId],
                set: {
                  value: sql`excluded.value`,
                  secondaryValue: sql`excluded.secondary_value`,
                  ytdValue: sql`excluded.ytd_value`,
                  availability: sql`excluded.availability`,
                  commentary: sql`excluded.commentary`,
                  improvementAction: sql`excluded.improvement_action`,
                  judgedRating: sql`null`,
                  judgedJustification: sql`null`,
                  status: sql`excluded.status`,
                  version: sql`excluded.version`,
                  updatedById: sql`excluded.updated_by_id`,
                  updatedAt: sql`excluded.updated_at`,
                  ...(submit ? { submittedById: sql`excluded.submitted_by_id`, submittedAt: sql`excluded.submitted_at` } : {}),
                },
                // Only a draft still at the version that was checked: a lead's save or submit since wins.
                setWhere: sql`${entries.status} = 'draft' and ${entries.version} = excluded.version - 1`,
              })
              .returning({ id: entries.id, measureId: entries.measureId, periodId: entries.periodId });
            if (written.length !== batch.length) throw new SavedMeanwhile();

            const idOf = new Map(written.map((w) => [`${w.measureId}:${w.periodId}`, w.id]));
            const events: AuditEventInput[] = batch.map((row) => ({
              action: 'entry.import',
              actorId: actor.id,
              subjectType: 'entry',
              subjectId: String(idOf.get(`${row.measureId}:${row.periodId}`)),
              before: row.before ? auditValues(row.before, row.before.status) : null,
              after: auditValues(row.figures, status),
              detail: { measureRef: row.ref, month: row.month, rating: row.rating.rating, line: row.line },
            }));
            await sp.insert(auditEvents).values(events);
            progress.onWritten?.(start + batch.length, changing.length);
          }
        });
      } catch (error) {
        if (error instanceof SavedMeanwhile) return { ok: false, kind: 'state', message: SAVED_MEANWHILE };
        throw error;
      }

      const counts = countChanges(plan.rows);
      await tx.insert(auditEvents).values({
        action: 'figures.import',
        actorId: actor.id,
        subjectType: 'import',
        subjectId: null,
        detail: { ...counts, submit, months: [...new Set(plan.rows.map((r) => r.month))] },
      } satisfies AuditEventInput);
      return ok({ ...counts, submit });
    },
  });

export const importFigures = importFiguresReporting();
