import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { requirePermission } from '@/app/_server/guard';
import { getDb } from '@/db/client';
import { loadTargetForm } from '@/db/queries/annual-targets';
import { MEASURE_REF_PATTERN } from '@/lib/entries/entry-schema';
import { describeBasis, describePolarity, describeUnit } from '@/lib/measures/describe';
import { financialYearLabel } from '@/lib/rating';
import { describeTarget, financialYearField } from '@/lib/targets/target-schema';
import { Breadcrumbs } from '../../breadcrumbs';
import { PublishedPacksKeepTargets } from '../published-packs-note';
import { TargetForm } from './target-form';

// The page and its title read the same measure once per request.
const load = cache(async (year: string, ref: string) => {
  const parsed = financialYearField.safeParse(year);
  if (!parsed.success || !MEASURE_REF_PATTERN.test(ref)) return null;
  const form = await loadTargetForm(await getDb(), ref, parsed.data);
  return form ? { year: parsed.data, form } : null;
});

export async function generateMetadata({ params }: PageProps<'/admin/targets/[year]/[ref]'>): Promise<Metadata> {
  // Titles name nothing for someone who may not manage targets: the page refuses them.
  await requirePermission('targets.manage');
  const { year, ref } = await params;
  const found = await load(year, ref);
  return { title: found ? `${found.form.measure.ref} target for ${financialYearLabel(found.year)}` : 'Page not found' };
}

export default async function TargetPage({ params }: PageProps<'/admin/targets/[year]/[ref]'>) {
  await requirePermission('targets.manage');
  const { year: yearText, ref } = await params;
  const found = await load(yearText, ref);
  if (!found) notFound();
  const { year, form } = found;
  const { measure, saved, previous, lastYear } = form;
  const label = financialYearLabel(year);
  const previousShown = previous ? describeTarget(previous, measure) : null;

  return (
    <main id="main-content" className="mx-auto max-w-7xl px-4 py-8">
      <Breadcrumbs
        trail={[
          { href: '/admin/targets', label: 'Targets' },
          { href: `/admin/targets/${year}`, label: `Targets for ${label}` },
        ]}
      />
      <span className="block text-lg text-muted">
        {measure.ref} · Target for {label}
      </span>
      <h1 className="mb-4 max-w-4xl text-3xl font-bold">{measure.title}</h1>
      <dl className="mb-6 grid max-w-3xl grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[auto_minmax(0,1fr)]" data-testid="measure-settings">
        <dt className="font-bold">Unit</dt>
        <dd>
          {describeUnit(measure.unit, measure.ratePer, null)}, {measure.decimals === 0 ? 'whole numbers' : `${measure.decimals} decimal place${measure.decimals === 1 ? '' : 's'}`}
        </dd>
        <dt className="font-bold">Better</dt>
        <dd>{describePolarity(measure.polarity)}</dd>
        <dt className="font-bold">Rated on</dt>
        <dd>{describeBasis(measure.basis, measure.annualMonth)}</dd>
        <dt className="font-bold">{financialYearLabel(year - 1)} target</dt>
        <dd>{previousShown ? (previous?.target === null ? 'Monitoring only' : `${previousShown.target}, tolerance ${previousShown.tolerance}`) : 'Not set'}</dd>
      </dl>
      <PublishedPacksKeepTargets />
      <TargetForm
        measure={measure}
        financialYear={year}
        saved={saved}
        lastYear={{ label: financialYearLabel(lastYear.financialYear), months: lastYear.months, entries: lastYear.entries }}
      />
    </main>
  );
}
