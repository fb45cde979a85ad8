import type { Metadata } from 'next';
import { PortalLink } from '@/app/components/portal-link';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { currentUser, requirePermission } from '@/app/_server/guard';
import { can } from '@/lib/auth/policy';
import { getDb } from '@/db/client';
import { findAccount } from '@/db/queries/users';
import { userIdSchema } from '@/lib/auth/schemas';
import { AccountStatus, LastSignIn, describeRoles } from '../account-details';
import { deactivateUser, reactivateUser, signOutEverywhere } from '../actions';
import { ChangeRolesForm } from './change-roles-form';
import { TemporaryPasswordForm } from './temporary-password-form';
import { UserActionForm } from './user-action-form';

// The tab names the person, for an administrator only: anyone else is refused by the page and
// learns no name from its title.
export async function generateMetadata({ params }: PageProps<'/admin/users/[userId]'>): Promise<Metadata> {
  const user = await currentUser();
  const parsed = userIdSchema.safeParse(await params);
  if (!user || !can(user, 'users.manage')) return { title: 'Manage a user' };
  if (!parsed.success) return { title: 'Page not found' };
  const account = await findAccount(await getDb(), parsed.data.userId);
  return { title: account ? `Manage ${account.name}` : 'Page not found' };
}

export default async function UserPage({ params }: PageProps<'/admin/users/[userId]'>) {
  const admin = await requirePermission('users.manage');
  const parsed = userIdSchema.safeParse(await params);
  if (!parsed.success) notFound();
  const account = await findAccount(await getDb(), parsed.data.userId);
  if (!account) notFound();
  const self = account.id === admin.id;

  return (
    <main id="main-content" className="mx-auto max-w-3xl px-4 py-8">
      <p className="mb-6">
        <PortalLink href="/admin/users">Back to users</PortalLink>
      </p>
      <h1 className="mb-6 text-3xl font-bold">{account.name}</h1>
      <dl className="mb-10 grid grid-cols-1 border-t border-rule sm:grid-cols-[12rem_1fr]" data-testid="account-summary">
        <Row term="E-mail address">{account.email}</Row>
        <Row term="Roles">{describeRoles(account)}</Row>
        <Row term="Status">
          <AccountStatus account={account} />
        </Row>
        <Row term="Last signed in">
          <LastSignIn at={account.lastSignInAt} />
        </Row>
      </dl>

      <Section id="roles-heading" title="Roles">
        {self ? <p className="mb-4">This is your account: changing your roles signs you out.</p> : null}
        <ChangeRolesForm userId={account.id} roles={account.roles} />
      </Section>

      <Section id="temporary-password-heading" title="Temporary password">
        <p className="mb-4">
          If {account.name} has forgotten their password, give them a temporary one. Their sessions end, and they must choose
          their own password when they next sign in.
        </p>
        <TemporaryPasswordForm userId={account.id} />
      </Section>

      <Section id="sessions-heading" title="Sessions">
        <p className="mb-4">Sign {account.name} out on every device, for example if a laptop has been lost.</p>
        <UserActionForm userId={account.id} action={signOutEverywhere} label="Sign out everywhere" />
      </Section>

      <Section id="account-heading" title="Account">
        {self ? (
          <p>You cannot deactivate your own account. Ask another administrator.</p>
        ) : (
          <>
            <p className="mb-4">
              {account.active
                ? `Deactivating ends ${account.name}’s sessions and stops them signing in. Their figures, commentary and history stay, and you can reactivate the account later.`
                : `This account is deactivated: ${account.name} cannot sign in.`}
            </p>
            {/* One form whichever way round, so its message stays when the button changes. */}
            <UserActionForm
              userId={account.id}
              action={account.active ? deactivateUser : reactivateUser}
              label={account.active ? 'Deactivate account' : 'Reactivate account'}
              warning={account.active}
            />
          </>
        )}
      </Section>
    </main>
  );
}

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt className="border-rule pt-3 font-bold sm:border-b sm:pb-3">{term}</dt>
      <dd className="border-b border-rule pb-3 sm:pt-3">{children}</dd>
    </>
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
