// An earlier year's figures loaded with `figures:import --history` (README, "Importing figures from
// a file") fill a month the company never reported through the product: trend charts and "same
// month last year" read them. Such a month is signed off as imported and stays so: it is never
// closed for review, signed off again, published or reopened, and a correction is another import
// with --history. The words for it, shared by the commands and the pages.
import { financialYearLabel, financialYearOfMonth, monthLabel } from '../rating';

/** The state shown for an imported-history month wherever months are listed. */
export const IMPORTED_HISTORY = 'Imported history';

export const IMPORTED_HISTORY_EXPLAINED =
  'An earlier year’s figures, imported from a file for trend charts and comparisons with last year. It is never reviewed, published or reopened: to correct it, import its file again with --history.';

/** Why a step of the review cannot be taken in an imported-history month, in a sentence. */
export function importedHistoryRefusal(month: string, step: string): string {
  return `${monthLabel(month)} is imported history from ${financialYearLabel(financialYearOfMonth(month))}, so it cannot be ${step}. To correct its figures, import them again with --history.`;
}
