// A list of months in words: "November 2020", "October and November 2020" style lists, or a run of
// consecutive months as "April 2019 to March 2020", so a year of history is one phrase, not twelve.
import { addMonths, monthLabel, toMonthKey } from '../rating';
import { listInWords } from './list-words';

export function monthsWords(months: readonly string[]): string {
  const keys = [...new Set(months.map(toMonthKey))].sort();
  if (keys.length === 0) return '';
  const consecutive = keys.every((key, i) => i === 0 || addMonths(keys[i - 1]!, 1) === key);
  if (keys.length > 2 && consecutive) return `${monthLabel(keys[0]!)} to ${monthLabel(keys.at(-1)!)}`;
  return listInWords(keys.map(monthLabel));
}
