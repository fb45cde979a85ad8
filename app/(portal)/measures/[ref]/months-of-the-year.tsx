// Every month of the year the person may see: a table to scan the year, then each month in full
// with its figures, rating and reason, commentary, improvement action and who entered it.
import { RatingBadge } from '@/app/components/rating-badge';
import { ScrollRegion } from '@/app/components/scroll-region';
import { StatusTag } from '@/app/components/status-tag';
import type { MeasureHistory, MeasureHistoryMonth } from '@/db/queries/measure-history';
import { describePeriodState } from '@/lib/measures/describe';
import { formatDateTime, formatEntryFigure, formatFigureWithSecondary, monthLabel, toMonthKey } from '@/lib/rating';

type Measure = MeasureHistory['measure'];

/** Which of the two columns holds the figure the rule rates, so the heading can say so. */
function ratedFigure(measure: Measure): 'value' | 'ytd' | null {
  if (measure.basis === 'ytd') return 'ytd';
  if (measure.basis === 'monthly' || measure.basis === 'annual') return 'value';
  return null; // a quarter's figure or a three-month average: printed beside the rating instead
}

function figures(measure: Measure, entry: MeasureHistoryMonth['entry']) {
  if (!entry) return { value: 'Not entered', ytd: 'Not entered' };
  return {
    value: formatEntryFigure(entry, measure.unit, measure.decimals) ?? 'Not entered',
    ytd:
      entry.availability === 'available'
        ? (formatFigureWithSecondary(entry.ytdValue, entry.ytdSecondaryValue, measure.unit, measure.decimals) ?? 'Not entered')
        : (formatEntryFigure(entry, measure.unit, measure.decimals) ?? 'Not entered'),
  };
}

const rated = (which: 'value' | 'ytd', measure: Measure) => (ratedFigure(measure) === which ? ' (rated)' : '');

export function MonthsOfTheYear({ measure, months, showState }: { measure: Measure; months: MeasureHistoryMonth[]; showState: boolean }) {
  return (
    <>
      <ScrollRegion labelledBy="year-table-caption" className="mb-8">
        <table className="w-full border-collapse text-sm" data-testid="year-table">
          <caption id="year-table-caption" className="mb-2 text-left text-lg font-bold">
            The year at a glance
          </caption>
          <thead>
            <tr>
              <th scope="col" className="cell-tight">Month</th>
              <th scope="col" className="cell-tight">Figure{rated('value', measure)}</th>
              <th scope="col" className="cell-tight">Year to date{rated('ytd', measure)}</th>
              <th scope="col" className="cell-tight">Rating</th>
            </tr>
          </thead>
          <tbody>
            {months.map(({ month, entry, rating }) => {
              const shown = figures(measure, entry);
              return (
                <tr key={month} data-month={toMonthKey(month)}>
                  <th scope="row" className="cell-tight whitespace-nowrap">
                    <a href={`#month-${toMonthKey(month)}`}>{monthLabel(month)}</a>
                  </th>
                  <td className="cell-tight whitespace-nowrap">{shown.value}</td>
                  <td className="cell-tight whitespace-nowrap">{shown.ytd}</td>
                  <td className="cell-tight">
                    <RatingBadge rating={rating.rating} judged={rating.judged} />
                    {rating.rated && rating.rated.kind !== 'month' ? (
                      <span className="block">{rating.rated.label}: {rating.rated.figure}</span>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
      <ol className="space-y-8">
        {months.map((month) => (
          <MonthInFull key={month.month} measure={measure} month={month} showState={showState} />
        ))}
      </ol>
    </>
  );
}

function MonthInFull({ measure, month, showState }: { measure: Measure; month: MeasureHistoryMonth; showState: boolean }) {
  const { entry, rating } = month;
  const key = toMonthKey(month.month);
  const shown = figures(measure, entry);
  return (
    <li>
      <section aria-labelledby={`month-${key}`} data-month={key} className="border-t-4 border-rule pt-3">
        <h3 id={`month-${key}`} className="mb-2 text-xl font-bold">
          {monthLabel(month.month)}
        </h3>
        {showState ? (
          <p className="mb-3 text-muted">
            {month.periodState === 'open' ? <StatusTag status={entry?.status ?? null} /> : null}
            {describePeriodState(month.periodState)}
          </p>
        ) : null}
        <dl className="grid grid-cols-1 gap-x-6 sm:grid-cols-[12rem_1fr] sm:gap-y-2">
          <dt className="font-bold">Figure{rated('value', measure)}</dt>
          <dd className="mb-2 sm:mb-0">{shown.value}</dd>
          <dt className="font-bold">Year to date{rated('ytd', measure)}</dt>
          <dd className="mb-2 sm:mb-0">{shown.ytd}</dd>
          <dt className="font-bold">Rating</dt>
          <dd className="mb-2 sm:mb-0">
            <RatingBadge rating={rating.rating} judged={rating.judged} />
            {rating.rated ? (
              <span className="mt-1 block font-bold">
                Rated figure: {rating.rated.label}, {rating.rated.figure}
              </span>
            ) : null}
            <span className="mt-1 block">{rating.reason}</span>
          </dd>
          <dt className="font-bold">Commentary</dt>
          <dd className="mb-2 whitespace-pre-wrap sm:mb-0">{entry?.commentary || 'None'}</dd>
          <dt className="font-bold">Improvement action</dt>
          <dd className="mb-2 whitespace-pre-wrap sm:mb-0">{entry?.improvementAction || 'None'}</dd>
          <dt className="font-bold">Entered by</dt>
          <dd>{entry ? `${entry.updatedByName ?? 'Not recorded'}, last saved ${formatDateTime(entry.updatedAt)}` : 'No entry'}</dd>
        </dl>
      </section>
    </li>
  );
}
