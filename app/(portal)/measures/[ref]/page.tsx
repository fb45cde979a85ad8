import type { Metadata } from 'next';
import { PortalLink } from '@/app/components/portal-link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { requirePermission } from '@/app/_server/guard';
import { kept } from '@/app/_server/kept';
import { loadMeasureHistory } from '@/db/queries/measure-history';
import { can } from '@/lib/auth/policy';
import { MEASURE_REF_PATTERN } from '@/lib/entries/entry-schema';
import { financialYearLabel } from '@/lib/rating';
import { MeasureSettings } from './measure-settings';
import { MonthsOfTheYear } from './months-of-the-year';
import { TargetsByYear } from './targets-by-year';

const YEAR_PATTERN = /^\d{4}$/;

// The page and its title read the same measure once per request; an address that names no
// measure is not found, and its title never repeats the address.
const loadMeasure = cache(async (ref: string, year: string | undefined, publishedOnly: boolean) => {
  if (!MEASURE_REF_PATTERN.test(ref)) return null;
  const financialYear = year && YEAR_PATTERN.test(year) ? Number(year) : null;
  return kept(['measure', ref, financialYear, publishedOnly], (db) => loadMeasureHistory(db, ref, { publishedOnly, financialYear }));
});

/** `?year=2020`, if it is given once. */
const yearAsked = (year: string | string[] | undefined) => (typeof year === 'string' ? year : undefined);

export async function generateMetadata({ params, searchParams }: PageProps<'/measures/[ref]'>): Promise<Metadata> {
  const user = await requirePermission('measures.view');
  const history = await loadMeasure((await params).ref, yearAsked((await searchParams).year), !can(user, 'entries.view'));
  return { title: history ? `${history.measure.ref}: ${history.measure.title}` : 'Page not found' };
}

export default async function MeasurePage({ params, searchParams }: PageProps<'/measures/[ref]'>) {
  const user = await requirePermission('measures.view');
  // People who may not see drafts (committee viewers) see published months only.
  const publishedOnly = !can(user, 'entries.view');
  const history = await loadMeasure((await params).ref, yearAsked((await searchParams).year), publishedOnly);
  if (!history) notFound();
  const { measure, year, years } = history;

  return (
    <main id="main-content" className="mx-auto max-w-7xl px-4 py-8">
      <p className="mb-4">
        <PortalLink href="/measures">Back to all measures</PortalLink>
      </p>
      <span className="block text-lg text-muted">
        {measure.ref} · {measure.group === 'kpi' ? 'Contractual key performance indicator' : 'Supporting measure'}
      </span>
      <h1 className="mb-4 max-w-4xl text-3xl font-bold">{measure.title}</h1>
      {measure.active ? null : (
        <p className="mb-6 border-l-4 border-rag-blue bg-blue-50 p-4 font-bold" data-testid="retired">
          This measure is retired: it is no longer reported on. Its past figures are kept as history.
        </p>
      )}
      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
        <MeasureSettings measure={measure} />
        <TargetsByYear measure={measure} targets={history.targets} />
      </div>

      <section aria-labelledby="months-title" className="mt-10">
        <h2 id="months-title" className="mb-2 text-2xl font-bold">
          {year === null ? 'Months' : `The months of ${financialYearLabel(year)}`}
        </h2>
        {years.length > 1 ? (
          <nav aria-label="Financial years" className="mb-4">
            <ul className="flex flex-wrap gap-x-4 gap-y-2">
              {years.map((y) => (
                <li key={y}>
                  {y === year ? (
                    <strong aria-current="page">{financialYearLabel(y)}</strong>
                  ) : (
                    <PortalLink href={`/measures/${measure.ref}?year=${y}`}>{financialYearLabel(y)}</PortalLink>
                  )}
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
        {publishedOnly ? <p className="mb-4 text-muted">Months published to the committee.</p> : null}
        {history.months.length === 0 ? (
          <p>{publishedOnly ? 'No month has been published yet.' : 'There are no months yet.'}</p>
        ) : (
          <MonthsOfTheYear measure={measure} months={history.months} showState={!publishedOnly} />
        )}
      </section>
    </main>
  );
}
