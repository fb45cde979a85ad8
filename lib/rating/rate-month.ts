import { parseMonth } from './months';
import { rateEntry, type EntryFigures, type EntryRating, type MeasureRules, type TargetRules } from './rate-entry';

/**
 * Rates a measure for one month from all of its entries (any order, any months): picks that
 * month's entry and hands the rest to `rateEntry` as earlier months.
 */
export function rateMeasureForMonth(
  measure: MeasureRules,
  target: TargetRules,
  month: string,
  measureEntries: readonly EntryFigures[],
): EntryRating {
  const wanted = parseMonth(month);
  const sameMonth = (e: EntryFigures) => {
    const m = parseMonth(e.month);
    return !!m && !!wanted && m.year === wanted.year && m.month === wanted.month;
  };
  return rateEntry({
    measure,
    target,
    month,
    entry: measureEntries.find(sameMonth) ?? null,
    earlier: measureEntries.filter((e) => !sameMonth(e)),
  });
}
