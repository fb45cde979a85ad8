// Who the workflow's notices go to, read in the transaction of the change that causes them: one
// query for each, however many measures or people. Deactivated accounts are left out here (the
// outbox would skip them anyway), so nobody is written to who can no longer sign in.
import { and, asc, eq } from 'drizzle-orm';
import type { MeasureLine } from '../../lib/notices/messages/words';
import type { Queryable } from '../client';
import { measures, userRoles, users } from '../schema';
import type { NoticePerson } from './users';

export type LeadWithMeasures = { lead: NoticePerson; measures: MeasureLine[] };

/**
 * Each active lead with active measures, and those measures in the pack's order: every lead with
 * figures to enter in a month, or (with `measureId`) the lead of one measure. A measure with no
 * owner, or one whose owner is no longer an active lead, has nobody to tell.
 */
export async function listLeadsWithMeasures(db: Queryable, only: { measureId?: number } = {}): Promise<LeadWithMeasures[]> {
  const rows = await db
    .select({ leadId: users.id, leadName: users.name, ref: measures.ref, title: measures.title })
    .from(measures)
    .innerJoin(users, eq(users.id, measures.ownerId))
    .innerJoin(userRoles, and(eq(userRoles.userId, users.id), eq(userRoles.role, 'lead')))
    .where(and(eq(measures.active, true), eq(users.active, true), only.measureId === undefined ? undefined : eq(measures.id, only.measureId)))
    .orderBy(asc(users.name), asc(users.id), asc(measures.displayOrder), asc(measures.ref));
  const leads = new Map<string, LeadWithMeasures>();
  for (const row of rows) {
    const entry = leads.get(row.leadId) ?? { lead: { id: row.leadId, name: row.leadName }, measures: [] };
    entry.measures.push({ ref: row.ref, title: row.title });
    leads.set(row.leadId, entry);
  }
  return [...leads.values()];
}

/** A person's name as notices sign it ("returned by Alex Morgan"); null for an unknown id. */
export async function findPersonName(db: Queryable, userId: string): Promise<string | null> {
  const [row] = await db.select({ name: users.name }).from(users).where(eq(users.id, userId));
  return row?.name ?? null;
}
