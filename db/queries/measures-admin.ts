// What the measures administration reads: every measure in display order with its owner, one
// measure with every field, the leads who may own one, and whether a measure's reference is fixed
// (it has entries, or a published pack shows it). A fixed number of queries, however many measures.
import { listActivePeopleWithRole } from './users';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Queryable } from '../client';
import { entries, measures, publishedPacks, userRoles, users } from '../schema';
import { owner } from './rated-month';

/** Every measure, active or not, in display order, with its owner's name. */
export async function listMeasuresForAdmin(db: Queryable) {
  return db
    .select({
      id: measures.id,
      ref: measures.ref,
      title: measures.title,
      group: measures.group,
      ownerName: owner.name,
      active: measures.active,
      displayOrder: measures.displayOrder,
    })
    .from(measures)
    .leftJoin(owner, eq(owner.id, measures.ownerId))
    .orderBy(asc(measures.displayOrder), asc(measures.ref));
}

export type AdminMeasureRow = Awaited<ReturnType<typeof listMeasuresForAdmin>>[number];

/**
 * True when the measure's reference must stay as it is: figures or a published pack name it. For a
 * select from `measures`; its columns are written out in full, since drizzle leaves the table's
 * name off columns in a one-table select, and in a subquery "id" would mean the subquery's own.
 */
export const refIsFixed = () => sql<boolean>`(
  exists (select 1 from ${entries} as fixed_entry where fixed_entry.measure_id = "measures"."id")
  or exists (select 1 from ${publishedPacks} as fixed_pack
    where fixed_pack.snapshot -> 'measures' @> jsonb_build_array(jsonb_build_object('ref', "measures"."ref")))
)`;

/** One measure with every field, by its reference, with its owner's name and whether its reference is fixed. */
export async function findMeasureForAdmin(db: Queryable, ref: string) {
  const [row] = await db
    .select({ measure: measures, ownerName: owner.name, refFixed: refIsFixed() })
    .from(measures)
    .leftJoin(owner, eq(owner.id, measures.ownerId))
    .where(eq(measures.ref, ref));
  return row ? { ...row.measure, ownerName: row.ownerName, refFixed: row.refFixed === true } : null;
}

export type AdminMeasure = NonNullable<Awaited<ReturnType<typeof findMeasureForAdmin>>>;

/** The people who may own a measure: active accounts with the lead role, by name. */
export const listActiveLeads = (db: Queryable) => listActivePeopleWithRole(db, 'lead');

/** Whether the person is an active lead: the only people a measure may be given to. */
export async function isActiveLead(db: Queryable, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .innerJoin(userRoles, and(eq(userRoles.userId, users.id), eq(userRoles.role, 'lead')))
    .where(and(eq(users.id, userId), eq(users.active, true)));
  return row !== undefined;
}
