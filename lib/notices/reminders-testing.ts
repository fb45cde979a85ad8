// For tests of the reminders job: a small company, one open month due on Tuesday 29 December 2020
// (between Christmas Day, Boxing Day's substitute on the 28th and New Year's Day), and who has
// submitted what in it.
import { eq, inArray } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { entries, measures, periods, userRoles, users, type NewMeasure, type Role } from '../../db/schema';

/** The people, by the name tests use for them. */
export const PEOPLE = {
  sam: { name: 'Sam Okafor', email: 'sam.okafor@example.org', roles: ['lead'] },
  jo: { name: 'Jo Barnes', email: 'jo.barnes@example.org', roles: ['lead'] },
  /** A lead with every measure submitted. */
  alex: { name: 'Alex Moore', email: 'alex.moore@example.org', roles: ['lead'] },
  /** A lead who turned reminders off. */
  kim: { name: 'Kim Reid', email: 'kim.reid@example.org', roles: ['lead'], emailReminders: false },
  /** A lead whose account is deactivated, who still owns a measure. */
  dana: { name: 'Dana Wells', email: 'dana.wells@example.org', roles: ['lead'], active: false },
  /** Owns a measure but is no longer a lead, so cannot enter its figures. */
  ravi: { name: 'Ravi Patel', email: 'ravi.patel@example.org', roles: ['viewer'] },
  priya: { name: 'Priya Shah', email: 'priya.shah@example.org', roles: ['admin'] },
  /** An administrator who turned reminders off. */
  lee: { name: 'Lee Hart', email: 'lee.hart@example.org', roles: ['admin'], emailReminders: false },
  /** A deactivated administrator. */
  max: { name: 'Max Byrne', email: 'max.byrne@example.org', roles: ['admin'], active: false },
  jill: { name: 'Jill Colbert', email: 'jill.colbert@example.org', roles: ['executive'] },
} satisfies Record<string, { name: string; email: string; roles: Role[]; emailReminders?: boolean; active?: boolean }>;
export type Person = keyof typeof PEOPLE;

/**
 * The measures in the pack's order, whose they are, and where each stands in November 2020:
 * submitted, a draft, returned, or no entry at all. SM9 is retired, so it is never outstanding.
 */
export const MEASURES: { ref: string; owner: Person | null; status: 'submitted' | 'draft' | 'returned' | null; active?: boolean }[] = [
  { ref: 'KPI1', owner: 'sam', status: 'submitted' },
  { ref: 'KPI2', owner: 'jo', status: 'draft' },
  { ref: 'KPI3', owner: 'sam', status: 'returned' },
  { ref: 'KPI4', owner: 'alex', status: 'submitted' },
  { ref: 'SM1', owner: 'kim', status: null },
  { ref: 'SM2', owner: null, status: null },
  { ref: 'SM3', owner: 'sam', status: null },
  { ref: 'SM4', owner: 'dana', status: 'draft' },
  { ref: 'SM5', owner: 'ravi', status: null },
  { ref: 'SM9', owner: 'sam', status: null, active: false },
];

export const NOVEMBER = { month: '2020-11-01', dueDate: '2020-12-29' } as const;

export const titleOf = (ref: string) => `Title of ${ref}`;

export type Scenario = { ids: Record<Person, string>; nameOf: (userId: string) => string; novemberId: number };

export async function seedReminderScenario(db: Database): Promise<Scenario> {
  const people = Object.entries(PEOPLE) as [Person, (typeof PEOPLE)[Person]][];
  const rows = await db
    .insert(users)
    .values(people.map(([, p]) => ({ email: p.email, name: p.name, emailReminders: 'emailReminders' in p ? p.emailReminders : true, active: 'active' in p ? p.active : true })))
    .returning({ id: users.id, email: users.email });
  const idByEmail = new Map(rows.map((row) => [row.email, row.id]));
  const ids = Object.fromEntries(people.map(([key, p]) => [key, idByEmail.get(p.email)!])) as Record<Person, string>;
  await db.insert(userRoles).values(people.flatMap(([key, p]) => p.roles.map((role) => ({ userId: ids[key], role }))));

  const made = await db
    .insert(measures)
    .values(
      MEASURES.map(
        (m, i): NewMeasure => ({
          ref: m.ref,
          title: titleOf(m.ref),
          group: m.ref.startsWith('KPI') ? 'kpi' : 'supporting',
          serviceArea: 'Children’s social care',
          ownerId: m.owner ? ids[m.owner] : null,
          unit: 'count',
          decimals: 0,
          polarity: 'none',
          basis: 'monthly',
          source: 'Case management system',
          displayOrder: (i + 1) * 10,
          active: m.active ?? true,
        }),
      ),
    )
    .returning({ id: measures.id, ref: measures.ref });
  const measureId = new Map(made.map((m) => [m.ref, m.id]));
  const [november] = await db.insert(periods).values({ ...NOVEMBER, financialYear: 2020, state: 'open' }).returning({ id: periods.id });
  await db.insert(entries).values(
    MEASURES.flatMap((m) => (m.status ? [{ measureId: measureId.get(m.ref)!, periodId: november!.id, value: '1', status: m.status }] : [])),
  );
  const names = new Map(people.map(([key, p]) => [ids[key], p.name]));
  return { ids, nameOf: (userId) => names.get(userId) ?? userId, novemberId: november!.id };
}

/** Every active measure's November entry submitted: the leads' part of the month done. */
export async function submitEverything(db: Database, novemberId: number): Promise<void> {
  const active = await db.select({ id: measures.id }).from(measures).where(eq(measures.active, true));
  await db
    .insert(entries)
    .values(active.map((m) => ({ measureId: m.id, periodId: novemberId, value: '1', status: 'submitted' as const })))
    .onConflictDoUpdate({ target: [entries.measureId, entries.periodId], set: { status: 'submitted' } });
  const left = await db.select({ id: entries.id }).from(entries).where(inArray(entries.status, ['draft', 'returned']));
  if (left.length) throw new Error('an entry was left unsubmitted');
}
