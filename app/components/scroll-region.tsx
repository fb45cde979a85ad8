import type { ReactNode } from 'react';

/**
 * A wide table's own horizontal scroll, so the page itself reflows at 320 CSS px (WCAG 2.2 1.4.10):
 * a named region that takes keyboard focus, so people without a pointer can scroll it with the
 * arrow keys. `labelledBy` is the id of the table's caption or heading.
 */
export function ScrollRegion({ labelledBy, children, className = '' }: { labelledBy: string; children: ReactNode; className?: string }) {
  return (
    <div role="region" aria-labelledby={labelledBy} tabIndex={0} className={`scroll-region ${className}`}>
      {children}
    </div>
  );
}
