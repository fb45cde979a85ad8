import type { Metadata } from 'next';
import { PortalLink } from '@/app/components/portal-link';
import { notFound } from 'next/navigation';
import { requirePermission } from '@/app/_server/guard';
import { ScrollRegion } from '@/app/components/scroll-region';
import { getDb } from '@/db/client';
import { listTargetsForYear } from '@/db/queries/annual-targets';
import { financialYearLabel } from '@/lib/rating';
import { describeTarget, financialYearField } from '@/lib/targets/target-schema';
import { Breadcrumbs } from '../breadcrumbs';
import { CopyTargetsForm } from './copy-targets-form';
import { PublishedPacksKeepTargets } from './published-packs-note';

export async function generateMetadata({ params }: PageProps<'/admin/targets/[year]'>): Promise<Metadata> {
  const year = financialYearField.safeParse((await params).year);
  return { title: year.success ? `Targets for ${financialYearLabel(year.data)}` : 'Page not found' };
}

export default async function YearTargetsPage({ params }: PageProps<'/admin/targets/[year]'>) {
  await requirePermission('targets.manage');
  const parsed = financialYearField.safeParse((await params).year);
  if (!parsed.success) notFound();
  const year = parsed.data;
  const label = financialYearLabel(year);
  const rows = await listTargetsForYear(await getDb(), year);
  const setCount = rows.filter((row) => row.saved).length;
  const nextLabel = financialYearLabel(year + 1);

  return (
    <main id="main-content" className="mx-auto max-w-7xl px-4 py-8">
      <Breadcrumbs trail={[{ href: '/admin/targets', label: 'Targets' }]} />
      <h1 className="mb-2 text-3xl font-bold">Targets for {label}</h1>
      <p className="mb-4 max-w-3xl text-lg text-muted">
        Every measure in use, in the pack’s order, with its target and tolerance as the pack prints them. {setCount} of {rows.length}{' '}
        {rows.length === 1 ? 'measure has' : 'measures have'} a target or are set as monitoring only for {label}.
      </p>
      <PublishedPacksKeepTargets />
      <nav aria-label="Other years" className="mb-8">
        <ul className="flex flex-wrap gap-x-6">
          <li>
            <PortalLink href={`/admin/targets/${year - 1}`}>Targets for {financialYearLabel(year - 1)}</PortalLink>
          </li>
          <li>
            <PortalLink href={`/admin/targets/${year + 1}`}>Targets for {nextLabel}</PortalLink>
          </li>
        </ul>
      </nav>

      <ScrollRegion labelledBy="targets-caption" className="mb-12">
        <table className="w-full border-collapse" data-testid="year-targets">
          <caption id="targets-caption" className="sr-only">
            Targets for {label}
          </caption>
          <thead>
            <tr>
              <th scope="col" className="cell">Ref</th>
              <th scope="col" className="cell">Measure</th>
              <th scope="col" className="cell">Target</th>
              <th scope="col" className="cell">Tolerance</th>
              <th scope="col" className="cell"><span className="sr-only">Change</span></th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ measure, saved }) => {
              const shown = saved ? describeTarget(saved, measure) : { target: 'Not set', tolerance: 'Not set' };
              return (
                <tr key={measure.id} data-ref={measure.ref}>
                  <th scope="row" className="cell whitespace-nowrap">{measure.ref}</th>
                  <td className="cell">{measure.title}</td>
                  <td className="cell whitespace-nowrap">{shown.target}</td>
                  <td className="cell whitespace-nowrap">{shown.tolerance}</td>
                  <td className="cell">
                    <PortalLink href={`/admin/targets/${year}/${measure.ref}`}>
                      {saved ? 'Change' : 'Set'}
                      <span className="sr-only"> {measure.ref}’s target for {label}</span>
                    </PortalLink>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>

      <section aria-labelledby="copy-heading" className="max-w-3xl border-t border-rule pt-6">
        <h2 id="copy-heading" className="mb-4 text-2xl font-bold">
          Copy these targets to {nextLabel}
        </h2>
        <p className="mb-4">
          Every measure’s {label} target, tolerance or monitoring-only setting is copied to {nextLabel} where {nextLabel} has none
          yet. Targets already set for {nextLabel} are kept as they are.
        </p>
        <CopyTargetsForm fromYear={year} nextLabel={nextLabel} />
        <p className="mt-6">
          <PortalLink href={`/admin/targets/${year + 1}`}>See the targets for {nextLabel}</PortalLink>
        </p>
      </section>
    </main>
  );
}
