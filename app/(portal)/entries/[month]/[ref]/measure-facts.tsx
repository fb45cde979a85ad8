// Beside the form: the measure's target and band, last month, the same month last year, and the
// year so far, each with its rating, so the lead can see where this month sits. Beside every
// rating stands the figure that was rated (the year to date, the quarter, the three-month mean);
// the month's own figure is labelled as such.
import { RatingBadge } from '@/app/components/rating-badge';
import { ScrollRegion } from '@/app/components/scroll-region';
import type { EntryContextRow } from '@/db/queries/entries';
import { describeBasis } from '@/lib/measures/describe';
import type { EntryContext } from '@/lib/entries/entry-schema';
import { ComparedWithLastMonth } from './entry-status';
import {
  addMonths,
  financialYearLabel,
  firstDayOf,
  formatEntryFigure,
  formatThreshold,
  formatTolerance,
  formatYearToDate,
  monthLabel,
  rateMeasureForMonth,
  type RatingBasis,
} from '@/lib/rating';

/** The first day of the month `by` months from this one, as the periods table keys it. */
const monthsFrom = (month: string, by: number): string => firstDayOf(addMonths(month, by));

/** What the rated figure is, as a column heading, where it is not the month's own figure. */
const RATED_HEADING: Partial<Record<RatingBasis, string>> = {
  ytd: 'Year to date',
  quarterly: 'Quarter',
  rolling3m: 'Three-month average',
};

type Props = {
  row: EntryContextRow;
  context: EntryContext;
  /** False until any month of the year before is held: "same month last year" cannot be compared. */
  earlierYearHeld: boolean;
};

export function MeasureFacts({ row, context, earlierYearHeld }: Props) {
  const { measure } = row;
  const byMonth = new Map(row.history.map((h) => [h.month, h.entry]));
  const figure = (month: string) => {
    const entry = byMonth.get(month);
    return entry ? formatEntryFigure(entry, measure.unit, measure.decimals) : null;
  };
  const yearToDate = (month: string) => {
    const entry = byMonth.get(month);
    return entry ? formatYearToDate(entry, measure.unit, measure.decimals) : null;
  };
  /** A month's figures in a sentence: "94.5%", "73 (52); year to date 433 (247)". */
  const figures = (month: string) => {
    const own = figure(month);
    const ytd = yearToDate(month);
    if (own === null && ytd === null) return 'No figure';
    return [own ?? 'No figure', ytd === null ? null : `year to date ${ytd}`].filter(Boolean).join('; ');
  };
  const thisMonth = row.period.month;
  const lastMonth = monthsFrom(thisMonth, -1);
  const lastYear = monthsFrom(thisMonth, -12);
  const label = monthLabel;
  const yearSoFar = row.history.filter((h) => h.month >= `${row.period.financialYear}-04-01` && h.month < thisMonth);
  const entriesForRating = row.history.map((h) => ({ ...h.entry, month: h.month }));
  const ratedHeading = RATED_HEADING[measure.basis];

  const previous = byMonth.get(lastMonth);

  return (
    <aside aria-labelledby="facts-title" className="border-t-4 border-rag-blue bg-gray-50 p-4">
      <h2 id="facts-title" className="mb-3 text-xl font-bold">
        About {measure.ref}
      </h2>
      <dl className="mb-4 grid grid-cols-1 sm:grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-1 [&_dd]:min-w-0 [&_dd]:break-words">
        <dt className="font-bold">Target</dt>
        <dd>{formatThreshold(context.target?.target, measure.unit) ?? 'None: monitoring only'}</dd>
        <dt className="font-bold">Tolerance</dt>
        <dd>{formatTolerance({ target: context.target?.target, tolerance: context.target?.toleranceEdge, polarity: measure.polarity, unit: measure.unit }) ?? 'None'}</dd>
        <dt className="font-bold">Better is</dt>
        <dd>{measure.polarity === 'none' ? 'Neither' : measure.polarity === 'higher' ? 'Higher' : 'Lower'}</dd>
        <dt className="font-bold">Rated on</dt>
        <dd>{describeBasis(measure.basis, measure.annualMonth, measure.basisNote)}</dd>
        <dt className="font-bold">{label(lastMonth)}</dt>
        <dd data-testid="last-month">{figures(lastMonth)}</dd>
        <dt className="font-bold">{label(lastYear)}</dt>
        <dd data-testid="last-year">
          {earlierYearHeld || byMonth.has(lastYear)
            ? figures(lastYear)
            : `No figures from before ${financialYearLabel(row.period.financialYear)} are held yet`}
        </dd>
      </dl>
      {/* This month's side follows the saves made on the page (entry-status.tsx). */}
      {previous?.value != null ? (
        <ComparedWithLastMonth previous={previous.value} lastMonthLabel={label(lastMonth)}
          measure={{ polarity: measure.polarity, decimals: measure.decimals, unit: measure.unit }} />
      ) : null}
      {yearSoFar.length > 0 ? (
        <ScrollRegion labelledBy="year-so-far-caption">
        <table className="w-full text-sm" data-testid="year-so-far">
          <caption id="year-so-far-caption" className="mb-2 text-left font-bold">The year so far</caption>
          <thead>
            <tr>
              <th scope="col" className="text-left">Month</th>
              {ratedHeading ? (
                <th scope="col" className="text-left">{ratedHeading}, as rated</th>
              ) : (
                <th scope="col" className="text-left">Figure</th>
              )}
              <th scope="col" className="text-left">Rating</th>
              {ratedHeading ? <th scope="col" className="text-left">Month’s own figure</th> : null}
            </tr>
          </thead>
          <tbody>
            {yearSoFar.map((h) => {
              const rating = rateMeasureForMonth(measure, context.target, h.month, entriesForRating);
              const ytd = yearToDate(h.month);
              return (
                <tr key={h.month} data-month={h.month}>
                  <th scope="row" className="py-1 pr-2 text-left align-top font-normal">{label(h.month)}</th>
                  {ratedHeading ? (
                    <td className="py-1 pr-2 align-top" data-testid="rated">
                      {rating.rated ? (
                        <>
                          <strong>{rating.rated.figure}</strong>
                          {measure.basis === 'ytd' ? null : <span className="block text-muted">{rating.rated.label}</span>}
                        </>
                      ) : (
                        'None'
                      )}
                    </td>
                  ) : (
                    <td className="py-1 pr-2 align-top" data-testid="rated">
                      {figure(h.month) ?? 'No figure'}
                      {ytd ? <span className="block text-muted">Year to date {ytd}</span> : null}
                    </td>
                  )}
                  <td className="py-1 pr-2 align-top">
                    <RatingBadge rating={rating.rating} judged={rating.judged} />
                  </td>
                  {ratedHeading ? (
                    <td className="py-1 align-top">
                      {figure(h.month) ?? 'No figure'}
                      {ytd && measure.basis !== 'ytd' ? <span className="block text-muted">Year to date {ytd}</span> : null}
                    </td>
                  ) : null}
                </tr>
              );
            })}
          </tbody>
        </table>
        </ScrollRegion>
      ) : null}
    </aside>
  );
}
