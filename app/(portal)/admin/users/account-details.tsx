// How the users pages describe an account: roles, status and last sign-in in words, never by
// colour alone, and times in the council's own time zone whatever the server's.
import type { ListedAccount } from '@/db/queries/users';
import { formatDateTime } from '@/lib/rating';
import { roleLabel } from './user-fields';


export function LastSignIn({ at }: { at: Date | null }) {
  if (!at) return <span className="text-muted">Never</span>;
  return <time dateTime={at.toISOString()}>{formatDateTime(at)}</time>;
}

export const describeRoles = (account: Pick<ListedAccount, 'roles'>) =>
  account.roles.length > 0 ? account.roles.map(roleLabel).join(', ') : 'None';

export function AccountStatus({ account }: { account: Pick<ListedAccount, 'active' | 'mustChangePassword' | 'hasPassword'> }) {
  return (
    <>
      <span className="block font-bold">{account.active ? 'Active' : 'Deactivated'}</span>
      {account.mustChangePassword ? <span className="block">Must change password</span> : null}
      {account.hasPassword ? null : <span className="block text-muted">Single sign-on only (no password)</span>}
    </>
  );
}
