// Who an operator's import is recorded as, chosen without a database (the process itself:
// scripts/figures-import.test.ts).
import { describe, expect, it } from 'vitest';
import { chooseImportingAdmin, describeImportingAdmin, parseAdminEmail } from './importing-admin';
import { OperatorError, UsageError } from './operator-command';

const priya = { id: 'a1', email: 'admin@tfc.example', name: 'Priya Shah', roles: ['admin' as const] };
const dev = { id: 'a2', email: 'dev@tfc.example', name: 'Dev Patel', roles: ['admin' as const, 'lead' as const] };
const lee = { id: 'a3', email: 'lee@tfc.example', name: 'Lee Ward', roles: ['admin' as const] };

describe('the admin an import is recorded as', () => {
  it('is the only active admin when --as is left out, and says so', () => {
    const chosen = chooseImportingAdmin([priya], null);
    expect(chosen).toEqual({ admin: priya, named: false });
    expect(describeImportingAdmin(chosen)).toBe('Priya Shah <admin@tfc.example>, the only active admin');
  });

  it('is the one --as names, among several', () => {
    const chosen = chooseImportingAdmin([priya, dev], 'dev@tfc.example');
    expect(chosen).toEqual({ admin: dev, named: true });
    expect(describeImportingAdmin(chosen)).toBe('Dev Patel <dev@tfc.example>');
    expect(chooseImportingAdmin([{ ...priya, email: 'Admin@TFC.example' }], 'admin@tfc.example').admin.id).toBe('a1');
  });

  it('stops, naming every active admin, when there are several and --as is left out', () => {
    expect(() => chooseImportingAdmin([priya, dev], null)).toThrow(
      new OperatorError('There are 2 active admins (admin@tfc.example and dev@tfc.example): say which of them is importing with --as EMAIL.'),
    );
    expect(() => chooseImportingAdmin([priya, dev, lee], null)).toThrow(
      'There are 3 active admins (admin@tfc.example, dev@tfc.example and lee@tfc.example): say which of them is importing with --as EMAIL.',
    );
  });

  it('stops, saying how to make one, when there is no active admin', () => {
    expect(() => chooseImportingAdmin([], null)).toThrow(
      new OperatorError('There is no active admin to record the import against: make one with npm run db:create-admin -- --email EMAIL --name "NAME", then import again.'),
    );
  });

  it('refuses an --as that is not an active admin', () => {
    expect(() => chooseImportingAdmin([priya], 'lead.socialcare@tfc.example')).toThrow(
      new OperatorError('lead.socialcare@tfc.example is not an active admin: imports are recorded against an admin, so give the address of one with --as.'),
    );
    expect(() => chooseImportingAdmin([], 'admin@tfc.example')).toThrow('admin@tfc.example is not an active admin');
  });

  it('reads --as as a lower-case address, or null when it is left out', () => {
    expect(parseAdminEmail(undefined, 'points')).toBeNull();
    expect(parseAdminEmail(' Admin@TFC.example ', 'points')).toBe('admin@tfc.example');
    expect(() => parseAdminEmail('admin', 'points')).toThrow(
      new UsageError('Give the e-mail address of the admin importing the points with --as, like --as admin@tfc.example.'),
    );
  });
});
