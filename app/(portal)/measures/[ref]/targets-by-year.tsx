// The measure's target and tolerance band for every financial year held, newest first.
import { ScrollRegion } from '@/app/components/scroll-region';
import type { MeasureHistory } from '@/db/queries/measure-history';
import { financialYearLabel, formatThreshold, formatTolerance } from '@/lib/rating';

export function TargetsByYear({ measure, targets }: Pick<MeasureHistory, 'measure' | 'targets'>) {
  return (
    <section aria-labelledby="targets-title">
      <h2 id="targets-title" className="mb-3 text-2xl font-bold">
        Targets by year
      </h2>
      {targets.length === 0 ? (
        <p>No target has been set for any year.</p>
      ) : (
        <ScrollRegion labelledBy="targets-title">
          <table aria-labelledby="targets-title" className="w-full border-collapse">
            <thead>
              <tr>
                <th scope="col" className="cell-tight">Year</th>
                <th scope="col" className="cell-tight">Target</th>
                <th scope="col" className="cell-tight">Tolerance</th>
              </tr>
            </thead>
            <tbody>
              {targets.map((t) => (
                <tr key={t.financialYear}>
                  <th scope="row" className="cell-tight">{financialYearLabel(t.financialYear)}</th>
                  <td className="cell-tight">{formatThreshold(t.target, measure.unit) ?? 'None: monitoring only'}</td>
                  <td className="cell-tight">
                    {formatTolerance({ target: t.target, tolerance: t.toleranceEdge, polarity: measure.polarity, unit: measure.unit }) ??
                      'None'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </section>
  );
}
