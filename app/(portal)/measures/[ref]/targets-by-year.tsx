// The measure's target and tolerance band for every financial year held, newest first.
import { ScrollRegion } from '@/app/components/scroll-region';
import type { MeasureHistory } from '@/db/queries/measure-history';
import { financialYearLabel, formatThreshold, formatTolerance } from '@/lib/rating';

const cell = 'border-b border-rule px-2 py-2 text-left align-top';

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
                <th scope="col" className={cell}>Year</th>
                <th scope="col" className={cell}>Target</th>
                <th scope="col" className={cell}>Tolerance</th>
              </tr>
            </thead>
            <tbody>
              {targets.map((t) => (
                <tr key={t.financialYear}>
                  <th scope="row" className={cell}>{financialYearLabel(t.financialYear)}</th>
                  <td className={cell}>{formatThreshold(t.target, measure.unit) ?? 'None: monitoring only'}</td>
                  <td className={cell}>
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
