import type { Metadata } from 'next';
import { PortalLink } from '@/app/components/portal-link';
import { Pager } from '@/app/components/pager';
import { requirePermission } from '@/app/_server/guard';
import { getDb } from '@/db/client';
import { AUDIT_PAGE_SIZE, listAuditEvents, listAuditFilterChoices, type AuditEventRow } from '@/db/queries/audit-events';
import { AUDIT_ACTIONS } from '@/lib/audit-actions';
import { ACTION_WORDS, actionWords, describeChange, describeDetail } from '@/lib/audit/describe-event';
import { financialYearLabel, formatDateTime, monthLabel, toMonthKey } from '@/lib/rating';
import { auditHref, readAuditQuery } from './audit-filters';

export const metadata: Metadata = { title: 'Audit log' };

const selectClass = 'block w-full max-w-xs border-2 border-ink px-2 py-1.5 focus:outline-3 focus:outline-focus';

export default async function AuditPage({ searchParams }: PageProps<'/audit'>) {
  await requirePermission('audit.view');
  const { filters, page } = readAuditQuery(await searchParams);
  const db = await getDb();
  const [{ events, total }, choices] = await Promise.all([listAuditEvents(db, filters, page), listAuditFilterChoices(db)]);
  const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const first = total === 0 ? 0 : (page - 1) * AUDIT_PAGE_SIZE + 1;
  const last = Math.min(total, page * AUDIT_PAGE_SIZE);

  return (
    <main id="main-content" className="mx-auto max-w-7xl px-4 py-8">
      <h1 className="mb-2 text-3xl font-bold">Audit log</h1>
      <p className="mb-6 max-w-3xl text-lg text-muted">Every change anyone made, newest first. Nothing here can be changed or deleted.</p>

      <form method="get" action="/audit" className="mb-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-4" aria-label="Filter the audit log">
        <div>
          <label htmlFor="month" className="mb-1 block font-bold">Month</label>
          <select id="month" name="month" defaultValue={filters.month ?? ''} className={selectClass}>
            <option value="">Any month</option>
            {choices.months.map(({ month }) => (
              <option key={month} value={toMonthKey(month)}>{monthLabel(month)}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="measure" className="mb-1 block font-bold">Measure</label>
          <select id="measure" name="measure" defaultValue={filters.measureRef ?? ''} className={selectClass}>
            <option value="">Any measure</option>
            {choices.measures.map(({ ref }) => (
              <option key={ref} value={ref}>{ref}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="person" className="mb-1 block font-bold">Person</label>
          <select id="person" name="person" defaultValue={filters.actorId ?? ''} className={selectClass}>
            <option value="">Anyone</option>
            {choices.people.map(({ id, name }) => (
              <option key={id} value={id}>{name}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="action" className="mb-1 block font-bold">What happened</label>
          <select id="action" name="action" defaultValue={filters.action ?? ''} className={selectClass}>
            <option value="">Anything</option>
            {AUDIT_ACTIONS.map((action) => (
              <option key={action} value={action}>{ACTION_WORDS[action]}</option>
            ))}
          </select>
        </div>
        <div className="flex flex-wrap items-center gap-4 sm:col-span-2 lg:col-span-4">
          <button type="submit" className="bg-rag-green px-4 py-2 font-bold text-white shadow-[0_2px_0_#002d18] hover:opacity-90">
            Apply filters
          </button>
          <PortalLink href="/audit">Clear filters</PortalLink>
        </div>
      </form>

      <p className="mb-4 font-bold" data-testid="audit-count">
        {total === 0 ? 'No events match.' : `Showing ${first} to ${last} of ${total} ${total === 1 ? 'event' : 'events'}.`}
      </p>
      <ol className="mb-6" data-testid="audit-events">
        {events.map((event) => (
          <AuditEvent key={event.id} event={event} />
        ))}
      </ol>
      <Pager label="Pages of the audit log" page={page} pages={pages} hrefOf={(other) => auditHref(filters, other)} />
    </main>
  );
}

/** Records named by their kind alone: an account's or address's own name is in the event's notes. */
const SUBJECT_WORDS: Record<string, string> = {
  user: 'An account',
  email: 'An e-mail address',
  address: 'A network address',
  import: 'A file of figures',
  benchmarks_import: 'A file of benchmark points',
  demo: 'The demo',
};

/** What an event was about, in words: "SM4, October 2020", "October 2020", "Measure SM4", or the kind of record. */
function subjectOf(event: AuditEventRow): string {
  const detail = (event.detail ?? {}) as { measureRef?: unknown; month?: unknown };
  const id = event.subjectId;
  if (event.subjectType === 'entry' && typeof detail.measureRef === 'string' && typeof detail.month === 'string') {
    return `${detail.measureRef}, ${monthLabel(detail.month)}`;
  }
  if (event.subjectType === 'period' && id) return monthLabel(id);
  if (event.subjectType === 'measure' && id) return `Measure ${id}`;
  if (event.subjectType === 'benchmark_point' && typeof detail.measureRef === 'string') {
    // The point as it is now, or as it was before it was removed: "KPI2 benchmark, North East 2019/20".
    const point = (event.after ?? event.before ?? {}) as { series?: unknown; periodLabel?: unknown };
    const which = typeof point.series === 'string' && typeof point.periodLabel === 'string' ? `, ${point.series} ${point.periodLabel}` : '';
    return `${detail.measureRef} benchmark${which}`;
  }
  // Stored as the year's first calendar year ("2021"); people know it as "2021/22".
  if (event.subjectType === 'financial_year' && id) return `Financial year ${/^\d{4}$/.test(id) ? financialYearLabel(Number(id)) : id}`;
  return SUBJECT_WORDS[event.subjectType] ?? event.subjectType;
}

function AuditEvent({ event }: { event: AuditEventRow }) {
  const changes = describeChange(event.before, event.after);
  const detail = describeDetail(event.detail);
  return (
    <li className="border-t border-rule py-3" data-testid="audit-event" data-action={event.action}>
      <p className="font-bold">
        {actionWords(event.action)}: {subjectOf(event)}
      </p>
      <p className="mb-1 text-muted">
        {formatDateTime(event.at)} · {event.actorName ?? 'The system'}
      </p>
      {changes.length > 0 ? (
        <ul className="mb-1 list-disc pl-6" aria-label="What changed">
          {changes.map((line, i) => (
            <li key={i} className="break-words">{line}</li>
          ))}
        </ul>
      ) : null}
      {detail.length > 0 ? (
        <ul className="list-none text-sm text-muted" aria-label="Recorded with it">
          {detail.map((line, i) => (
            <li key={i} className="break-words">{line}</li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}
