// A lead's home: what the chief executive returned to them (in a month in review, with the note),
// the month open for entry with what of theirs is still to do, and their measures' ratings this
// month and last with the year so far. Six queries however many measures they own.
import { and, asc, eq } from 'drizzle-orm';
import { sparkline, type Sparkline } from '../../../lib/home/sparkline';
import { addMonths, firstDayOf, monthLabel, toMonthKey, type Rating } from '../../../lib/rating';
import type { Actor } from '../../../lib/auth/policy';
import { entries, measures, periods, type Period } from '../../schema';
import type { Queryable } from '../../client';
import { findPeriodByMonth } from '../periods';
import { loadRatedMonth } from '../rated-month';
import { latestNote } from '../review-notes';

export type LeadWorkState = 'returned' | 'draft' | 'not_started';

export type LeadWork = { ref: string; title: string; state: LeadWorkState };

/** An entry returned to its lead in a month under review: first on their home, with the note. */
export type ReturnedWork = { ref: string; title: string; month: string; label: string; note: string | null };

export type LeadMeasure = {
  ref: string;
  title: string;
  /** This month's rating, or null with no entry yet. */
  now: { rating: Rating; judged: boolean } | null;
  /** Last month's, or null where there was no entry. */
  before: { rating: Rating; judged: boolean } | null;
  trend: Sparkline;
};

export type LeadHome = {
  returned: ReturnedWork[];
  /** The month open for entry; null when none is. */
  open: OpenMonthWork | null;
};

export type OpenMonthWork = {
  month: string;
  label: string;
  dueDate: string;
  lastMonthLabel: string;
  owned: number;
  submitted: number;
  /** Drafts, then those not started: in the measures' order within each. */
  toDo: LeadWork[];
  measures: LeadMeasure[];
};

const ORDER: Record<LeadWorkState, number> = { returned: 0, draft: 1, not_started: 2 };

export async function loadLeadHome(db: Queryable, actor: Actor, open: Period | null): Promise<LeadHome> {
  const returned = await loadReturned(db, actor);
  return { returned, open: open ? await loadOpenMonthWork(db, actor, open) : null };
}

/** Every entry of the lead's returned to them in a month in review, oldest month first. */
async function loadReturned(db: Queryable, actor: Actor): Promise<ReturnedWork[]> {
  const rows = await db
    .select({ ref: measures.ref, title: measures.title, month: periods.month, note: latestNote(entries.id) })
    .from(entries)
    .innerJoin(measures, eq(measures.id, entries.measureId))
    .innerJoin(periods, eq(periods.id, entries.periodId))
    .where(and(eq(measures.ownerId, actor.id), eq(entries.status, 'returned'), eq(periods.state, 'in_review')))
    .orderBy(asc(periods.month), asc(measures.displayOrder), asc(measures.ref));
  return rows.map((row) => ({ ...row, month: toMonthKey(row.month), label: monthLabel(row.month) }));
}

async function loadOpenMonthWork(db: Queryable, actor: Actor, open: Period): Promise<OpenMonthWork> {
  const lastMonth = addMonths(toMonthKey(open.month), -1);
  const [rows, previousPeriod] = await Promise.all([
    loadRatedMonth(db, open, { ownerId: actor.id }),
    findPeriodByMonth(db, firstDayOf(lastMonth)),
  ]);
  // Last month rated as it stood then (its own year's targets): the rating its review showed.
  const before = previousPeriod ? await loadRatedMonth(db, previousPeriod, { ownerId: actor.id }) : [];
  const beforeByMeasure = new Map(before.map((row) => [row.measure.id, row]));

  const toDo = rows
    .flatMap(({ measure, entry }): LeadWork[] => {
      if (entry?.status === 'submitted') return [];
      const state: LeadWorkState = entry ? entry.status : 'not_started';
      return [{ ref: measure.ref, title: measure.title, state }];
    })
    .toSorted((a, b) => ORDER[a.state] - ORDER[b.state]);

  return {
    month: toMonthKey(open.month),
    label: monthLabel(open.month),
    dueDate: open.dueDate,
    lastMonthLabel: monthLabel(lastMonth),
    owned: rows.length,
    submitted: rows.filter((row) => row.entry?.status === 'submitted').length,
    toDo,
    measures: rows.map(({ measure, entry, rating, history }) => {
      const previous = beforeByMeasure.get(measure.id);
      return {
        ref: measure.ref,
        title: measure.title,
        now: entry ? { rating: rating.rating, judged: rating.judged } : null,
        before: previous?.entry ? { rating: previous.rating.rating, judged: previous.rating.judged } : null,
        trend: sparkline(open.month, history, measure),
      };
    }),
  };
}
