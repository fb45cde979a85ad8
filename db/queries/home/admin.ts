// The performance team's home: how complete the open month is, by lead and by measure, what is
// overdue, and the last file of figures imported. Three queries however many measures and leads.
import { and, desc, eq } from 'drizzle-orm';
import { monthLabel, toMonthKey } from '../../../lib/rating';
import type { Queryable } from '../../client';
import { auditEvents, users, type Period } from '../../schema';
import { loadRatedMonth } from '../rated-month';
import type { LeadWorkState } from './lead';

export type LeadProgress = {
  /** Null for the measures no lead owns yet. */
  ownerId: string | null;
  name: string;
  owned: number;
  submitted: number;
  returned: number;
  draft: number;
  notStarted: number;
};

export type Outstanding = { ref: string; title: string; owner: string | null; state: LeadWorkState };

export type LastImport = {
  at: Date;
  by: string | null;
  rows: number | null;
  created: number | null;
  updated: number | null;
  submitted: boolean;
  history: boolean;
  months: string[];
};

export type AdminHome = {
  open: {
    month: string;
    label: string;
    dueDate: string;
    /** Past its due date ("today" is the council's date). */
    overdue: boolean;
    expected: number;
    submitted: number;
    byLead: LeadProgress[];
    /** Every active measure without a submitted entry: returned, then draft, then not started. */
    outstanding: Outstanding[];
  } | null;
  lastImport: LastImport | null;
};

const ORDER: Record<LeadWorkState, number> = { returned: 0, draft: 1, not_started: 2 };

export async function loadAdminHome(db: Queryable, open: Period | null, today: string): Promise<AdminHome> {
  const [rows, lastImport] = await Promise.all([open ? loadRatedMonth(db, open) : Promise.resolve(null), loadLastImport(db)]);
  if (!open || !rows) return { open: null, lastImport };

  const byLead = new Map<string, LeadProgress>();
  const outstanding: Outstanding[] = [];
  for (const { measure, entry } of rows) {
    const key = measure.ownerId ?? '';
    const lead = byLead.get(key) ?? {
      ownerId: measure.ownerId,
      name: measure.ownerName ?? 'Not assigned',
      owned: 0, submitted: 0, returned: 0, draft: 0, notStarted: 0,
    };
    lead.owned++;
    if (!entry) lead.notStarted++;
    else lead[entry.status]++;
    byLead.set(key, lead);
    if (entry?.status !== 'submitted') {
      outstanding.push({ ref: measure.ref, title: measure.title, owner: measure.ownerName, state: entry ? entry.status : 'not_started' });
    }
  }
  return {
    open: {
      month: toMonthKey(open.month),
      label: monthLabel(open.month),
      dueDate: open.dueDate,
      overdue: open.dueDate < today,
      expected: rows.length,
      submitted: rows.filter((row) => row.entry?.status === 'submitted').length,
      // The leads furthest behind first, then by name; measures no one owns last.
      byLead: [...byLead.values()].toSorted(
        (a, b) =>
          Number(a.ownerId === null) - Number(b.ownerId === null) ||
          b.owned - b.submitted - (a.owned - a.submitted) ||
          a.name.localeCompare(b.name, 'en-GB'),
      ),
      outstanding: outstanding.toSorted((a, b) => ORDER[a.state] - ORDER[b.state]),
    },
    lastImport,
  };
}

const number = (value: unknown) => (typeof value === 'number' ? value : null);

async function loadLastImport(db: Queryable): Promise<LastImport | null> {
  const [event] = await db
    .select({ at: auditEvents.at, by: users.name, detail: auditEvents.detail })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .where(and(eq(auditEvents.subjectType, 'import'), eq(auditEvents.action, 'figures.import')))
    .orderBy(desc(auditEvents.at), desc(auditEvents.id))
    .limit(1);
  if (!event) return null;
  const detail = (event.detail ?? {}) as Record<string, unknown>;
  return {
    at: event.at,
    by: event.by,
    rows: number(detail.rows),
    created: number(detail.created),
    updated: number(detail.updated),
    submitted: detail.submit === true,
    history: detail.history === true,
    months: Array.isArray(detail.months) ? detail.months.filter((m): m is string => typeof m === 'string') : [],
  };
}
