import type { Metadata } from 'next';
import { PortalLink } from '@/app/components/portal-link';
import { requirePermission } from '@/app/_server/guard';
import { ScrollRegion } from '@/app/components/scroll-region';
import { getDb } from '@/db/client';
import { listTargetYears, type TargetYear } from '@/db/queries/annual-targets';
import { financialYearLabel } from '@/lib/rating';

export const metadata: Metadata = { title: 'Targets' };

/** Every year held, newest first, and the year after the newest, ready to be set up. */
function yearsToChoose(held: TargetYear[]): TargetYear[] {
  const newest = held[0]?.financialYear;
  if (newest === undefined) return [];
  return [{ financialYear: newest + 1, targetsSet: 0, months: 0 }, ...held];
}

export default async function TargetsPage() {
  await requirePermission('targets.manage');
  const years = yearsToChoose(await listTargetYears(await getDb()));
  // The year people are working in: the newest with months or targets.
  const current = years[1];

  return (
    <main id="main-content" className="mx-auto max-w-7xl px-4 py-8">
      <h1 className="mb-2 text-3xl font-bold">Targets</h1>
      <p className="mb-8 max-w-3xl text-lg text-muted">
        Each measure’s target and tolerance for a financial year (April to March), or monitoring only. Choose a year to see
        its targets, change one, or copy them all to the next year.
      </p>
      {current ? (
        <p className="mb-8 text-lg">
          <PortalLink href={`/admin/targets/${current.financialYear}`} className="font-bold">
            Targets for {financialYearLabel(current.financialYear)}
          </PortalLink>
          , the latest year with months or targets
        </p>
      ) : (
        <p className="mb-8">No financial year has months or targets yet.</p>
      )}
      {years.length > 0 ? (
        <ScrollRegion labelledBy="years-caption" className="max-w-3xl">
          <table className="w-full border-collapse" data-testid="target-years">
            <caption id="years-caption" className="mb-2 text-left text-2xl font-bold">
              Financial years
            </caption>
            <thead>
              <tr>
                <th scope="col" className="cell">Year</th>
                <th scope="col" className="cell">Measures with a target set</th>
                <th scope="col" className="cell">Months held</th>
              </tr>
            </thead>
            <tbody>
              {years.map((year) => (
                <tr key={year.financialYear}>
                  <th scope="row" className="cell">
                    <PortalLink href={`/admin/targets/${year.financialYear}`}>{financialYearLabel(year.financialYear)}</PortalLink>
                  </th>
                  <td className="cell">{year.targetsSet === 0 ? 'None yet' : year.targetsSet}</td>
                  <td className="cell">{year.months}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      ) : null}
    </main>
  );
}
