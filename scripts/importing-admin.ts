// Who an operator's import (`figures:import`, `benchmarks:import`) is recorded as in the audit log:
// the admin named by --as, or, when none is named, the only active admin. With several, guessing
// would put one person's name to another's import, so the command stops and names them instead.
import type { Role } from '../db/schema';
import { OperatorError, UsageError } from './operator-command';

/**
 * The --as address, lower case, or null when it is left out (the only active admin is then taken,
 * below). Checked with the other arguments, before the database opens.
 */
export function parseAdminEmail(as: string | undefined, what: 'figures' | 'points'): string | null {
  if (as === undefined) return null;
  if (!/^[^\s@]+@[^\s@]+$/.test(as.trim())) {
    throw new UsageError(`Give the e-mail address of the admin importing the ${what} with --as, like --as admin@tfc.example.`);
  }
  return as.trim().toLowerCase();
}

export type ActiveAdmin = { id: string; email: string; name: string; roles: Role[] };

/** The admin, and whether --as named them (rather than their being the only one). */
export type ImportingAdmin = { admin: ActiveAdmin; named: boolean };

export function chooseImportingAdmin(admins: readonly ActiveAdmin[], as: string | null): ImportingAdmin {
  if (as !== null) {
    const named = admins.find((admin) => admin.email.toLowerCase() === as);
    if (!named) throw new OperatorError(`${as} is not an active admin: imports are recorded against an admin, so give the address of one with --as.`);
    return { admin: named, named: true };
  }
  const [only, ...others] = admins;
  if (!only) {
    throw new OperatorError(
      'There is no active admin to record the import against: make one with npm run db:create-admin -- --email EMAIL --name "NAME", then import again.',
    );
  }
  if (others.length > 0) {
    throw new OperatorError(`There are ${admins.length} active admins (${listed(admins.map((admin) => admin.email))}): say which of them is importing with --as EMAIL.`);
  }
  return { admin: only, named: false };
}

/** "Priya Shah <admin@tfc.example>, the only active admin", for the line saying who the import is recorded as. */
export function describeImportingAdmin({ admin, named }: ImportingAdmin): string {
  return `${admin.name} <${admin.email}>${named ? '' : ', the only active admin'}`;
}

function listed(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
