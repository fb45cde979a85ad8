// The audit log as the audit page reads it: newest first, filtered in SQL by month, measure, person
// and action, a page at a time with the total. Two queries for the events, three for the choices.
import { and, asc, count, desc, eq, or, sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '../client';
import { auditEvents, measures, periods, users } from '../schema';

export type AuditFilters = {
  /** "2020-10": events about the month itself or about an entry of it. */
  month?: string | null;
  /** "SM4": events about an entry of the measure. */
  measureRef?: string | null;
  actorId?: string | null;
  action?: string | null;
};

export const AUDIT_PAGE_SIZE = 50;

function whereOf(filters: AuditFilters): SQL | undefined {
  return and(
    filters.month
      ? or(
          and(eq(auditEvents.subjectType, 'period'), eq(auditEvents.subjectId, filters.month)),
          sql`${auditEvents.detail} ->> 'month' = ${filters.month}`,
        )
      : undefined,
    filters.measureRef ? sql`${auditEvents.detail} ->> 'measureRef' = ${filters.measureRef}` : undefined,
    filters.actorId ? eq(auditEvents.actorId, filters.actorId) : undefined,
    filters.action ? eq(auditEvents.action, filters.action) : undefined,
  );
}

/** One page (from 1) of the events that match, newest first, with how many match in all. */
export async function listAuditEvents(db: Queryable, filters: AuditFilters, page = 1, pageSize = AUDIT_PAGE_SIZE) {
  const where = whereOf(filters);
  const [events, [total]] = await Promise.all([
    db
      .select({
        id: auditEvents.id,
        at: auditEvents.at,
        action: auditEvents.action,
        subjectType: auditEvents.subjectType,
        subjectId: auditEvents.subjectId,
        before: auditEvents.before,
        after: auditEvents.after,
        detail: auditEvents.detail,
        actorName: users.name,
      })
      .from(auditEvents)
      .leftJoin(users, eq(users.id, auditEvents.actorId))
      .where(where)
      // Ids grow with time, and two events of one transaction share their time: the id orders them.
      .orderBy(desc(auditEvents.id))
      .limit(pageSize)
      .offset((Math.max(1, page) - 1) * pageSize),
    db.select({ n: count() }).from(auditEvents).where(where),
  ]);
  return { events, total: total?.n ?? 0 };
}

export type AuditEventRow = Awaited<ReturnType<typeof listAuditEvents>>['events'][number];

/** What the filters offer: every month, measure and person (newest month first). */
export async function listAuditFilterChoices(db: Queryable) {
  const [months, measureRefs, people] = await Promise.all([
    db.select({ month: periods.month }).from(periods).orderBy(desc(periods.month)),
    db.select({ ref: measures.ref, title: measures.title }).from(measures).orderBy(asc(measures.displayOrder), asc(measures.ref)),
    db.select({ id: users.id, name: users.name, email: users.email }).from(users).orderBy(asc(users.name)),
  ]);
  return { months, measures: measureRefs, people };
}
