'use client';

// The band as the pack will print it, and the ratings last year's figures would get under the
// target being typed: the same rating rule (lib/rating) as every other page.
import { RatingBadge } from '@/app/components/rating-badge';
import { ScrollRegion } from '@/app/components/scroll-region';
import { monthLabel, rateMeasureForMonth, type EntryFigures, type MeasureRules } from '@/lib/rating';
import { describeTarget, readTargetValues, type TargetFormValues, type TargetMeasure } from '@/lib/targets/target-schema';

export type PreviewMeasure = TargetMeasure & MeasureRules;
export type LastYear = { label: string; months: string[]; entries: EntryFigures[] };

export function TargetPreview({ measure, values, lastYear }: { measure: PreviewMeasure; values: Partial<TargetFormValues>; lastYear: LastYear }) {
  const read = values.kind ? readTargetValues(values, measure) : null;
  return (
    <section aria-labelledby="preview-heading" className="border-2 border-ink p-4" data-testid="target-preview">
      <h2 id="preview-heading" className="mb-3 text-xl font-bold">
        How the pack will show it
      </h2>
      <div aria-live="polite">
        {read === null ? (
          <p>Choose how the measure is rated, and enter a valid target and tolerance edge, to see the band and last year’s ratings.</p>
        ) : read.target === null ? (
          <p data-testid="preview-band">Monitoring only: the pack prints the figures with no target, and rates nothing.</p>
        ) : (
          <>
            <Band values={{ ...read, target: read.target }} measure={measure} />
            <LastYearRatings values={{ ...read, target: read.target }} measure={measure} lastYear={lastYear} />
          </>
        )}
      </div>
    </section>
  );
}

function Band({ values, measure }: { values: { target: string; toleranceEdge: string | null }; measure: PreviewMeasure }) {
  const shown = describeTarget(values, measure);
  return (
    <dl className="mb-4 grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-1" data-testid="preview-band">
      <dt className="font-bold">Target</dt>
      <dd>{shown.target}</dd>
      <dt className="font-bold">Tolerance</dt>
      <dd>{shown.tolerance}</dd>
    </dl>
  );
}

function LastYearRatings({ values, measure, lastYear }: { values: { target: string; toleranceEdge: string | null }; measure: PreviewMeasure; lastYear: LastYear }) {
  if (lastYear.months.length === 0) return <p>There are no {lastYear.label} figures to rate under this target.</p>;
  return (
    <ScrollRegion labelledBy="last-year-caption">
      <table className="w-full border-collapse" data-testid="last-year-ratings">
        <caption id="last-year-caption" className="mb-2 text-left font-bold">
          {lastYear.label} figures under this target
        </caption>
        <thead>
          <tr>
            <th scope="col" className="cell-tight">Month</th>
            <th scope="col" className="cell-tight">Figure rated</th>
            <th scope="col" className="cell-tight">Rating</th>
          </tr>
        </thead>
        <tbody>
          {lastYear.months.map((month) => {
            const rating = rateMeasureForMonth(measure, values, month, lastYear.entries);
            const figure = rating.rated ? `${rating.rated.figure}${rating.rated.kind === 'month' ? '' : ` (${rating.rated.label.toLowerCase()})`}` : '–';
            return (
              <tr key={month} data-month={month}>
                <th scope="row" className="cell-tight whitespace-nowrap">{monthLabel(month)}</th>
                <td className="cell-tight">{figure}</td>
                <td className="cell-tight">
                  <RatingBadge rating={rating.rating} />
                  <span className="sr-only"> {rating.reason}</span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
