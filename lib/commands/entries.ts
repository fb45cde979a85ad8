// Saving and submitting a month's entry. May this person's role enter figures → which measure and
// month → load it, the month's row held `for share` so its state cannot change under the save →
// may they (ownership, the measure active, the month open) → the figures, checked against the
// month's rating → save only over the version they started from, with its audit event (and, when
// it completes the month, the executives' notice), in one transaction.
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { recordAuditEvent } from '../../db/audit';
import type { Transaction } from '../../db/client';
import { loadEntryContext, type EntryContextRow } from '../../db/queries/entries';
import { lockPeriodForEntries } from '../../db/queries/period-locks';
import { entries, type Entry } from '../../db/schema';
import { can, type Actor, type Resource } from '../auth/policy';
import {
  entrySchema,
  entryToStore,
  MEASURE_REF_PATTERN,
  MONTH_PATTERN,
  rateForm,
  type EntryContext,
  type EntryFormValues,
} from '../entries/entry-schema';
import { noticeIfReadyForReview } from '../notices/workflow-notices';
import { firstDayOf, monthLabel, toMonthKey, type Rating } from '../rating';
import { whyMonthIsClosed } from '../entries/closed-month';
import { fieldErrorsOf } from '../validation/form-state';
import { defineCommand } from './define-command';
import { ok, type CommandResult } from './result';

// Loose: the figures travel with it, and are checked once the month's context is loaded.
const whichEntry = z.looseObject({
  measureRef: z.string().regex(MEASURE_REF_PATTERN, { error: 'Choose a measure' }),
  month: z.string().regex(MONTH_PATTERN, { error: 'Choose a month' }),
});

/** The rating layer's view of one measure's month, from what the database holds. */
export function entryContextFrom(row: EntryContextRow): EntryContext {
  const month = toMonthKey(row.period.month);
  return {
    measure: { ...row.measure },
    target: { target: row.target, toleranceEdge: row.toleranceEdge },
    month,
    earlier: row.history
      .filter((h) => h.month !== row.period.month)
      .map(({ entry, month: m }) => ({ ...entry, month: m })),
  };
}

/** What the policy reads to decide whether an entry may be changed. */
export const entryResource = (row: EntryContextRow): Resource => ({
  measureOwnerId: row.measure.ownerId,
  measureActive: row.measure.active,
  periodState: row.period.state,
  entryStatus: row.current?.entry.status ?? null,
});

/** An entry the chief executive returned to its lead, while its month is in review: the one change left. */
const returnedInReview = (row: EntryContextRow) => row.period.state === 'in_review' && row.current?.entry.status === 'returned';

/** Why an entry cannot be changed now, in a sentence; null if it can. */
export function whyReadOnly(actor: Actor, row: EntryContextRow): string | null {
  if (!row.measure.active) {
    return `${row.measure.ref} has been retired, so its figures can no longer be changed.`;
  }
  const closed = returnedInReview(row) ? null : whyMonthIsClosed(row.period);
  if (closed) return closed;
  if (!can(actor, 'entry.edit', entryResource(row))) {
    return row.ownerName
      ? `Only ${row.ownerName}, who owns ${row.measure.ref}, or the performance team can change these figures.`
      : `${row.measure.ref} has no owner yet: only the performance team can change its figures.`;
  }
  return null;
}

/** The saved values as the form shows them, for a person whose save came second. */
export type SavedFormValues = Required<Omit<EntryFormValues, 'intent' | 'version'>>;

export function entryAsForm(entry: Entry | null): SavedFormValues {
  return {
    value: entry?.value ?? '',
    secondaryValue: entry?.secondaryValue ?? '',
    ytdValue: entry?.ytdValue ?? '',
    ytdSecondaryValue: entry?.ytdSecondaryValue ?? '',
    availability: entry?.availability ?? 'available',
    commentary: entry?.commentary ?? '',
    improvementAction: entry?.improvementAction ?? '',
    judgedRating: entry?.judgedRating ?? '',
    judgedJustification: entry?.judgedJustification ?? '',
  };
}

/**
 * What a save did, as the audit names it: a draft saved, a first submit, a submit over a submitted
 * or returned entry (resubmit), or a submitted entry taken back to a draft (withdraw).
 */
export type EntryChange = 'entry.save_draft' | 'entry.submit' | 'entry.resubmit' | 'entry.withdraw';

export type SavedEntry = {
  version: number;
  status: Entry['status'];
  change: EntryChange;
  rating: Rating;
  ref: string;
  label: string;
  /** The month's figure as stored, for the page's "compared with last month" line. */
  value: string | null;
  /**
   * The entry page must be drawn again, not only the form: the save answered a return (its note
   * goes, and in review a resubmitted entry can no longer be changed). Any other save changes
   * only what the form itself shows.
   */
  redraw: boolean;
};
export type EntryConflict = {
  version: number;
  /** The entry's status as the other save left it. */
  status: Entry['status'] | null;
  savedBy: string | null;
  /** Who saved it, to tell a person their own other window from someone else. */
  savedById: string | null;
  savedAt: string;
  values: ReturnType<typeof entryAsForm>;
};

/** Refused: a plain draft save would quietly take a submitted entry out of the month's submissions. */
export const SUBMITTED_NEEDS_INTENT =
  'This entry is submitted. Submit your changes, or withdraw it to a draft to keep working on it.';

const intentOf = (rawInput: unknown) => ((rawInput as { intent?: unknown } | null)?.intent === 'submit' ? 'submit' : 'draft');

/** Which change a save is, from what it asks and the entry's status before it. */
function changeOf(intent: 'draft' | 'submit' | 'withdraw', before: Entry['status'] | null): EntryChange {
  if (intent === 'submit') return before === 'submitted' || before === 'returned' ? 'entry.resubmit' : 'entry.submit';
  // Withdrawing an entry that is no longer submitted is only a draft save.
  return intent === 'withdraw' && before === 'submitted' ? 'entry.withdraw' : 'entry.save_draft';
}

export const saveEntry = defineCommand({
  name: 'saveEntry',
  schema: whichEntry,
  action: (rawInput) => (intentOf(rawInput) === 'submit' ? 'entry.submit' : 'entry.edit'),
  load: async (tx, { measureRef, month }) => {
    const row = await loadEntryContext(tx, measureRef, firstDayOf(month));
    if (!row) return null;
    // The month's state as it is now, held until the save commits: a change of state waits for
    // this save, or this save sees the new state and is refused.
    const period = await lockPeriodForEntries(tx, row.period.id);
    return period ? { ...row, period: { ...row.period, state: period.state } } : null;
  },
  notFound: 'That measure or month could not be found. Go back to your measures and choose again.',
  resource: entryResource,
  // Someone who may otherwise read entries is told why, in words; anyone else is simply refused.
  explainRefusal: (row, actor) => (can(actor, 'entries.view') ? whyReadOnly(actor, row) : null),
  run: async (tx, { actor, input, loaded: row }): Promise<CommandResult<SavedEntry>> => {
    const context = entryContextFrom(row);
    const parsed = entrySchema(context).safeParse(input);
    if (!parsed.success) return { ok: false, kind: 'invalid', fieldErrors: fieldErrorsOf(parsed.error) };
    const { intent, version: startedFrom } = parsed.data;
    const before = row.current?.entry ?? null;
    // Over a submitted entry a save either submits the changes or withdraws it, said explicitly.
    // (Against a newer version than the form started from, the conflict below answers instead.)
    if (intent === 'draft' && before?.status === 'submitted' && before.version === startedFrom) {
      return { ok: false, kind: 'state', message: SUBMITTED_NEEDS_INTENT };
    }
    const change = changeOf(intent, before?.status ?? null);
    const stored = entryToStore(parsed.data, context);
    const { rating } = rateForm(parsed.data, context);
    const now = new Date();
    // A returned entry stays returned until its lead submits it again: in review, nothing else may change.
    const draftStatus = returnedInReview(row) ? ('returned' as const) : ('draft' as const);
    const changes = {
      ...stored,
      status: intent === 'submit' ? ('submitted' as const) : draftStatus,
      updatedById: actor.id,
      updatedAt: now,
      ...(intent === 'submit' ? { submittedById: actor.id, submittedAt: now } : {}),
    };

    let after: Entry | undefined;
    if (before) {
      [after] = await tx
        .update(entries)
        .set({ ...changes, version: sql`${entries.version} + 1` })
        .where(and(eq(entries.id, before.id), eq(entries.version, startedFrom)))
        .returning();
    } else if (startedFrom === 0) {
      [after] = await tx
        .insert(entries)
        .values({ ...changes, measureId: row.measure.id, periodId: row.period.id, version: 1 })
        .onConflictDoNothing({ target: [entries.measureId, entries.periodId] })
        .returning();
    }
    if (!after) return conflict(tx, row, now);
    await recordAuditEvent(tx, {
      action: change,
      actorId: actor.id,
      subjectType: 'entry',
      subjectId: String(after.id),
      // The status too, so the log says "draft → submitted", "returned → submitted".
      before: before ? { ...entryAsForm(before), status: before.status } : null,
      after: { ...entryAsForm(after), status: after.status },
      detail: {
        measureRef: row.measure.ref,
        month: context.month,
        rating,
        version: after.version,
        // An administrator entering for the lead who owns the measure.
        ...(row.measure.ownerId && row.measure.ownerId !== actor.id ? { onBehalfOf: row.measure.ownerId } : {}),
      },
    });
    // An entry newly submitted may be the month's last: then its executives are told it is ready.
    if (after.status === 'submitted' && before?.status !== 'submitted') {
      await noticeIfReadyForReview(tx, [{ periodId: row.period.id, month: context.month }]);
    }
    return ok({
      version: after.version,
      status: after.status,
      change,
      rating,
      ref: row.measure.ref,
      label: monthLabel(row.period.month),
      value: after.value,
      redraw: before?.status === 'returned' || row.period.state !== 'open',
    });
  },
});

/** Someone else saved first: what is saved now, for the person to compare with what they typed. */
async function conflict(tx: Transaction, row: EntryContextRow, now: Date): Promise<CommandResult<never>> {
  const latest = await loadEntryContext(tx, row.measure.ref, row.period.month);
  const current = latest?.current;
  return {
    ok: false,
    kind: 'conflict',
    message: `${current?.updatedByName ?? 'Someone else'} saved this entry after you opened it. Their figures are shown below and yours are still in the form: check both, then save again to keep yours.`,
    current: {
      version: current?.entry.version ?? 0,
      status: current?.entry.status ?? null,
      savedBy: current?.updatedByName ?? null,
      savedById: current?.entry.updatedById ?? null,
      savedAt: (current?.entry.updatedAt ?? now).toISOString(),
      values: entryAsForm(current?.entry ?? null),
    } satisfies EntryConflict,
  };
}
