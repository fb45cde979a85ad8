// What the daily reminders job needs to know (lib/notices/reminder-schedule.ts, ReminderRun): the
// open months and their due dates, every active measure not yet submitted in one of them, the
// people those measures name as lead, and the active administrators. Three queries however many
// months, measures and people there are.
import { and, asc, eq, inArray, isNull, ne, or, sql } from 'drizzle-orm';
import type { OutstandingEntry, Recipient, ReminderRun, ScheduledMonth } from '../../lib/notices/reminder-schedule';
import type { OutstandingStatus } from '../../lib/notices/messages/words';
import type { Queryable } from '../client';
import { entries, measures, periods, userRoles, users } from '../schema';

const hasRole = (role: 'lead' | 'admin') =>
  sql<boolean>`exists (select 1 from ${userRoles} where ${userRoles.userId} = ${users.id} and ${userRoles.role} = ${role})`;

/**
 * Everything `scheduleReminders` needs for `today`. Only open months are read: the schedule sends
 * nothing about any other, and a returned entry in a month under review is the executive's notice
 * (entry_returned), not a reminder's.
 */
export async function loadReminderRun(db: Queryable, today: string): Promise<ReminderRun> {
  const months: ScheduledMonth[] = await db
    .select({ month: periods.month, dueDate: periods.dueDate, state: periods.state })
    .from(periods)
    .where(eq(periods.state, 'open'))
    .orderBy(asc(periods.month));

  // Every active measure is expected in every open month: one without an entry is "not started".
  // In the pack's order, which is the order the messages list them in.
  const outstanding: OutstandingEntry[] = await db
    .select({
      month: periods.month,
      ref: measures.ref,
      title: measures.title,
      status: sql<OutstandingStatus>`coalesce(${entries.status}::text, 'not_started')`,
      leadUserId: measures.ownerId,
    })
    .from(periods)
    .innerJoin(measures, eq(measures.active, true))
    .leftJoin(entries, and(eq(entries.periodId, periods.id), eq(entries.measureId, measures.id)))
    .where(and(eq(periods.state, 'open'), or(isNull(entries.id), ne(entries.status, 'submitted'))))
    .orderBy(asc(periods.month), asc(measures.displayOrder), asc(measures.ref));

  // The leads named (whoever owns a measure outstanding, whatever their account is now) and the
  // active administrators, in one read.
  const leadIds = [...new Set(outstanding.flatMap((row) => (row.leadUserId === null ? [] : [row.leadUserId])))];
  const people = await db
    .select({
      userId: users.id,
      name: users.name,
      email: users.email,
      active: users.active,
      emailReminders: users.emailReminders,
      isLead: hasRole('lead'),
      isAdmin: hasRole('admin'),
    })
    .from(users)
    .where(leadIds.length ? or(inArray(users.id, leadIds), and(eq(users.active, true), hasRole('admin'))) : and(eq(users.active, true), hasRole('admin')))
    .orderBy(asc(users.name), asc(users.email));

  const recipient = (person: (typeof people)[number], remindersOn: boolean): Recipient => ({
    userId: person.userId,
    name: person.name,
    email: person.email,
    remindersOn,
  });
  const named = new Set(leadIds);
  return {
    today,
    months,
    outstanding,
    // A measure's owner is reminded only while they can act on it: an active account that still
    // has the lead role (entry.edit in lib/auth/policy.ts) and wants reminders. Anyone else is
    // still given, reminders off, so the administrators' summary can name them.
    leads: people
      .filter((person) => named.has(person.userId))
      .map((person) => recipient(person, person.active && person.isLead && person.emailReminders)),
    admins: people.filter((person) => person.active && person.isAdmin).map((person) => recipient(person, person.emailReminders)),
  };
}
