// Beside the form: the measure's target and band, last month, the same month last year, and the
// year so far, each with its rating, so the lead can see where this month sits.
import { RatingBadge } from '@/app/components/rating-badge';
import type { EntryContextRow } from '@/db/queries/entries';
import { describeBasis } from '@/lib/measures/describe';
import {
  addMonths,
  directionOfTravel,
  firstDayOf,
  formatEntryFigure,
  formatThreshold,
  formatTolerance,
  monthLabel,
  rateMeasureForMonth,
} from '@/lib/rating';
import type { EntryContext } from '@/lib/entries/entry-schema';

/** The first day of the month `by` months from this one, as the periods table keys it. */
const monthsFrom = (month: string, by: number): string => firstDayOf(addMonths(month, by));

export function MeasureFacts({ row, context }: { row: EntryContextRow; context: EntryContext }) {
  const { measure } = row;
  const byMonth = new Map(row.history.map((h) => [h.month, h.entry]));
  const shown = (month: string) => {
    const entry = byMonth.get(month);
    if (!entry) return 'No figure';
    return formatEntryFigure(entry, measure.unit, measure.decimals) ?? 'No figure';
  };
  const lastMonth = monthsFrom(row.period.month, -1);
  const lastYear = monthsFrom(row.period.month, -12);
  const label = monthLabel;
  const yearSoFar = row.history.filter((h) => h.month >= `${row.period.financialYear}-04-01` && h.month < row.period.month);
  const entriesForRating = row.history.map((h) => ({ ...h.entry, month: h.month }));
  const previous = byMonth.get(lastMonth);

  return (
    <aside aria-labelledby="facts-title" className="border-t-4 border-rag-blue bg-gray-50 p-4">
      <h2 id="facts-title" className="mb-3 text-xl font-bold">
        About {measure.ref}
      </h2>
      <dl className="mb-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-bold">Target</dt>
        <dd>{formatThreshold(context.target?.target, measure.unit) ?? 'None: monitoring only'}</dd>
        <dt className="font-bold">Tolerance</dt>
        <dd>{formatTolerance({ target: context.target?.target, tolerance: context.target?.toleranceEdge, polarity: measure.polarity, unit: measure.unit }) ?? 'None'}</dd>
        <dt className="font-bold">Better is</dt>
        <dd>{measure.polarity === 'none' ? 'Neither' : measure.polarity === 'higher' ? 'Higher' : 'Lower'}</dd>
        <dt className="font-bold">Rated on</dt>
        <dd>{describeBasis(measure.basis, measure.annualMonth, measure.basisNote)}</dd>
        <dt className="font-bold">{label(lastMonth)}</dt>
        <dd data-testid="last-month">{shown(lastMonth)}</dd>
        <dt className="font-bold">{label(lastYear)}</dt>
        <dd data-testid="last-year">{shown(lastYear)}</dd>
      </dl>
      {previous && byMonth.get(row.period.month) ? (
        <p className="mb-4">
          Saved figure since {label(lastMonth)}:{' '}
          {directionOfTravel({ current: byMonth.get(row.period.month)?.value, previous: previous.value, polarity: measure.polarity, decimals: measure.decimals }) ?? 'no comparison'}
        </p>
      ) : null}
      {yearSoFar.length > 0 ? (
        <table className="w-full text-sm">
          <caption className="mb-2 text-left font-bold">The year so far</caption>
          <thead>
            <tr>
              <th scope="col" className="text-left">Month</th>
              <th scope="col" className="text-left">Figure</th>
              <th scope="col" className="text-left">Rating</th>
            </tr>
          </thead>
          <tbody>
            {yearSoFar.map((h) => {
              const rating = rateMeasureForMonth(measure, context.target, h.month, entriesForRating);
              return (
                <tr key={h.month}>
                  <th scope="row" className="py-1 text-left font-normal">{label(h.month)}</th>
                  <td className="py-1">{shown(h.month)}</td>
                  <td className="py-1">
                    <RatingBadge rating={rating.rating} judged={rating.judged} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
    </aside>
  );
}
