// A lead's home: what the chief executive returned to them (in a month in review, with the note),
// the month open for entry with what of theirs is still to do, and their measures' ratings this
// month and last with the year so far. Six queries however many measures they own.
import { and, asc, eq } from 'drizzle-orm';
import { sparkline, type Sparkline } from '../../../lib/home/sparkline';
import { addMonths, financialYearOfMonth, firstDayOf, monthLabel, rateMeasureForMonth, toMonthKey, type Rating } from '../../../lib/rating';
import type { Actor } from '../../../lib/auth/policy';
import { entries, measures, periods, type Period } from '../../schema';
import type { Queryable } from '../../client';
import { findPeriodByMonth } from '../periods';
import { loadRatedMonth, type RatedMeasure } from '../rated-month';
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

/**
 * Each measure's rating last month, as that month rates it. Within the financial year the open
 * month's rows already hold last month's entry and the year's targets, so it is rated from them;
 * across a year's start (April's last month is March) it is read with its own year's targets.
 */
async function lastMonthRatings(db: Queryable, actor: Actor, open: Period, rows: RatedMeasure[]) {
  const lastMonth = addMonths(toMonthKey(open.month), -1);
  const ratings = new Map<number, { rating: Rating; judged: boolean } | null>();
  if (financialYearOfMonth(lastMonth) === open.financialYear) {
    for (const { measure, target, history } of rows) {
      const entered = history.some((h) => toMonthKey(h.month) === lastMonth);
      const { rating, judged } = rateMeasureForMonth(measure, target, lastMonth, history);
      ratings.set(measure.id, entered ? { rating, judged } : null);
    }
    return ratings;
  }
  const previousPeriod = await findPeriodByMonth(db, firstDayOf(lastMonth));
  const before = previousPeriod ? await loadRatedMonth(db, previousPeriod, { ownerId: actor.id }) : [];
  for (const row of before) ratings.set(row.measure.id, row.entry ? { rating: row.rating.rating, judged: row.rating.judged } : null);
  return ratings;
}

async function loadOpenMonthWork(db: Queryable, actor: Actor, open: Period): Promise<OpenMonthWork> {
  const lastMonth = addMonths(toMonthKey(open.month), -1);
  const rows = await loadRatedMonth(db, open, { ownerId: actor.id });
  const before = await lastMonthRatings(db, actor, open, rows);

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
      return {
        ref: measure.ref,
        title: measure.title,
        now: entry ? { rating: rating.rating, judged: rating.judged } : null,
        before: before.get(measure.id) ?? null,
        trend: sparkline(open.month, history, measure),
      };
    }),
  };
}
