import type { ReactNode } from 'react';

/** One part of the home page, for one of the person's roles: a heading and what it holds. */
export function HomeSection({ id, title, children }: { id: string; title: ReactNode; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="mb-10 border-t-4 border-ink pt-4" data-testid={`home-${id}`}>
      <h2 id={`${id}-heading`} className="mb-4 text-2xl font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}

