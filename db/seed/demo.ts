// Demo accounts, one per role (two leads, so that ownership can be seen), and November 2020 open
// with a few entries drafted. Only `npm run demo` / `db:seed -- --demo` loads this, and never in
// production unless SEED_DEMO_ACCOUNTS=true says so.
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { hashPassword } from '../../lib/auth/password';
import type { Database } from '../client';
import { recordAuditEvent } from '../audit';
import { entries, measures, periods, userRoles, users, type NewEntry, type Role } from '../schema';

export const DEMO_PASSWORD = 'pack-demo-2020';

export const demoAccounts: { email: string; name: string; roles: Role[]; owns?: string[] }[] = [
  { email: 'admin@tfc.example', name: 'Priya Shah', roles: ['admin'] },
  { email: 'ceo@tfc.example', name: 'Alex Morgan', roles: ['executive'] },
  {
    email: 'lead.socialcare@tfc.example',
    name: 'Sam Okafor',
    roles: ['lead'],
    owns: ['KPI3', 'KPI4', 'KPI5', 'KPI6', 'SM1', 'SM2', 'SM3', 'SM4', 'SM5', 'SM6', 'SM7', 'SM8', 'SM9', 'SM10',
      'SM13', 'SM17', 'SM18', 'SM19', 'SM20', 'SM21'],
  },
  {
    email: 'lead.earlyhelp@tfc.example',
    name: 'Jo Barnes',
    roles: ['lead'],
    owns: ['KPI1', 'KPI2', 'SM11', 'SM12', 'SM14', 'SM15', 'SM16', 'SM22', 'SM23', 'SM24', 'SM25', 'SM26'],
  },
  { email: 'committee@sunderland.example', name: 'Cllr Chris Dale', roles: ['viewer'] },
];

/** November 2020 drafts: [measure ref, owner e-mail, figures]. */
const novemberDrafts: [string, string, Partial<NewEntry>][] = [
  ['KPI1', 'lead.earlyhelp@tfc.example', { value: '88.7', ytdValue: '89.1' }],
  ['KPI3', 'lead.socialcare@tfc.example', {
    value: '93.2',
    commentary: 'Referrals rose again in November and some decisions waited for information from schools.',
  }],
  ['KPI4', 'lead.socialcare@tfc.example', { value: '97.1' }],
  ['SM6', 'lead.socialcare@tfc.example', { value: '91.4', ytdValue: '91.4' }],
  ['SM14', 'lead.earlyhelp@tfc.example', { value: '64', secondaryValue: '47', ytdValue: '497', ytdSecondaryValue: '270' }],
];

export function demoSeedAllowed(environment: NodeJS.ProcessEnv = process.env): boolean {
  return environment.NODE_ENV !== 'production' || environment.SEED_DEMO_ACCOUNTS === 'true';
}

export async function seedDemo(db: Database): Promise<{ accounts: number; drafts: number }> {
  if (!demoSeedAllowed()) {
    throw new Error(
      'Demo accounts are not created when NODE_ENV=production. Set SEED_DEMO_ACCOUNTS=true if you really want them on this server.',
    );
  }
  // Hash before the transaction: argon2 is deliberately slow and must not hold a transaction open.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return db.transaction(async (tx) => {
    const created = await tx
      .insert(users)
      .values(demoAccounts.map(({ email, name }) => ({ email, name, passwordHash })))
      .onConflictDoNothing({ target: users.email })
      .returning({ id: users.id, email: users.email });
    const accountRows = await tx
      .select({ id: users.id, email: users.email })
      .from(users)
      .where(inArray(users.email, demoAccounts.map((a) => a.email)));
    const idByEmail = new Map(accountRows.map((u) => [u.email, u.id]));
    const createdEmails = new Set(created.map((u) => u.email));

    // Roles only for accounts made now: an admin may have changed a demo account's roles since.
    const newRoles = demoAccounts
      .filter((a) => createdEmails.has(a.email))
      .flatMap((a) => a.roles.map((role) => ({ userId: idByEmail.get(a.email)!, role })));
    if (newRoles.length > 0) await tx.insert(userRoles).values(newRoles).onConflictDoNothing();

    for (const account of demoAccounts) {
      if (!account.owns) continue;
      await tx
        .update(measures)
        .set({ ownerId: idByEmail.get(account.email)! })
        .where(and(inArray(measures.ref, account.owns), isNull(measures.ownerId)));
    }

    const [november] = await tx.select({ id: periods.id, state: periods.state }).from(periods).where(eq(periods.month, '2020-11-01'));
    if (!november) throw new Error('Seed: load the reference pack before the demo (November 2020 is missing).');
    const measureRows = await tx
      .select({ id: measures.id, ref: measures.ref })
      .from(measures)
      .where(inArray(measures.ref, novemberDrafts.map(([ref]) => ref)));
    const measureId = new Map(measureRows.map((m) => [m.ref, m.id]));
    // Drafts only into an open November: once it has moved on, its entries are people's, not the demo's.
    const drafts =
      november.state !== 'open'
        ? []
        : await tx
          .insert(entries)
          .values(
            novemberDrafts.map(([ref, email, figures]) => ({
              ...figures,
              measureId: measureId.get(ref)!,
              periodId: november.id,
              status: 'draft' as const,
              updatedById: idByEmail.get(email)!,
            })),
          )
          .onConflictDoNothing({ target: [entries.measureId, entries.periodId] })
          .returning({ id: entries.id });

    if (created.length > 0 || drafts.length > 0) {
      await recordAuditEvent(tx, {
        action: 'seed.demo',
        subjectType: 'demo',
        after: { accounts: created.map((u) => u.email), drafts: drafts.length },
      });
    }
    return { accounts: created.length, drafts: drafts.length };
  });
}
