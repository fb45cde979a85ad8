// The chief executive returning an entry to its lead, with a note saying what needs changing. The
// lead sees it first on "Your measures", and by e-mail, and may change and resubmit it while the
// month is in review.
import { and, eq, sql } from 'drizzle-orm';
import { recordAuditEvent } from '../../db/audit';
import { loadEntryContext } from '../../db/queries/entries';
import { lockPeriodForEntries } from '../../db/queries/period-locks';
import { entries, reviewNotes } from '../../db/schema';
import { noticeEntryReturned } from '../notices/workflow-notices';
import { firstDayOf, monthLabel, toMonthKey } from '../rating';
import { returnEntrySchema } from '../workflow/schemas';
import { defineCommand } from './define-command';
import { ok, type CommandResult } from './result';

export type ReturnedEntry = { ref: string; label: string; ownerName: string | null };

export const returnEntry = defineCommand({
  name: 'returnEntry',
  schema: returnEntrySchema,
  action: 'entry.return',
  load: async (tx, { measureRef, month }) => {
    const row = await loadEntryContext(tx, measureRef, firstDayOf(month));
    if (!row) return null;
    const period = await lockPeriodForEntries(tx, row.period.id);
    return period ? { ...row, period: { ...row.period, state: period.state, importedAt: period.importedAt } } : null;
  },
  notFound: 'That measure or month could not be found. Go back to the review and choose again.',
  resource: (row) => ({ periodState: row.period.state, importedHistory: row.period.importedAt !== null }),
  explainRefusal: (row) => `${monthLabel(row.period.month)} is not in review, so no entry can be returned now. Reload the page to see where it stands.`,
  run: async (tx, { actor, input: { note }, loaded: row }): Promise<CommandResult<ReturnedEntry>> => {
    const entry = row.current?.entry;
    if (!entry || entry.status !== 'submitted') {
      return {
        ok: false,
        kind: 'state',
        message: entry?.status === 'returned'
          ? `${row.measure.ref} has already been returned to its lead.`
          : `${row.measure.ref} has not been submitted, so there is nothing to return yet.`,
      };
    }
    const [returned] = await tx
      .update(entries)
      .set({ status: 'returned', version: sql`${entries.version} + 1`, updatedAt: new Date() })
      .where(and(eq(entries.id, entry.id), eq(entries.status, 'submitted')))
      .returning({ id: entries.id, version: entries.version });
    if (!returned) return { ok: false, kind: 'state', message: `${row.measure.ref} changed while you were reading it. Reload the page and try again.` };
    const [reviewNote] = await tx.insert(reviewNotes).values({ entryId: entry.id, authorId: actor.id, note }).returning({ id: reviewNotes.id });
    await recordAuditEvent(tx, {
      action: 'entry.return', actorId: actor.id, subjectType: 'entry', subjectId: String(entry.id),
      before: { status: 'submitted' }, after: { status: 'returned' },
      detail: { measureRef: row.measure.ref, month: toMonthKey(row.period.month), note, version: returned.version },
    });
    await noticeEntryReturned(tx, { month: toMonthKey(row.period.month), measureId: row.measure.id, reviewNoteId: reviewNote!.id, note, returnedById: actor.id });
    return ok({ ref: row.measure.ref, label: monthLabel(row.period.month), ownerName: row.ownerName });
  },
});
