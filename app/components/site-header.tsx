import Link from 'next/link';
import { currentUser } from '@/app/_server/guard';
import { can } from '@/lib/auth/policy';

export async function SiteHeader() {
  const user = await currentUser();
  const links = user
    ? [
        { href: '/my-measures' as const, label: 'Enter figures', show: can(user, 'entries.view') },
        { href: '/measures' as const, label: 'Measures', show: can(user, 'measures.view') },
        { href: '/review' as const, label: 'Review', show: can(user, 'review.view') },
        { href: '/audit' as const, label: 'Audit log', show: can(user, 'audit.view') },
        { href: '/admin/users' as const, label: 'Users', show: can(user, 'users.manage') },
      ].filter((link) => link.show)
    : [];
  return (
    <header className="no-print bg-ink text-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-4 px-4 py-3">
        <Link href="/" className="text-xl font-bold text-white no-underline">
          Performance Pack
        </Link>
        {user ? (
          <div className="flex flex-wrap items-center gap-6">
            <nav aria-label="Main">
              <ul className="flex gap-4">
                {links.map((link) => (
                  <li key={link.href}>
                    <Link href={link.href} className="text-white">
                      {link.label}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
            <span className="text-sm" data-testid="signed-in-as">
              {user.name} ({user.roles.join(', ')})
            </span>
            <form action="/sign-out" method="post">
              <button type="submit" className="text-white underline underline-offset-2">
                Sign out
              </button>
            </form>
          </div>
        ) : null}
      </div>
    </header>
  );
}
