// The audit page's address (`/audit?month=2020-10&measure=SM4&person=…&action=entry.return&page=2`)
// read into filters: anything that is not a month, measure, person or action the log knows is ignored.
import type { AuditFilters } from '@/db/queries/audit-events';
import { AUDIT_ACTIONS } from '@/lib/audit-actions';
import { MEASURE_REF_PATTERN } from '@/lib/entries/entry-schema';
import { MONTH_PATTERN } from '@/lib/rating';

type Query = Record<string, string | string[] | undefined>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const one = (value: string | string[] | undefined) => (typeof value === 'string' && value !== '' ? value : null);
const matching = (value: string | null, test: (v: string) => boolean) => (value !== null && test(value) ? value : null);

export function readAuditQuery(query: Query): { filters: AuditFilters; page: number } {
  const filters: AuditFilters = {
    month: matching(one(query.month), (v) => MONTH_PATTERN.test(v) && /^\d{4}-\d{2}$/.test(v)),
    measureRef: matching(one(query.measure), (v) => MEASURE_REF_PATTERN.test(v)),
    actorId: matching(one(query.person), (v) => UUID.test(v)),
    action: matching(one(query.action), (v) => (AUDIT_ACTIONS as readonly string[]).includes(v)),
  };
  const page = Number(one(query.page) ?? '1');
  return { filters, page: Number.isInteger(page) && page >= 1 && page <= 100_000 ? page : 1 };
}

/** The address of another page of the same filters. */
export function auditHref(filters: AuditFilters, page: number): string {
  const params = new URLSearchParams();
  if (filters.month) params.set('month', filters.month);
  if (filters.measureRef) params.set('measure', filters.measureRef);
  if (filters.actorId) params.set('person', filters.actorId);
  if (filters.action) params.set('action', filters.action);
  if (page > 1) params.set('page', String(page));
  const query = params.toString();
  return query ? `/audit?${query}` : '/audit';
}
