// The performance team's months: opening the next one for entry. Months are opened in order, one
// after the latest, so a year has no gaps; the latest need not be closed first (councils often
// collect two months at once). A lead's list fills from the month's row alone: every active
// measure they own is listed, with no entry until they save one. Each of those leads is told, by
// e-mail written in the same transaction (lib/notices/workflow-notices.ts).
import { desc, eq } from 'drizzle-orm';
import { recordAuditEvent } from '../../db/audit';
import { periods } from '../../db/schema';
import { noticeMonthOpened } from '../notices/workflow-notices';
import { addMonths, financialYearOfMonth, firstDayOf, monthLabel, toMonthKey } from '../rating';
import { openMonthSchema } from '../workflow/open-month-schema';
import { defineCommand } from './define-command';
import { ok, type CommandResult } from './result';

export type OpenedMonth = { month: string; label: string; dueDate: string };

const ALREADY_OPENED = (month: string, state: string) =>
  state === 'open'
    ? `${monthLabel(month)} is already open. Reload the page to see the month you can open next.`
    : `${monthLabel(month)} has already been opened. Reload the page to see the month you can open next.`;

/** Opens the calendar month after the latest for entry, with the date its figures are due. */
export const openNextMonth = defineCommand({
  name: 'openNextMonth',
  schema: openMonthSchema,
  action: 'periods.manage',
  run: async (tx, { actor, input: { month, dueDate } }): Promise<CommandResult<OpenedMonth>> => {
    const [latest] = await tx.select({ month: periods.month, state: periods.state }).from(periods).orderBy(desc(periods.month)).limit(1);
    const wanted = firstDayOf(month);
    // Someone opened it (or a later one) since the page was drawn: say so, rather than open the one after.
    if (latest && latest.month >= wanted) {
      const [existing] = latest.month === wanted ? [latest] : await tx.select({ state: periods.state }).from(periods).where(eq(periods.month, wanted));
      // An earlier month that was never opened (the year began later) cannot be opened now either.
      if (!existing) {
        return {
          ok: false,
          kind: 'state',
          message: `${monthLabel(month)} comes before ${monthLabel(latest.month)}, the latest month opened: months are opened in order, after the latest. Reload the page and open the month it offers.`,
        };
      }
      return { ok: false, kind: 'state', message: ALREADY_OPENED(month, existing.state) };
    }
    if (latest && toMonthKey(latest.month) !== addMonths(month, -1)) {
      return {
        ok: false,
        kind: 'state',
        message: `Months are opened in order: the next one is the month after ${monthLabel(latest.month)}. Reload the page and open the month it offers.`,
      };
    }
    // Two administrators at once: the month's unique key lets one row in; the other waits for it
    // to commit, inserts nothing, and is told the month is open.
    const [created] = await tx
      .insert(periods)
      .values({ month: wanted, financialYear: financialYearOfMonth(month), state: 'open', dueDate })
      .onConflictDoNothing({ target: periods.month })
      .returning({ id: periods.id });
    if (!created) return { ok: false, kind: 'state', message: ALREADY_OPENED(month, 'open') };
    await recordAuditEvent(tx, {
      action: 'period.open', actorId: actor.id, subjectType: 'period', subjectId: month,
      after: { state: 'open', dueDate },
    });
    await noticeMonthOpened(tx, { month, dueDate });
    return ok({ month, label: monthLabel(month), dueDate });
  },
});
