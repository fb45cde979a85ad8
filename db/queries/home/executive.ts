// The chief executive's home: the month awaiting sign-off (the month in review, else the month
// still open for entry), its ratings counted, every Red and Amber with whether it is explained,
// what blocks sign-off, and what moved since last month. Three queries however many measures.
import { asc, eq } from 'drizzle-orm';
import { countRatings, type RatingCounts } from '../../../lib/home/rating-counts';
import { sparkline, type Sparkline } from '../../../lib/home/sparkline';
import { addMonths, formatEntryFigure, monthLabel, needsCommentary, toMonthKey, type Rating } from '../../../lib/rating';
import { signOffFlags, whySignOffIsBlocked } from '../../../lib/review/sign-off-flags';
import type { Queryable } from '../../client';
import { periods, type Period } from '../../schema';
import { loadRatedMonth } from '../rated-month';

export type Explained = 'explained' | 'no commentary' | 'no improvement action' | 'no commentary or improvement action';

export type ConcernRow = {
  ref: string;
  title: string;
  rating: Rating;
  judged: boolean;
  figure: string | null;
  explained: Explained;
  submitted: boolean;
  trend: Sparkline;
};

export type Movement = { ref: string; title: string; direction: 'improved' | 'declined'; from: string | null; to: string | null; trend: Sparkline };

export type ExecutiveHome = {
  month: string;
  label: string;
  state: Period['state'];
  /** "October 2020": what movements are measured from. */
  lastMonthLabel: string;
  counts: RatingCounts;
  /** "29 of 32 submitted". */
  submitted: number;
  expected: number;
  concerns: ConcernRow[];
  /** The sentence the review page gives, or null when nothing blocks sign-off. */
  blocked: string | null;
  movements: Movement[];
};

const blank = (text: string | null | undefined) => !text || text.trim() === '';

/** Whether a Red or Amber has its words, whatever the entry's status (the blockers say what is not submitted). */
function explained(entry: { commentary: string | null; improvementAction: string | null }): Explained {
  const noCommentary = blank(entry.commentary);
  const noAction = blank(entry.improvementAction);
  if (noCommentary && noAction) return 'no commentary or improvement action';
  if (noCommentary) return 'no commentary';
  if (noAction) return 'no improvement action';
  return 'explained';
}

/** The month in review (the earliest, if more than one), else the month open for entry; null if neither. */
export async function awaitingSignOff(db: Queryable, open: Period | null): Promise<Period | null> {
  const [inReview] = await db.select().from(periods).where(eq(periods.state, 'in_review')).orderBy(asc(periods.month)).limit(1);
  return inReview ?? open;
}

export async function loadExecutiveHome(db: Queryable, period: Period): Promise<ExecutiveHome> {
  // What blocks sign-off needs only this month (last month's ratings only add flags for attention).
  const measures = await loadRatedMonth(db, period);
  const flags = signOffFlags(measures);
  const active = measures.filter((row) => row.measure.active);
  const entered = active.filter((row) => row.entry);
  const figureOf = (row: (typeof active)[number], month: string) => {
    const entry = row.history.find((h) => toMonthKey(h.month) === month);
    return entry ? formatEntryFigure(entry, row.measure.unit, row.measure.decimals) : null;
  };
  const month = toMonthKey(period.month);
  const lastMonth = addMonths(month, -1);
  return {
    month,
    label: monthLabel(period.month),
    state: period.state,
    lastMonthLabel: monthLabel(lastMonth),
    // Only measures with an entry have a rating of the month yet.
    counts: countRatings(entered.map((row) => row.rating.rating)),
    submitted: active.filter((row) => row.entry?.status === 'submitted').length,
    expected: active.length,
    concerns: entered
      .filter((row) => needsCommentary(row.rating.rating))
      .toSorted((a, b) => Number(b.rating.rating === 'red') - Number(a.rating.rating === 'red'))
      .map((row) => ({
        ref: row.measure.ref,
        title: row.measure.title,
        rating: row.rating.rating,
        judged: row.rating.judged,
        figure: row.entry ? formatEntryFigure(row.entry, row.measure.unit, row.measure.decimals) : null,
        explained: explained(row.entry!),
        submitted: row.entry?.status === 'submitted',
        trend: sparkline(period.month, row.history, row.measure),
      })),
    blocked: whySignOffIsBlocked(flags),
    movements: entered.flatMap((row): Movement[] => {
      const direction = row.direction.sinceLastMonth;
      if (direction !== 'improved' && direction !== 'declined') return [];
      return [{
        ref: row.measure.ref,
        title: row.measure.title,
        direction,
        from: figureOf(row, lastMonth),
        to: figureOf(row, month),
        trend: sparkline(period.month, row.history, row.measure),
      }];
    }),
  };
}
