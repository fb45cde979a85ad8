import type { Metadata } from 'next';
import { PortalLink } from '@/app/components/portal-link';
import { requirePermission } from '@/app/_server/guard';
import { NotificationBanner } from '@/app/components/notification-banner';
import { ScrollRegion } from '@/app/components/scroll-region';
import { getDb } from '@/db/client';
import { listMeasuresForAdmin } from '@/db/queries/measures-admin';
import { MEASURE_REF_PATTERN } from '@/lib/entries/entry-schema';
import { MoveForm } from './move-form';

export const metadata: Metadata = { title: 'Manage measures' };

const GROUP_WORDS = { kpi: 'KPI', supporting: 'Supporting' } as const;

/** The banner after an add or a move, from the address the action redirected to (a reference only, checked). */
function bannerFor(params: Record<string, string | string[] | undefined>): string | undefined {
  const ref = (name: string) => {
    const value = params[name];
    return typeof value === 'string' && MEASURE_REF_PATTERN.test(value) ? value : null;
  };
  const added = ref('added');
  if (added) return `${added} has been added at the end of the list. Give it targets before its first month opens.`;
  const moved = ref('moved');
  const direction = params.direction === 'up' || params.direction === 'down' ? params.direction : null;
  if (moved && direction) return `${moved} has moved ${direction} one place.`;
  return undefined;
}

export default async function ManageMeasuresPage({ searchParams }: PageProps<'/admin/measures'>) {
  await requirePermission('measures.manage');
  const list = await listMeasuresForAdmin(await getDb());
  const banner = bannerFor(await searchParams);

  return (
    <main id="main-content" className="mx-auto max-w-7xl px-4 py-8">
      <h1 className="mb-2 text-3xl font-bold">Manage measures</h1>
      <p className="mb-6 max-w-3xl text-lg text-muted">
        Every measure, in the order the pack and the monthly lists show them. Choose a reference to change a measure, give it an owner or
        deactivate it. A measure is never deleted: an inactive one keeps its figures but is left out of new months.
      </p>
      <NotificationBanner message={banner} />
      <ul className="mb-6 flex flex-wrap gap-x-8 gap-y-2">
        <li>
          <PortalLink href="/admin/measures/new" className="font-bold">
            Add a measure
          </PortalLink>
        </li>
        <li>
          {/* Each measure's own benchmarks are on its page; a file may hold points for any measures. */}
          <PortalLink href="/admin/benchmarks" className="font-bold">
            Import benchmarks
          </PortalLink>
        </li>
      </ul>
      <ScrollRegion labelledBy="measures-admin-caption">
        <table className="w-full border-collapse text-sm" data-testid="measures-admin-table">
          <caption id="measures-admin-caption" className="sr-only">
            Measures in display order
          </caption>
          <thead>
            <tr>
              <th scope="col" className="cell">Reference</th>
              <th scope="col" className="cell">Title</th>
              <th scope="col" className="cell">Group</th>
              <th scope="col" className="cell">Owner</th>
              <th scope="col" className="cell">Status</th>
              <th scope="col" className="cell">Order</th>
            </tr>
          </thead>
          <tbody>
            {list.map((measure, index) => (
              <tr key={measure.id} id={`measure-${measure.ref}`} data-ref={measure.ref}>
                <th scope="row" className="cell font-bold">
                  <PortalLink href={`/admin/measures/${measure.ref}`}>{measure.ref}</PortalLink>
                </th>
                <td className="cell min-w-[16rem]">{measure.title}</td>
                <td className="cell">{GROUP_WORDS[measure.group]}</td>
                <td className="cell">{measure.ownerName ?? 'No owner'}</td>
                <td className="cell">{measure.active ? 'Active' : <strong>Inactive</strong>}</td>
                <td className="cell whitespace-nowrap">
                  <div className="flex gap-2">
                    {index > 0 ? <MoveForm measureId={measure.id} measureRef={measure.ref} direction="up" /> : null}
                    {index < list.length - 1 ? <MoveForm measureId={measure.id} measureRef={measure.ref} direction="down" /> : null}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </main>
  );
}
