// The performance team's part of the home page: the open month's completeness by lead and by
// measure, what is overdue, the last import, and the way to each administration page.
import { PortalLink } from '@/app/components/portal-link';
import { ScrollRegion } from '@/app/components/scroll-region';
import { StatusTag } from '@/app/components/status-tag';
import type { AdminHome, LastImport } from '@/db/queries/home/admin';
import { dueWords } from '@/lib/home/due-words';
import { monthsWords } from '@/lib/home/months-words';
import { formatDateTime, formatLongDate } from '@/lib/rating';
import { HomeSection } from './section';

const ADMIN_LINKS = [
  { href: '/admin/months', label: 'Months', what: 'open the next month, see each month’s progress' },
  { href: '/admin/measures', label: 'Measures', what: 'add, change, reorder and assign measures' },
  { href: '/admin/targets', label: 'Targets', what: 'each year’s targets and tolerances' },
  { href: '/admin/users', label: 'Users', what: 'accounts and roles' },
  { href: '/admin/import', label: 'Import figures', what: 'a month’s figures from a CSV file' },
  { href: '/audit', label: 'Audit log', what: 'every change, who made it and when' },
  { href: '/admin/outbox', label: 'Outbox', what: 'every e-mail the portal has written, and whether it was sent' },
] as const;

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

function importWords(last: LastImport): string {
  const what = last.history ? 'as signed-off history' : last.submitted ? 'as submitted' : 'as drafts';
  const months = last.months.length ? ` for ${monthsWords(last.months)}` : '';
  const counts = last.rows === null ? '' : `: ${plural(last.rows, 'row')} (${last.created ?? 0} new, ${last.updated ?? 0} changed)`;
  return `${formatDateTime(last.at)}, by ${last.by ?? 'the system'}${months}, ${what}${counts}.`;
}

export function AdminSection({ admin, today }: { admin: AdminHome; today: string }) {
  const { open } = admin;
  return (
    <HomeSection id="admin" title={open ? `Running ${open.label}` : 'Running the year'}>
      {open ? (
        <>
          <p className="mb-4 text-lg" data-testid="admin-progress">
            {open.submitted} of {open.expected} measures submitted. Figures are due by {formatLongDate(open.dueDate)}:{' '}
            <strong className={open.overdue ? 'text-rag-red' : ''}>{dueWords(open.dueDate, today).words.toLowerCase()}</strong>.
          </p>
          <h3 id="admin-by-lead" className="mb-2 text-xl font-bold">By lead</h3>
          <ScrollRegion labelledBy="admin-by-lead" className="mb-6">
            <table className="w-full border-collapse text-sm" data-testid="admin-by-lead-table">
              <thead>
                <tr>
                  <th scope="col" className="cell">Lead</th>
                  <th scope="col" className="cell">Measures</th>
                  <th scope="col" className="cell">Submitted</th>
                  <th scope="col" className="cell">Returned</th>
                  <th scope="col" className="cell">Draft</th>
                  <th scope="col" className="cell">Not started</th>
                </tr>
              </thead>
              <tbody>
                {open.byLead.map((lead) => (
                  <tr key={lead.ownerId ?? 'none'}>
                    <th scope="row" className="cell font-normal">{lead.name}</th>
                    <td className="cell">{lead.owned}</td>
                    <td className="cell">{lead.submitted}</td>
                    <td className="cell">{lead.returned}</td>
                    <td className="cell">{lead.draft}</td>
                    <td className="cell">{lead.notStarted}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
          <h3 id="admin-outstanding" className="mb-2 text-xl font-bold">
            {open.overdue ? 'Overdue' : 'Not yet submitted'}: {plural(open.outstanding.length, 'measure')}
          </h3>
          {open.outstanding.length === 0 ? (
            <p className="mb-6">Every measure of {open.label} is submitted.</p>
          ) : (
            <ScrollRegion labelledBy="admin-outstanding" className="mb-6">
              <table className="w-full border-collapse text-sm" data-testid="admin-outstanding-table">
                <thead>
                  <tr>
                    <th scope="col" className="cell">Measure</th>
                    <th scope="col" className="cell">Lead</th>
                    <th scope="col" className="cell">Status</th>
                  </tr>
                </thead>
                <tbody>
                  {open.outstanding.map((row) => (
                    <tr key={row.ref} data-ref={row.ref}>
                      <th scope="row" className="cell font-normal">
                        <PortalLink href={`/entries/${open.month}/${row.ref}`} className="font-bold">{row.ref}</PortalLink> {row.title}
                      </th>
                      <td className="cell">{row.owner ?? 'Not assigned'}</td>
                      <td className="cell"><StatusTag status={row.state === 'not_started' ? null : row.state} /></td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
          )}
        </>
      ) : (
        <p className="mb-4">No month is open for entry. Open the next one from the months page.</p>
      )}
      <h3 className="mb-2 text-xl font-bold">Last import</h3>
      <p className="mb-6" data-testid="admin-last-import">
        {admin.lastImport ? importWords(admin.lastImport) : 'No file of figures has been imported yet.'}
      </p>
      <h3 className="mb-2 text-xl font-bold">Administration</h3>
      <ul className="space-y-2" data-testid="admin-links">
        {ADMIN_LINKS.map((link) => (
          <li key={link.href}>
            <PortalLink href={link.href} className="font-bold">{link.label}</PortalLink>: {link.what}
          </li>
        ))}
      </ul>
    </HomeSection>
  );
}
