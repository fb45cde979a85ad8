// The notices the workflow's commands send, each called from the command's own transaction after
// its change (lib/commands): a month opened, an entry returned, a month ready for review, a pack
// published. Each reads its recipients in one query and writes every message at once, so the
// number of queries does not grow with the number of measures or people.
//
// Dedupe keys name the event, so a retried request writes nothing twice, and an event that can
// happen again later gets a new key:
//   month_opened:<YYYY-MM>:<user>                 a month is opened once;
//   entry_returned:<YYYY-MM>:<ref>:n<note>:<user> each return writes its own review note;
//   ready_for_review:<YYYY-MM>:r<revision>:<user> each time the month becomes complete (see below);
//   pack_published:<YYYY-MM>:v<N>:<user>          each version is published once.
import type { Transaction } from '../../db/client';
import { loadMonthCompletion, lockMonthCompletion } from '../../db/queries/month-completion';
import { findPersonName, listLeadsWithMeasures } from '../../db/queries/notice-recipients';
import { listActivePeopleWithRole } from '../../db/queries/users';
import type { PackVisibility } from '../packs/visibility';
import { enqueueNotices } from './enqueue-notices';

/** To each active lead with measures in the month: their measures and the due date. */
export async function noticeMonthOpened(tx: Transaction, opened: { month: string; dueDate: string }): Promise<number> {
  const leads = await listLeadsWithMeasures(tx);
  return enqueueNotices(
    tx,
    leads.map(({ lead, measures }) => ({
      notice: { kind: 'month_opened', recipientName: lead.name, month: opened.month, dueDate: opened.dueDate, measures },
      recipientId: lead.id,
      dedupeKey: `month_opened:${opened.month}:${lead.id}`,
    })),
  );
}

export type ReturnedEntryNotice = {
  month: string;
  measureId: number;
  /** The review note the return wrote: a second return of the same entry has its own. */
  reviewNoteId: number;
  note: string;
  returnedById: string;
};

/** To the measure's lead: the executive's note, and who returned it. */
export async function noticeEntryReturned(tx: Transaction, returned: ReturnedEntryNotice): Promise<number> {
  const [leads, returnedBy] = await Promise.all([
    listLeadsWithMeasures(tx, { measureId: returned.measureId }),
    findPersonName(tx, returned.returnedById),
  ]);
  return enqueueNotices(
    tx,
    leads.flatMap(({ lead, measures }) =>
      measures.map((measure) => ({
        notice: {
          kind: 'entry_returned' as const,
          recipientName: lead.name,
          month: returned.month,
          measure,
          note: returned.note,
          returnedBy: returnedBy ?? 'The chief executive',
        },
        recipientId: lead.id,
        dedupeKey: `entry_returned:${returned.month}:${measure.ref}:n${returned.reviewNoteId}:${lead.id}`,
      })),
    ),
  );
}

/**
 * Called by a change that has just submitted entries of these months (a lead's submit, an import
 * with --submit), only where an entry went from not submitted to submitted. Each month that is now
 * complete is told to every active executive. Executives are told each time a month becomes
 * complete: a returned entry resubmitted, or one withdrawn and submitted again, makes it ready for
 * review once more. The key carries the month's revision (db/queries/month-completion.ts), which
 * every save moves on, so each completion has its own key and a repeated one cannot be written twice.
 */
export async function noticeIfReadyForReview(tx: Transaction, months: readonly { periodId: number; month: string }[]): Promise<number> {
  // In one order, so two imports of the same months cannot wait for each other's locks.
  const ordered = [...new Map(months.map((m) => [m.periodId, m])).values()].toSorted((a, b) => a.periodId - b.periodId);
  const complete: { month: string; measureCount: number; revision: number }[] = [];
  for (const { periodId, month } of ordered) {
    await lockMonthCompletion(tx, periodId);
    const completion = await loadMonthCompletion(tx, periodId);
    if (completion && completion.expected > 0 && completion.submitted === completion.expected) {
      complete.push({ month, measureCount: completion.expected, revision: completion.revision });
    }
  }
  if (complete.length === 0) return 0;
  const executives = await listActivePeopleWithRole(tx, 'executive');
  return enqueueNotices(
    tx,
    complete.flatMap(({ month, measureCount, revision }) =>
      executives.map((executive) => ({
        notice: { kind: 'ready_for_review' as const, recipientName: executive.name, month, measureCount },
        recipientId: executive.id,
        dedupeKey: `ready_for_review:${month}:r${revision}:${executive.id}`,
      })),
    ),
  );
}

export type PublishedPackNotice = { month: string; version: number; visibility: PackVisibility; changeNote: string | null };

/**
 * To every active viewer (the committee the pack is for): the link to this version, whether it is
 * public, and for a later version the note it was published with. Executives and administrators
 * are not written to as such: the executive published it, and the performance team follows the
 * month in the portal. Someone who is a viewer as well is told.
 */
export async function noticePackPublished(tx: Transaction, pack: PublishedPackNotice): Promise<number> {
  const viewers = await listActivePeopleWithRole(tx, 'viewer');
  return enqueueNotices(
    tx,
    viewers.map((viewer) => ({
      notice: {
        kind: 'pack_published',
        recipientName: viewer.name,
        month: pack.month,
        version: pack.version,
        visibility: pack.visibility,
        changeNote: pack.version > 1 ? pack.changeNote : null,
      },
      recipientId: viewer.id,
      dedupeKey: `pack_published:${pack.month}:v${pack.version}:${viewer.id}`,
    })),
  );
}
