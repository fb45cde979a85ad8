import type { Metadata } from 'next';
import { PortalLink } from '@/app/components/portal-link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { currentUser, requirePermission } from '@/app/_server/guard';
import { NotificationBanner } from '@/app/components/notification-banner';
import { ScrollRegion } from '@/app/components/scroll-region';
import { getDb } from '@/db/client';
import { loadMeasureBenchmarks } from '@/db/queries/benchmarks';
import { can } from '@/lib/auth/policy';
import { BENCHMARK_SERIES, pointSlug, seriesSlug } from '@/lib/benchmarks/series';
import { MEASURE_REF_PATTERN } from '@/lib/entries/entry-schema';
import { describeUnit } from '@/lib/measures/describe';
import { formatLongDate } from '@/lib/rating';
import { PointForm } from './point-form';
import { bannerFor, shownValue } from './point-words';

// The page and its title read the same measure once per request.
const load = cache(async (ref: string) => (MEASURE_REF_PATTERN.test(ref) ? loadMeasureBenchmarks(await getDb(), ref) : null));

export async function generateMetadata({ params }: PageProps<'/admin/measures/[ref]/benchmarks'>): Promise<Metadata> {
  // Titles name nothing for someone who may not manage benchmarks: the page refuses them.
  const user = await currentUser();
  if (!user || !can(user, 'benchmarks.manage')) return { title: 'Benchmarks' };
  const found = await load((await params).ref);
  return { title: found ? `${found.measure.ref} benchmarks` : 'Page not found' };
}

export default async function MeasureBenchmarksPage({ params, searchParams }: PageProps<'/admin/measures/[ref]/benchmarks'>) {
  await requirePermission('benchmarks.manage');
  const found = await load((await params).ref);
  if (!found) notFound();
  const { measure, points } = found;
  const banner = bannerFor(await searchParams);
  const bySeries = BENCHMARK_SERIES.map((series) => ({ series, points: points.filter((p) => p.series === series) })).filter((s) => s.points.length > 0);

  return (
    <main id="main-content" className="mx-auto max-w-4xl px-4 py-8">
      <p className="mb-6">
        <PortalLink href={`/admin/measures/${measure.ref}`}>Back to {measure.ref}</PortalLink>
      </p>
      <span className="block text-lg text-muted">{measure.ref} · {measure.title}</span>
      <h1 className="mb-4 text-3xl font-bold">Benchmarks for {measure.ref}</h1>
      <NotificationBanner message={banner} />
      <div className="mb-8 max-w-3xl text-lg">
        <p className="mb-3">
          What the pack compares {measure.ref} with: each point has its own period, since benchmarks are published later than the
          service’s figures. A KPI’s chart shows them; a pack already published keeps the points it was published with.
        </p>
        <p className="mb-3">
          Values are {describeUnit(measure.unit, measure.ratePer, null).toLowerCase()}, shown to{' '}
          {measure.decimals === 0 ? 'whole numbers' : `${measure.decimals} decimal place${measure.decimals === 1 ? '' : 's'}`}.
        </p>
        <p>
          <PortalLink href="/admin/benchmarks">Import benchmark points from a file</PortalLink>
        </p>
      </div>

      {bySeries.length === 0 ? <p className="mb-8 text-lg" data-testid="no-benchmarks">{measure.ref} has no benchmark points yet.</p> : null}
      {bySeries.map(({ series, points: seriesPoints }) => {
        const id = `series-${seriesSlug(series)}`;
        return (
          <section key={series} aria-labelledby={id} className="mb-8" data-testid="benchmark-series">
            <h2 id={id} className="mb-2 text-2xl font-bold">{series}</h2>
            <ScrollRegion labelledBy={`${id}-caption`}>
              <table className="w-full border-collapse">
                <caption id={`${id}-caption`} className="sr-only">{measure.ref} {series} points, newest first</caption>
                <thead>
                  <tr>
                    <th scope="col" className="cell">Period</th>
                    <th scope="col" className="cell">Period end</th>
                    <th scope="col" className="cell">Value</th>
                    <th scope="col" className="cell"><span className="sr-only">Change</span></th>
                  </tr>
                </thead>
                <tbody>
                  {seriesPoints.map((point) => (
                    <tr key={point.id} data-period-end={point.periodEnd}>
                      <th scope="row" className="cell font-bold">{point.periodLabel}</th>
                      <td className="cell whitespace-nowrap">{formatLongDate(point.periodEnd)}</td>
                      <td className="cell">{shownValue(point.value, measure)}</td>
                      <td className="cell">
                        <PortalLink href={`/admin/measures/${measure.ref}/benchmarks/${pointSlug(point.series, point.periodEnd)}`}>
                          Change<span className="sr-only"> {series} {point.periodLabel}</span>
                        </PortalLink>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
          </section>
        );
      })}

      <section aria-labelledby="add-heading" className="border-t border-rule pt-6">
        <h2 id="add-heading" className="mb-4 text-2xl font-bold">Add a point</h2>
        <PointForm measure={measure} values={{ series: '', periodLabel: '', periodEndDay: '', periodEndMonth: '', periodEndYear: '', value: '' }} />
      </section>
    </main>
  );
}
