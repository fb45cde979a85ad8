// What every page of a month's review shares: the month from the address, who may do what to it,
// and its state in words.
import 'server-only';
import { forbidden, notFound } from 'next/navigation';
import { desc, inArray } from 'drizzle-orm';
import { cache } from 'react';
import { requireUser, type SessionUser } from '@/app/_server/guard';
import { kept } from '@/app/_server/kept';
import type { Database } from '@/db/client';
import { findPeriodByMonth } from '@/db/queries/periods';
import { periods } from '@/db/schema';
import { authorizeRole, type Action, type PeriodState } from '@/lib/auth/policy';
import { MONTH_PATTERN, firstDayOf } from '@/lib/rating';
import { IMPORTED_HISTORY } from '@/lib/workflow/imported-history';

/** The month named in the address ("2020-10"); not found for anything else. */
export const periodOf = cache(async (month: string) => {
  if (!MONTH_PATTERN.test(month)) notFound();
  return (await kept(['period', month], (db) => findPeriodByMonth(db, firstDayOf(month)))) ?? notFound();
});

/** Every month, newest first, with its state: to move between months. */
export async function listMonths(db: Database) {
  return db.select({ month: periods.month, state: periods.state, importedAt: periods.importedAt }).from(periods).orderBy(desc(periods.month));
}

/** The latest month still open or in review, if any. */
export async function monthToReview(db: Database) {
  const [period] = await db.select().from(periods).where(inArray(periods.state, ['open', 'in_review'])).orderBy(desc(periods.month)).limit(1);
  return period ?? null;
}

/**
 * The signed-in person, if their role may ever take this action (403 otherwise). Whether the
 * month's state allows it now is for the page to say in words, and for the command to check again.
 */
export async function requireRoleFor(action: Action): Promise<SessionUser> {
  const user = await requireUser();
  const decision = authorizeRole(user, action);
  if (!decision.allowed) {
    console.warn(`[policy] ${user.id} refused: ${decision.reason}`);
    forbidden();
  }
  return user;
}

export const STATE_NAMES: Record<PeriodState, string> = {
  open: 'Open for entry',
  in_review: 'In review',
  approved: 'Signed off',
  published: 'Published',
};

/** A month's state in words, "Imported history" for an earlier year's imported figures. */
export const stateName = (month: { state: PeriodState; importedAt: Date | null }): string =>
  month.importedAt !== null ? IMPORTED_HISTORY : STATE_NAMES[month.state];

export const STATE_EXPLAINED: Record<PeriodState, string> = {
  open: 'Leads are still entering their figures. Close the month for review when they are in.',
  in_review: 'Leads can no longer change their figures, except entries returned to them. Sign the month off when nothing blocks it.',
  approved: 'The figures are signed off and locked. Publish the pack for the committee, or reopen the month.',
  published: 'The figures are locked and the pack is with the committee. Reopening the month makes a new version when it is published again.',
};
