// Previous and next pages of a long list (the audit log, the outbox): where it stands, and links
// either way when there is somewhere to go.
import type { Route } from 'next';
import { PortalLink } from './portal-link';

type Props = {
  /** Names the navigation for screen readers: "Pages of the audit log". */
  label: string;
  page: number;
  pages: number;
  /** The address of another page of the same list, with its filters. */
  hrefOf: (page: number) => string;
};

export function Pager({ label, page, pages, hrefOf }: Props) {
  if (pages <= 1) return null;
  return (
    <nav aria-label={label} className="flex flex-wrap items-center gap-6">
      {page > 1 ? <PortalLink href={hrefOf(page - 1) as Route} rel="prev">Previous page</PortalLink> : null}
      <span>Page {page} of {pages}</span>
      {page < pages ? <PortalLink href={hrefOf(page + 1) as Route} rel="next">Next page</PortalLink> : null}
    </nav>
  );
}
