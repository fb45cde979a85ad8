import { PortalLink } from '@/app/components/portal-link';
import { currentUser } from '@/app/_server/guard';
import { authorizeRole, can, measureScope, type Actor } from '@/lib/auth/policy';

/**
 * What the month's list of entries is for this person, in the policy's terms: a lead's own
 * measures to enter, every measure for someone who may enter on a lead's behalf, and the month's
 * entries to read for someone who may enter nothing.
 */
function monthLinkLabel(user: Actor): string {
  if (measureScope(user) === 'own') return 'Your measures';
  return authorizeRole(user, 'entry.edit').allowed ? 'Enter figures' : "This month's figures";
}

export async function SiteHeader() {
  const user = await currentUser();
  const links = user
    ? [
        { href: '/my-measures' as const, label: monthLinkLabel(user), show: can(user, 'entries.view') },
        { href: '/measures' as const, label: 'Measures', show: can(user, 'measures.view') },
        { href: '/review' as const, label: 'Review', show: can(user, 'review.view') },
        { href: '/packs' as const, label: 'Published packs', show: can(user, 'packs.view') },
        { href: '/audit' as const, label: 'Audit log', show: can(user, 'audit.view') },
        { href: '/admin/users' as const, label: 'Users', show: can(user, 'users.manage') },
        // Administration (issue 13)
        { href: '/admin/months' as const, label: 'Months', show: can(user, 'periods.manage') },
        { href: '/admin/measures' as const, label: 'Manage measures', show: can(user, 'measures.manage') },
        { href: '/admin/targets' as const, label: 'Targets', show: can(user, 'targets.manage') },
        { href: '/admin/import' as const, label: 'Import figures', show: can(user, 'figures.import') },
        // E-mail (issue 16)
        { href: '/admin/outbox' as const, label: 'Outbox', show: can(user, 'outbox.view') },
        { href: '/account/password' as const, label: 'Change password', show: can(user, 'account.changePassword', { userId: user.id }) },
        { href: '/account/notices' as const, label: 'E-mail notices', show: can(user, 'account.notices', { userId: user.id }) },
      ].filter((link) => link.show)
    : [];
  return (
    <header className="no-print bg-ink text-white">
      {/* Everything wraps, so the header fits a 320 px screen without scrolling sideways. */}
      <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3">
        <PortalLink href="/" className="text-xl font-bold text-white no-underline">
          Performance Pack
        </PortalLink>
        {user ? (
          <div className="flex flex-wrap items-center gap-x-6 gap-y-2">
            <nav aria-label="Main">
              <ul className="flex flex-wrap gap-x-4 gap-y-2">
                {links.map((link) => (
                  <li key={link.href}>
                    <PortalLink href={link.href} className="text-white">
                      {link.label}
                    </PortalLink>
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
        ) : (
          // Published packs are public papers: a visitor finds them from any page.
          <nav aria-label="Main">
            <ul className="flex flex-wrap gap-x-4 gap-y-2">
              <li>
                <PortalLink href="/packs" className="text-white">
                  Published packs
                </PortalLink>
              </li>
            </ul>
          </nav>
        )}
      </div>
    </header>
  );
}
