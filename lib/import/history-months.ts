// Which months an import with --history may write (lib/workflow/imported-history.ts): those of a
// financial year before the current one that were never reported here, whether they exist yet (as
// imported history) or not (the import creates them).
import { financialYearLabel, financialYearOfMonth, monthLabel } from '../rating';
import type { ImportPeriod } from './check-rows';

const STATE_WORDS: Record<ImportPeriod['state'], string> = { open: 'open', in_review: 'in review', approved: 'signed off', published: 'published' };

/**
 * Why a month cannot take history, in a sentence, or null: it must be of a year before the current
 * one, and not a month reported here (which --history never changes).
 */
export function historyRefusal(month: string, period: ImportPeriod | undefined, currentYear: number | null): string | null {
  if (currentYear === null) return `there are no months yet, so no earlier year: open the current month before importing history`;
  if (financialYearOfMonth(month) >= currentYear) {
    return `${month} is not an earlier year: import it without --history (history is for the years before ${financialYearLabel(currentYear)})`;
  }
  if (period && !period.importedHistory) {
    return `${monthLabel(month)} was reported here and is ${STATE_WORDS[period.state]}: --history only fills months that were never reported here, and never changes one that was`;
  }
  return null;
}
