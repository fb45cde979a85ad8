import type { Metadata } from 'next';
import { PortalLink } from '@/app/components/portal-link';
import { requirePermission } from '@/app/_server/guard';
import { getDb } from '@/db/client';
import { listActiveLeads } from '@/db/queries/measures-admin';
import { MeasureForm } from '../measure-form';

export const metadata: Metadata = { title: 'Add a measure' };

export default async function NewMeasurePage() {
  await requirePermission('measures.manage');
  const leads = await listActiveLeads(await getDb());

  return (
    <main id="main-content" className="mx-auto max-w-3xl px-4 py-8">
      <p className="mb-6">
        <PortalLink href="/admin/measures">Back to measures</PortalLink>
      </p>
      <h1 className="mb-6 text-3xl font-bold">Add a measure</h1>
      <p className="mb-8">The measure is added at the end of the list; move it up from there.</p>
      <MeasureForm
        mode="create"
        owners={leads.map((lead) => ({ value: lead.id, label: lead.name }))}
        // Nothing chosen yet: the radios start empty, the owner "No owner", the month "Not an annual measure".
        values={{ ref: '', title: '', serviceArea: '', ownerId: '', ratePer: '', secondaryLabel: '', decimals: '', annualMonth: '', basisNote: '', source: '', dataLagNote: '', definition: '' }}
      />
    </main>
  );
}
