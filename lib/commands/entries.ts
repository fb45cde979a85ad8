// Saving and submitting a month's entry. Parse with the shared schema → may this person (role,
// ownership, the period open) → save only over the version they started from → the change and
// its audit event in one transaction.
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { recordAuditEvent } from '../../db/audit';
import type { Database } from '../../db/client';
import { loadEntryContext, type EntryContextRow } from '../../db/queries/entries';
import { entries, type Entry } from '../../db/schema';
import { authorize, can, type Actor } from '../auth/policy';
import {
  entrySchema,
  entryToStore,
  MEASURE_REF_PATTERN,
  MONTH_PATTERN,
  rateForm,
  type EntryContext,
  type EntryFormValues,
} from '../entries/entry-schema';
import { monthLabel, type Rating } from '../rating';
import { fieldErrorsOf } from '../validation/form-state';
import { denied, ok, type CommandResult } from './result';

const whichEntry = z.object({
  measureRef: z.string().regex(MEASURE_REF_PATTERN, { error: 'Choose a measure' }),
  month: z.string().regex(MONTH_PATTERN, { error: 'Choose a month' }),
});

/** The rating layer's view of one measure's month, from what the database holds. */
export function entryContextFrom(row: EntryContextRow): EntryContext {
  const month = row.period.month.slice(0, 7);
  return {
    measure: { ...row.measure },
    target: { target: row.target, toleranceEdge: row.toleranceEdge },
    month,
    earlier: row.history
      .filter((h) => h.month !== row.period.month)
      .map(({ entry, month: m }) => ({ ...entry, month: m })),
  };
}

const STATE_WORDS = { in_review: 'is in review', approved: 'has been signed off', published: 'has been published' } as const;

/** Why an entry cannot be changed now, in a sentence; null if it can. */
export function whyReadOnly(actor: Actor, row: EntryContextRow): string | null {
  const label = monthLabel(row.period.month);
  if (row.period.state !== 'open') {
    return `${label} ${STATE_WORDS[row.period.state]}, so its figures can no longer be changed.`;
  }
  if (!can(actor, 'entry.edit', { measureOwnerId: row.measure.ownerId, periodState: row.period.state })) {
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

export type SavedEntry = { version: number; status: Entry['status']; rating: Rating; ref: string; label: string };
export type EntryConflict = { version: number; savedBy: string | null; savedAt: string; values: ReturnType<typeof entryAsForm> };

export async function saveEntry(db: Database, actor: Actor | null, input: unknown): Promise<CommandResult<SavedEntry>> {
  const which = whichEntry.safeParse(input);
  if (!which.success) return { ok: false, kind: 'invalid', fieldErrors: fieldErrorsOf(which.error) };
  const intent = (input as { intent?: unknown })?.intent === 'submit' ? 'submit' : 'draft';
  const month = `${which.data.month}-01`;

  const row = await loadEntryContext(db, which.data.measureRef, month);
  if (!row) {
    return authorize(actor, 'entries.view').allowed
      ? { ok: false, kind: 'not_found', message: 'That measure or month could not be found. Go back to your measures and choose again.' }
      : denied(`entry ${which.data.measureRef} ${which.data.month}: no such measure or month`);
  }
  const resource = { measureOwnerId: row.measure.ownerId, periodState: row.period.state };
  const decision = authorize(actor, intent === 'submit' ? 'entry.submit' : 'entry.edit', resource);
  if (!decision.allowed) {
    // Someone who may otherwise enter figures is told why, in words; anyone else is simply refused.
    const readOnly = actor && can(actor, 'entries.view') ? whyReadOnly(actor, row) : null;
    return readOnly ? { ok: false, kind: 'state', message: readOnly } : denied(decision.reason);
  }

  const context = entryContextFrom(row);
  const parsed = entrySchema(context).safeParse(input);
  if (!parsed.success) return { ok: false, kind: 'invalid', fieldErrors: fieldErrorsOf(parsed.error) };
  const stored = entryToStore(parsed.data, context);
  const { rating } = rateForm(parsed.data, context);
  const startedFrom = parsed.data.version;
  const now = new Date();
  const changes = {
    ...stored,
    status: intent === 'submit' ? ('submitted' as const) : ('draft' as const),
    updatedById: actor!.id,
    updatedAt: now,
    ...(intent === 'submit' ? { submittedById: actor!.id, submittedAt: now } : {}),
  };

  const conflict = async (): Promise<CommandResult<never>> => {
    const latest = await loadEntryContext(db, which.data.measureRef, month);
    const current = latest?.current;
    return {
      ok: false,
      kind: 'conflict',
      message: `${current?.updatedByName ?? 'Someone else'} saved this entry after you opened it. Their figures are shown below and yours are still in the form: check both, then save again to keep yours.`,
      current: {
        version: current?.entry.version ?? 0,
        savedBy: current?.updatedByName ?? null,
        savedAt: (current?.entry.updatedAt ?? now).toISOString(),
        values: entryAsForm(current?.entry ?? null),
      } satisfies EntryConflict,
    };
  };

  const saved = await db.transaction(async (tx) => {
    const before = row.current?.entry ?? null;
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
    if (!after) return null;
    await recordAuditEvent(tx, {
      action: intent === 'submit' ? 'entry.submit' : 'entry.save_draft',
      actorId: actor!.id,
      subjectType: 'entry',
      subjectId: String(after.id),
      before: before ? entryAsForm(before) : null,
      after: entryAsForm(after),
      detail: {
        measureRef: row.measure.ref,
        month: context.month,
        rating,
        version: after.version,
        // An administrator entering for the lead who owns the measure.
        ...(row.measure.ownerId && row.measure.ownerId !== actor!.id ? { onBehalfOf: row.measure.ownerId } : {}),
      },
    });
    return after;
  });
  if (!saved) return conflict();
  return ok({ version: saved.version, status: saved.status, rating, ref: row.measure.ref, label: monthLabel(row.period.month) });
}
