import type { Metadata } from 'next';
import { PortalLink } from '@/app/components/portal-link';
import { requirePermission } from '@/app/_server/guard';
import { ScrollRegion } from '@/app/components/scroll-region';
import { getDb } from '@/db/client';
import { listAccounts, listSignInLocks } from '@/db/queries/users';
import { AccountStatus, LastSignIn, describeRoles } from './account-details';
import { AddUserForm } from './add-user-form';
import { SignInLocks } from './sign-in-locks';
import { clearSignInLockSchema } from '@/lib/commands/sign-in-locks';

export const metadata: Metadata = { title: 'Users' };

export default async function UsersPage({ searchParams }: PageProps<'/admin/users'>) {
  // Reads the session first, so the page is dynamic and the database is never opened at build.
  await requirePermission('users.manage');
  const db = await getDb();
  const [accounts, locks] = await Promise.all([listAccounts(db), listSignInLocks(db)]);
  // Only a lock's key in its own form is named back, never any text from the address.
  const cleared = clearSignInLockSchema.safeParse({ key: (await searchParams)['lock-cleared'] });

  return (
    <main id="main-content" className="mx-auto max-w-7xl px-4 py-8">
      <h1 className="mb-2 text-3xl font-bold">Users</h1>
      <p className="mb-8 max-w-3xl text-lg text-muted">
        Everyone who can sign in to Performance Pack. Choose a name to change their roles, give them a temporary password,
        sign them out or deactivate their account.
      </p>
      <ScrollRegion labelledBy="users-caption" className="mb-12">
        <table className="w-full border-collapse text-sm" data-testid="users-table">
          <caption id="users-caption" className="sr-only">Users</caption>
          <thead>
            <tr>
              <th scope="col" className="cell">Name</th>
              <th scope="col" className="cell">E-mail address</th>
              <th scope="col" className="cell">Roles</th>
              <th scope="col" className="cell">Status</th>
              <th scope="col" className="cell">Last signed in</th>
            </tr>
          </thead>
          <tbody>
            {accounts.map((account) => (
              <tr key={account.id} data-email={account.email}>
                <th scope="row" className="cell font-bold">
                  <PortalLink href={`/admin/users/${account.id}`}>{account.name}</PortalLink>
                </th>
                <td className="cell break-all">{account.email}</td>
                <td className="cell">{describeRoles(account)}</td>
                <td className="cell">
                  <AccountStatus account={account} />
                </td>
                <td className="cell whitespace-nowrap">
                  <LastSignIn at={account.lastSignInAt} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>

      <SignInLocks locks={locks} cleared={cleared.success ? cleared.data.key : null} />

      <section aria-labelledby="add-user-heading" className="max-w-3xl">
        <h2 id="add-user-heading" className="mb-4 text-2xl font-bold">
          Add a user
        </h2>
        <AddUserForm />
      </section>
    </main>
  );
}
