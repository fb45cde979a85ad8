import { PortalLink } from '@/app/components/portal-link';
import type { Route } from 'next';

/** GOV.UK breadcrumbs: where this page sits, each step back a link; the page itself is not repeated. */
export function Breadcrumbs({ trail }: { trail: { href: Route; label: string }[] }) {
  return (
    <nav aria-label="Breadcrumb" className="mb-6">
      <ol className="flex flex-wrap gap-x-2">
        {trail.map((step, index) => (
          <li key={step.href} className="flex gap-x-2">
            {index > 0 ? <span aria-hidden="true">›</span> : null}
            <PortalLink href={step.href}>{step.label}</PortalLink>
          </li>
        ))}
      </ol>
    </nav>
  );
}
