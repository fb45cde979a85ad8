// An entry's figures as saved, each with its name: the month's value, its second count, the year to
// date and its second count. Read-only pages show every one the entry has.
import type { Entry } from '@/db/schema';
import { formatAvailability, formatFigure, type Unit } from '@/lib/rating';

type Measure = { unit: Unit; decimals: number; secondaryLabel: string | null };

/** Name and figure of each figure the entry has; the month's value always, "Not entered yet" if none. */
export function entryFigureRows(entry: Entry | null, measure: Measure, monthLabel: string): [string, string][] {
  const count = (value: string | null | undefined) => formatFigure(value, 'count', 0);
  const value = !entry
    ? null
    : entry.availability === 'available'
      ? formatFigure(entry.value, measure.unit, measure.decimals)
      : formatAvailability(entry.availability);
  const rows: [string, string | null][] = [
    [`Value for ${monthLabel}`, value ?? 'Not entered yet'],
    [`Number of ${measure.secondaryLabel}`, measure.secondaryLabel ? count(entry?.secondaryValue) : null],
    ['Year to date', formatFigure(entry?.ytdValue, measure.unit, measure.decimals)],
    [`Year-to-date number of ${measure.secondaryLabel}`, measure.secondaryLabel ? count(entry?.ytdSecondaryValue) : null],
  ];
  return rows.filter((row): row is [string, string] => row[1] !== null);
}
