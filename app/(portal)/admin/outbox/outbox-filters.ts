// The outbox page's address (`/admin/outbox?status=held&page=2`) read into its filter and page:
// anything that is not a status the outbox knows, or a page number, is ignored.
import type { OutboxFilters } from '@/db/queries/outbox-page';
import { isOutboxStatus } from '@/lib/mail/status-words';

type Query = Record<string, string | string[] | undefined>;

const one = (value: string | string[] | undefined) => (typeof value === 'string' && value !== '' ? value : null);

export function readOutboxQuery(query: Query): { filters: OutboxFilters; page: number } {
  const status = one(query.status);
  const page = Number(one(query.page) ?? '1');
  return {
    filters: { status: status !== null && isOutboxStatus(status) ? status : null },
    page: Number.isInteger(page) && page >= 1 && page <= 100_000 ? page : 1,
  };
}

/** The address of another page of the same filter. */
export function outboxHref(filters: OutboxFilters, page: number): string {
  const params = new URLSearchParams();
  if (filters.status) params.set('status', filters.status);
  if (page > 1) params.set('page', String(page));
  const query = params.toString();
  return query ? `/admin/outbox?${query}` : '/admin/outbox';
}
