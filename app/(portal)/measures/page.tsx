import type { Metadata } from 'next';
import { connection } from 'next/server';
import { requirePermission } from '@/app/_server/guard';
import { getDb } from '@/db/client';
import { groupBy } from '@/lib/group-by';
import { latestFinancialYear, listMeasureCatalogue } from '@/db/queries/catalogue';
import { latestPublishedPeriod, listEntriesForRating } from '@/db/queries/periods';
import { financialYearLabel, monthLabel, rateMeasureForMonth } from '@/lib/rating';
import { MeasureTable, type CatalogueRow } from './measure-table';

export const metadata: Metadata = { title: 'Measures' };

export default async function MeasuresPage() {
  await connection();
  await requirePermission('measures.view');
  const db = await getDb();
  const published = await latestPublishedPeriod(db);
  const year = published?.financialYear ?? (await latestFinancialYear(db));

  if (year === null) {
    return (
      <main id="main-content" className="mx-auto max-w-6xl px-4 py-8">
        <h1 className="mb-4 text-3xl font-bold">Measures</h1>
        <p>There are no measures yet. An administrator adds them, with their targets, for each financial year.</p>
      </main>
    );
  }

  const [catalogue, ratingEntries] = await Promise.all([
    listMeasureCatalogue(db, year),
    published ? listEntriesForRating(db, year, published.month) : Promise.resolve([]),
  ]);
  const ratedLabel = published ? monthLabel(published.month) : null;

  const entriesByMeasure = groupBy(ratingEntries, (entry) => entry.measureId);
  const rows: CatalogueRow[] = catalogue.map((measure) => ({
    ...measure,
    rating: published
      ? rateMeasureForMonth(measure, measure, published.month, entriesByMeasure.get(measure.id) ?? [])
      : null,
  }));

  return (
    <main id="main-content" className="mx-auto max-w-7xl px-4 py-8">
      <h1 className="mb-2 text-3xl font-bold">Measures</h1>
      <p className="mb-8 max-w-3xl text-lg text-muted">
        Targets and tolerances for {financialYearLabel(year)}
        {ratedLabel ? `, with each measure's rating for ${ratedLabel}, the latest published month` : ''}.
      </p>
      <MeasureTable
        caption={`Contractual key performance indicators ${financialYearLabel(year)}`}
        rows={rows.filter((r) => r.group === 'kpi')}
        ratedLabel={ratedLabel}
      />
      <MeasureTable
        caption={`Supporting measures ${financialYearLabel(year)}`}
        rows={rows.filter((r) => r.group === 'supporting')}
        ratedLabel={ratedLabel}
      />
    </main>
  );
}
