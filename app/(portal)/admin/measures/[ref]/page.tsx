import type { Metadata } from 'next';
import { PortalLink } from '@/app/components/portal-link';
import { notFound } from 'next/navigation';
import { cache, type ReactNode } from 'react';
import { currentUser, requirePermission } from '@/app/_server/guard';
import { NotificationBanner } from '@/app/components/notification-banner';
import { getDb } from '@/db/client';
import { findMeasureForAdmin, listActiveLeads } from '@/db/queries/measures-admin';
import { can } from '@/lib/auth/policy';
import { measureVersion } from '@/lib/commands/measures';
import { MEASURE_REF_PATTERN } from '@/lib/entries/entry-schema';
import { measureToForm } from '@/lib/measures/measure-schema';
import { DeactivateForm, ReactivateForm } from '../active-form';
import { MeasureForm } from '../measure-form';

// The page and its title read the same measure once per request; an address that names no
// measure is not found, and its title never repeats the address.
const loadMeasure = cache(async (ref: string) => (MEASURE_REF_PATTERN.test(ref) ? findMeasureForAdmin(await getDb(), ref) : null));

export async function generateMetadata({ params }: PageProps<'/admin/measures/[ref]'>): Promise<Metadata> {
  const user = await currentUser();
  if (!user || !can(user, 'measures.manage')) return { title: 'Manage a measure' };
  const measure = await loadMeasure((await params).ref);
  return { title: measure ? `Manage ${measure.ref}` : 'Page not found' };
}

/** The banner after a rename, a deactivation or a reactivation, from the address the action went to. */
function bannerFor(ref: string, params: Record<string, string | string[] | undefined>): string | undefined {
  const renamed = params.renamed;
  if (typeof renamed === 'string' && MEASURE_REF_PATTERN.test(renamed)) return `${renamed} is now ${ref}. Your changes have been saved.`;
  if (params.deactivated === '1') return `${ref} has been deactivated. It keeps its figures and is left out of new months.`;
  if (params.reactivated === '1') return `${ref} has been reactivated. It is in new months’ lists again.`;
  return undefined;
}

export default async function ManageMeasurePage({ params, searchParams }: PageProps<'/admin/measures/[ref]'>) {
  await requirePermission('measures.manage');
  const measure = await loadMeasure((await params).ref);
  if (!measure) notFound();
  const leads = await listActiveLeads(await getDb());
  const owners = leads.map((lead) => ({ value: lead.id, label: lead.name }));
  // An owner who is no longer an active lead stays chosen until someone else is, and says so.
  if (measure.ownerId && !leads.some((lead) => lead.id === measure.ownerId)) {
    owners.push({ value: measure.ownerId, label: `${measure.ownerName ?? 'Someone'} (no longer an active lead)` });
  }
  const banner = bannerFor(measure.ref, await searchParams);

  return (
    <main id="main-content" className="mx-auto max-w-3xl px-4 py-8">
      <p className="mb-6">
        <PortalLink href="/admin/measures">Back to measures</PortalLink>
      </p>
      <span className="block text-lg text-muted">
        {measure.ref} · {measure.active ? 'Active' : 'Inactive'}
      </span>
      <h1 className="mb-6 text-3xl font-bold">{measure.title}</h1>
      <NotificationBanner message={banner} />

      <Section id="details-heading" title="Details">
        <MeasureForm
          mode="edit"
          owners={owners}
          values={measureToForm(measure)}
          measureId={measure.id}
          version={measureVersion(measure)}
          refFixed={measure.refFixed}
        />
      </Section>

      <Section id="benchmarks-heading" title="Benchmarks">
        <p className="mb-4">The North East, England, statistical neighbours or last year’s figures the pack’s chart compares {measure.ref} with.</p>
        <p>
          <PortalLink href={`/admin/measures/${measure.ref}/benchmarks`} className="font-bold">
            {measure.ref} benchmarks
          </PortalLink>
        </p>
      </Section>

      <Section id="status-heading" title={measure.active ? 'Deactivate' : 'Reactivate'}>
        {measure.active ? (
          <>
            <p className="mb-4">
              A measure is never deleted. Deactivating {measure.ref} leaves it out of new months’ lists, the catalogue and new packs; its
              figures, and the packs already published, keep it. You can reactivate it later.
            </p>
            <DeactivateForm measureId={measure.id} measureRef={measure.ref} />
          </>
        ) : (
          <>
            <p className="mb-4">{measure.ref} is inactive: it is left out of new months. Reactivate it to report on it again.</p>
            <ReactivateForm measureId={measure.id} measureRef={measure.ref} />
          </>
        )}
      </Section>
    </main>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="mb-10 border-t border-rule pt-6">
      <h2 id={id} className="mb-4 text-2xl font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}
