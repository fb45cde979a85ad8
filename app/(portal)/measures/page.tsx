import type { Metadata } from 'next';
import { connection } from 'next/server';
import { requirePermission } from '@/app/_server/guard';
import { kept } from '@/app/_server/kept';
import type { Database } from '@/db/client';
import { latestPeriod, latestPublishedPeriod } from '@/db/queries/periods';
import { loadRatedMonth, ratedMonthScope, type RatedMonthScope } from '@/db/queries/rated-month';
import { financialYearLabel, monthLabel } from '@/lib/rating';
import { MeasureTable } from './measure-table';

export const metadata: Metadata = { title: 'Measures' };

/**
 * The catalogue, rated as of the latest published month; before anything is published, the latest
 * year's targets without ratings.
 */
async function loadCatalogue(db: Database, scope: RatedMonthScope) {
  const published = await latestPublishedPeriod(db);
  const period = published ?? (await latestPeriod(db));
  return period ? { period, published, rows: await loadRatedMonth(db, period, scope) } : null;
}

export default async function MeasuresPage() {
  await connection();
  const user = await requirePermission('measures.view');
  // Everyone reads the whole catalogue; people who may not see drafts are rated from published months only.
  const scope = ratedMonthScope(user, 'all');
  const catalogue = await kept(['catalogue', scope.publishedOnly ?? false], (db) => loadCatalogue(db, scope));

  if (!catalogue) {
    return (
      <main id="main-content" className="mx-auto max-w-6xl px-4 py-8">
        <h1 className="mb-4 text-3xl font-bold">Measures</h1>
        <p>There are no measures yet. An administrator adds them, with their targets, for each financial year.</p>
      </main>
    );
  }

  const { period, published, rows } = catalogue;
  const year = period.financialYear;
  const ratedLabel = published ? monthLabel(published.month) : null;

  return (
    <main id="main-content" className="mx-auto max-w-7xl px-4 py-8">
      <h1 className="mb-2 text-3xl font-bold">Measures</h1>
      <p className="mb-8 max-w-3xl text-lg text-muted">
        Targets and tolerances for {financialYearLabel(year)}
        {ratedLabel ? `, with each measure's rating for ${ratedLabel}, the latest published month` : ''}.
      </p>
      <MeasureTable
        id="kpis"
        caption={`Contractual key performance indicators ${financialYearLabel(year)}`}
        rows={rows.filter((r) => r.measure.group === 'kpi')}
        ratedLabel={ratedLabel}
      />
      <MeasureTable
        id="supporting"
        caption={`Supporting measures ${financialYearLabel(year)}`}
        rows={rows.filter((r) => r.measure.group === 'supporting')}
        ratedLabel={ratedLabel}
      />
    </main>
  );
}
