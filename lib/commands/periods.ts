// A month's way through review: open → in review → approved (signed off) → published, and back to
// in review only by a reopen with a reason. Each change takes the month's row `for update` (entry
// saves hold it `for share`), changes the state and writes its audit event in one transaction.
import { and, desc, eq, max } from 'drizzle-orm';
import { recordAuditEvent } from '../../db/audit';
import type { Transaction } from '../../db/client';
import { lockPeriodForStateChange } from '../../db/queries/period-locks';
import { composePackSnapshot } from '../../db/queries/pack-snapshot';
import { latestPackOf, listSubmitters } from '../../db/queries/packs';
import { loadRatedMonth } from '../../db/queries/rated-month';
import { countActiveExecutives } from '../../db/queries/users';
import { auditEvents, periods, publishedPacks, users, type Period } from '../../db/schema';
import type { PeriodState } from '../auth/policy';
import { noticePackPublished } from '../notices/workflow-notices';
import { describeChanges } from '../packs/changes';
import { packMeta } from '../packs/meta';
import { contentHash } from '../packs/snapshot';
import { firstDayOf, monthLabel, toMonthKey } from '../rating';
import { signOffFlags, whySignOffIsBlocked } from '../review/sign-off-flags';
import { importedHistoryRefusal } from '../workflow/imported-history';
import { monthSchema, publishSchema, reopenSchema } from '../workflow/schemas';
import { defineCommand } from './define-command';
import { ok, type CommandResult } from './result';

const NOT_FOUND = 'That month could not be found. Go back and choose it again.';

/** The month, locked against entry saves and other changes of state until the transaction ends. */
async function lockedMonth(tx: Transaction, month: string): Promise<Period | null> {
  const [period] = await tx.select().from(periods).where(eq(periods.month, firstDayOf(month)));
  if (!period) return null;
  const locked = await lockPeriodForStateChange(tx, period.id);
  return locked ? { ...period, state: locked.state, importedAt: locked.importedAt } : null;
}

const STATE_WORDS: Record<PeriodState, string> = {
  open: 'is open for entry',
  in_review: 'is in review',
  approved: 'has been signed off',
  published: 'has been published',
};

/** Why this step cannot be taken in the month's present state, in a sentence. */
const notNow = (period: Period, step: string) =>
  period.importedAt !== null
    ? importedHistoryRefusal(period.month, step)
    : `${monthLabel(period.month)} ${STATE_WORDS[period.state]}, so it cannot be ${step} now. Reload the page to see where it stands.`;

/** What the policy reads about a month: its state, and whether it is an earlier year's imported history. */
const monthResource = (period: Period) => ({ periodState: period.state, importedHistory: period.importedAt !== null });

async function changeState(tx: Transaction, period: Period, to: PeriodState) {
  await tx.update(periods).set({ state: to, updatedAt: new Date() }).where(eq(periods.id, period.id));
}

export type MonthMoved = { month: string; label: string; state: PeriodState };
const moved = (period: Period, state: PeriodState): MonthMoved => ({ month: toMonthKey(period.month), label: monthLabel(period.month), state });

/** Closes a month for entry and puts it in front of the chief executive. */
export const closeForReview = defineCommand({
  name: 'closeForReview',
  schema: monthSchema,
  action: 'period.closeForReview',
  load: (tx, { month }) => lockedMonth(tx, month),
  notFound: NOT_FOUND,
  resource: monthResource,
  explainRefusal: (period) => notNow(period, 'closed for review'),
  run: async (tx, { actor, loaded: period }): Promise<CommandResult<MonthMoved>> => {
    const month = await loadRatedMonth(tx, period);
    const missing = month.filter((m) => m.entry?.status !== 'submitted').map((m) => m.measure.ref);
    await changeState(tx, period, 'in_review');
    await recordAuditEvent(tx, {
      action: 'period.close_for_review', actorId: actor.id, subjectType: 'period', subjectId: toMonthKey(period.month),
      before: { state: period.state }, after: { state: 'in_review' }, detail: { notSubmitted: missing },
    });
    return ok(moved(period, 'in_review'));
  },
});

/** Signs a month off: only when nothing blocks it, and never by someone who submitted its figures (unless the only executive). */
export const signOffPeriod = defineCommand({
  name: 'signOffPeriod',
  schema: monthSchema,
  action: 'period.signOff',
  load: async (tx, { month }) => {
    const period = await lockedMonth(tx, month);
    if (!period) return null;
    const [submitterIds, activeExecutives] = await Promise.all([listSubmitters(tx, period.id), countActiveExecutives(tx)]);
    return { period, submitterIds, activeExecutives };
  },
  notFound: NOT_FOUND,
  resource: ({ period, submitterIds, activeExecutives }) => ({ ...monthResource(period), submitterIds, activeExecutives }),
  explainRefusal: ({ period }) =>
    period.state === 'in_review' && period.importedAt === null
      ? 'You submitted figures in this month, so another executive must sign it off.'
      : notNow(period, 'signed off'),
  run: async (tx, { actor, loaded: { period }, soleExecutiveException }): Promise<CommandResult<MonthMoved>> => {
    const flags = signOffFlags(await loadRatedMonth(tx, period));
    const blocked = whySignOffIsBlocked(flags);
    if (blocked) return { ok: false, kind: 'state', message: blocked };
    await changeState(tx, period, 'approved');
    await recordAuditEvent(tx, {
      action: 'period.sign_off', actorId: actor.id, subjectType: 'period', subjectId: toMonthKey(period.month),
      before: { state: period.state }, after: { state: 'approved' },
      detail: {
        attention: flags.map((f) => f.message),
        // Maker-checker's exception: the only executive signing off a month they submitted figures in.
        ...(soleExecutiveException ? { soleExecutiveException: 'The only active executive signed off a month in which they submitted figures.' } : {}),
      },
    });
    return ok(moved(period, 'approved'));
  },
});

export type PublishedVersion = MonthMoved & { version: number; contentHash: string; changes: string[] };

/** Publishes a signed-off month: writes the immutable snapshot the committee reads, as a new version. */
export const publishPack = defineCommand({
  name: 'publishPack',
  schema: publishSchema,
  action: 'period.publish',
  load: (tx, { month }) => lockedMonth(tx, month),
  notFound: NOT_FOUND,
  resource: monthResource,
  explainRefusal: (period) => notNow(period, 'published'),
  run: async (tx, { actor, input, loaded: period }): Promise<CommandResult<PublishedVersion>> => {
    const month = toMonthKey(period.month);
    const [[publisher], previous, [latest]] = await Promise.all([
      tx.select({ name: users.name }).from(users).where(eq(users.id, actor.id)),
      latestPackOf(tx, period.id),
      tx.select({ version: max(publishedPacks.version) }).from(publishedPacks).where(eq(publishedPacks.periodId, period.id)),
    ]);
    const snapshot = await composePackSnapshot(tx, period, (covered) => packMeta(input, publisher?.name ?? 'The chief executive', covered));
    const version = (latest?.version ?? 0) + 1;
    const changes = previous ? describeChanges(previous.snapshot, snapshot) : [];
    const reopenReason = version > 1 ? await lastReopenReason(tx, month) : null;
    const hash = contentHash(snapshot);
    const changeNote = version > 1 ? (reopenReason ?? 'Reopened and published again.') : null;
    await tx.insert(publishedPacks).values({
      periodId: period.id,
      version,
      snapshot,
      contentHash: hash,
      changeNote,
      changes,
      visibility: input.visibility,
      publishedById: actor.id,
    });
    await changeState(tx, period, 'published');
    await recordAuditEvent(tx, {
      action: 'period.publish', actorId: actor.id, subjectType: 'period', subjectId: month,
      before: { state: period.state }, after: { state: 'published', version, visibility: input.visibility },
      detail: { contentHash: hash, changes },
    });
    await noticePackPublished(tx, { month, version, visibility: input.visibility, changeNote });
    return ok({ ...moved(period, 'published'), version, contentHash: hash, changes });
  },
});

async function lastReopenReason(tx: Transaction, month: string): Promise<string | null> {
  const [row] = await tx
    .select({ detail: auditEvents.detail })
    .from(auditEvents)
    .where(and(eq(auditEvents.action, 'period.reopen'), eq(auditEvents.subjectType, 'period'), eq(auditEvents.subjectId, month)))
    .orderBy(desc(auditEvents.id))
    .limit(1);
  const reason = (row?.detail as { reason?: unknown } | null)?.reason;
  return typeof reason === 'string' ? reason : null;
}

/** Takes a signed-off or published month back into review, with the reason; published versions stay readable. */
export const reopenPeriod = defineCommand({
  name: 'reopenPeriod',
  schema: reopenSchema,
  action: 'period.reopen',
  load: (tx, { month }) => lockedMonth(tx, month),
  notFound: NOT_FOUND,
  resource: monthResource,
  explainRefusal: (period) => notNow(period, 'reopened'),
  run: async (tx, { actor, input: { reason }, loaded: period }): Promise<CommandResult<MonthMoved>> => {
    await changeState(tx, period, 'in_review');
    await recordAuditEvent(tx, {
      action: 'period.reopen', actorId: actor.id, subjectType: 'period', subjectId: toMonthKey(period.month),
      before: { state: period.state }, after: { state: 'in_review' }, detail: { reason },
    });
    return ok(moved(period, 'in_review'));
  },
});

