// Why a month's figures can no longer be changed, in one sentence, wherever a page or a command
// has to say so. (lib/commands/entries.ts's whyReadOnly says the same and can call this.)
import type { PeriodState } from '../auth/policy';
import { monthLabel } from '../rating';

const STATE_WORDS = { in_review: 'is in review', approved: 'has been signed off', published: 'has been published' } as const;

/** "October 2020 has been published, so its figures can no longer be changed."; null while the month is open. */
export function whyMonthIsClosed(period: { month: string; state: PeriodState }): string | null {
  if (period.state === 'open') return null;
  return `${monthLabel(period.month)} ${STATE_WORDS[period.state]}, so its figures can no longer be changed.`;
}
