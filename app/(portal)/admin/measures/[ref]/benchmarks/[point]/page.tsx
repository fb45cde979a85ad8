import type { Metadata } from 'next';
import { PortalLink } from '@/app/components/portal-link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { currentUser, requirePermission } from '@/app/_server/guard';
import { getDb } from '@/db/client';
import { findBenchmarkPoint } from '@/db/queries/benchmarks';
import { can } from '@/lib/auth/policy';
import { readPointSlug } from '@/lib/benchmarks/series';
import { MEASURE_REF_PATTERN } from '@/lib/entries/entry-schema';
import { formatLongDate } from '@/lib/rating';
import { dateToParts } from '@/lib/validation/date-parts';
import { PointForm } from '../point-form';
import { shownValue } from '../point-words';
import { RemovePointForm } from '../remove-point-form';

// A point is addressed by its measure, series and period end ("KPI2/benchmarks/north-east-2019-09-30").
const load = cache(async (ref: string, slug: string) => {
  const key = readPointSlug(slug);
  if (!MEASURE_REF_PATTERN.test(ref) || !key) return null;
  return findBenchmarkPoint(await getDb(), ref, key.series, key.periodEnd);
});

export async function generateMetadata({ params }: PageProps<'/admin/measures/[ref]/benchmarks/[point]'>): Promise<Metadata> {
  const user = await currentUser();
  if (!user || !can(user, 'benchmarks.manage')) return { title: 'Benchmark point' };
  const { ref, point } = await params;
  const found = await load(ref, point);
  return { title: found ? `${found.measure.ref} ${found.point.series} ${found.point.periodLabel}` : 'Page not found' };
}

export default async function BenchmarkPointPage({ params }: PageProps<'/admin/measures/[ref]/benchmarks/[point]'>) {
  await requirePermission('benchmarks.manage');
  const { ref, point: slug } = await params;
  const found = await load(ref, slug);
  if (!found) notFound();
  const { measure, point } = found;
  const end = dateToParts(point.periodEnd);

  return (
    <main id="main-content" className="mx-auto max-w-3xl px-4 py-8">
      <p className="mb-6">
        <PortalLink href={`/admin/measures/${measure.ref}/benchmarks`}>Back to {measure.ref} benchmarks</PortalLink>
      </p>
      <span className="block text-lg text-muted">{measure.ref} · Benchmark point</span>
      <h1 className="mb-4 text-3xl font-bold">
        {point.series}, {point.periodLabel}
      </h1>
      <p className="mb-8 text-lg">
        {shownValue(point.value, measure)} for the period ending {formatLongDate(point.periodEnd)}.
      </p>

      <section aria-labelledby="change-heading" className="mb-10 border-t border-rule pt-6">
        <h2 id="change-heading" className="mb-4 text-2xl font-bold">Change this point</h2>
        <PointForm
          measure={measure}
          pointId={point.id}
          values={{ series: point.series, periodLabel: point.periodLabel, periodEndDay: end.day, periodEndMonth: end.month, periodEndYear: end.year, value: point.value }}
        />
      </section>

      <section aria-labelledby="remove-heading" className="border-t border-rule pt-6">
        <h2 id="remove-heading" className="mb-4 text-2xl font-bold">Remove this point</h2>
        <p className="mb-4">
          The {point.series} point for {point.periodLabel} leaves {measure.ref}’s chart in packs published from now on. Packs already
          published keep it. The audit log records what it was.
        </p>
        <RemovePointForm measureRef={measure.ref} pointId={point.id} />
      </section>
    </main>
  );
}
