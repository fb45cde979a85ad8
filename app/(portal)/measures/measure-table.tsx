import { RatingBadge } from '@/app/components/rating-badge';
import { ScrollRegion } from '@/app/components/scroll-region';
import type { RatedMeasure } from '@/db/queries/rated-month';
import { describeBasis, describePolarity, describeUnit } from '@/lib/measures/describe';
import { formatThreshold, formatTolerance } from '@/lib/rating';

export function MeasureTable({
  id,
  caption,
  rows,
  ratedLabel,
}: {
  /** Names the table's heading, which labels the table and its scroll region. */
  id: string;
  caption: string;
  rows: RatedMeasure[];
  /** The month rated ("October 2020"), or null to show no ratings (nothing published yet). */
  ratedLabel: string | null;
}) {
  const headingId = `${id}-title`;
  // The heading sits outside the scroll region, so it reflows with the page and is never cut off.
  return (
    <section aria-labelledby={headingId} className="mb-12">
      <h2 id={headingId} className="mb-3 text-2xl font-bold">{caption}</h2>
      <ScrollRegion labelledBy={headingId}>
        {/* Its cells are styled by .catalogue-table (app/globals.css), column by column. */}
        <table aria-labelledby={headingId} className="catalogue-table">
          <thead>
            <tr>
              <th scope="col">Ref</th>
              <th scope="col">Measure</th>
              <th scope="col">Target</th>
              <th scope="col">Tolerance</th>
              <th scope="col">Rating basis</th>
              <th scope="col">Owner</th>
              {ratedLabel ? <th scope="col">{`${ratedLabel} rating`}</th> : null}
            </tr>
          </thead>
          <tbody>
            {rows.map(({ measure: m, target, rating }) => (
              <tr key={m.id} data-ref={m.ref}>
                <th scope="row">{m.ref}</th>
                <td>
                  {/* A plain link: one client component per row would be rendered, sent and
                      prefetched for every measure of a long table. */}
                  <a href={`/measures/${m.ref}`}>
                    {m.title}
                  </a>
                  <span className="about">
                    {`${m.serviceArea} · ${describeUnit(m.unit, m.ratePer, m.secondaryLabel)} · ${describePolarity(m.polarity)} · Source: ${m.source}`}
                  </span>
                  {m.dataLagNote ? <span className="about">{m.dataLagNote}</span> : null}
                </td>
                <td>{formatThreshold(target.target, m.unit) ?? <NotSet />}</td>
                <td>
                  {formatTolerance({ target: target.target, tolerance: target.toleranceEdge, polarity: m.polarity, unit: m.unit }) ?? (
                    <NotSet />
                  )}
                </td>
                <td>{describeBasis(m.basis, m.annualMonth, m.basisNote)}</td>
                <td>{m.ownerName ?? <span className="text-muted">Not assigned</span>}</td>
                {ratedLabel ? (
                  <td>
                    <RatingBadge rating={rating.rating} judged={rating.judged} />
                    <span className="about">{rating.reason}</span>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}

function NotSet() {
  return (
    <>
      <span aria-hidden="true">–</span>
      <span className="sr-only">None</span>
    </>
  );
}
