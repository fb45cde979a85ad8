import type { Metadata } from 'next';
import { PortalLink } from '@/app/components/portal-link';
import { Pager } from '@/app/components/pager';
import { requirePermission } from '@/app/_server/guard';
import { getDb } from '@/db/client';
import { OUTBOX_PAGE_SIZE, countOutboxByStatus, listOutboxMessages } from '@/db/queries/outbox-page';
import { env } from '@/lib/env';
import { OUTBOX_STATUSES } from '@/lib/mail/kinds';
import { OUTBOX_STATUS_WORDS } from '@/lib/mail/status-words';
import { outboxHref, readOutboxQuery } from './outbox-filters';
import { OutboxMessage } from './outbox-message';

export const metadata: Metadata = { title: 'Outbox' };

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

export default async function OutboxPage({ searchParams }: PageProps<'/admin/outbox'>) {
  await requirePermission('outbox.view');
  const { filters, page } = readOutboxQuery(await searchParams);
  const db = await getDb();
  // Read fresh, not kept (app/_server/kept.ts): the mail worker changes these rows as it sends.
  const [{ messages, total }, counts] = await Promise.all([listOutboxMessages(db, filters, page), countOutboxByStatus(db)]);
  const everything = Object.values(counts).reduce((sum, n) => sum + n, 0);
  const pages = Math.max(1, Math.ceil(total / OUTBOX_PAGE_SIZE));
  const first = total === 0 ? 0 : (page - 1) * OUTBOX_PAGE_SIZE + 1;
  const last = Math.min(total, page * OUTBOX_PAGE_SIZE);
  const mailServer = Boolean(env.SMTP_URL && env.MAIL_FROM);

  return (
    <main id="main-content" className="mx-auto max-w-5xl px-4 py-8">
      <h1 className="mb-2 text-3xl font-bold">Outbox</h1>
      <p className="mb-6 max-w-3xl text-lg text-muted">
        Every e-mail Performance Pack has written, newest first, and what became of it. Open a message to read it as it was sent.
      </p>
      {mailServer ? null : (
        <div className="mb-6 max-w-3xl border-l-4 border-rag-blue pl-4" data-testid="no-mail-server">
          <p className="mb-1 font-bold">No mail server is configured, so no e-mail is sent.</p>
          <p>
            Messages are kept here instead, marked “Not sent: no mail server configured”. Once SMTP_URL and MAIL_FROM are set, new
            messages are sent; the ones kept here are not, since what they say may no longer be true.
          </p>
        </div>
      )}

      <form method="get" action="/admin/outbox" className="mb-6 flex flex-wrap items-end gap-4" aria-label="Filter the outbox">
        <div>
          <label htmlFor="status" className="mb-1 block font-bold">Status</label>
          <select
            id="status"
            name="status"
            defaultValue={filters.status ?? ''}
            className="block w-full max-w-xs border-2 border-ink px-2 py-1.5 focus:outline-3 focus:outline-focus"
          >
            <option value="">Any status ({everything.toLocaleString('en-GB')})</option>
            {OUTBOX_STATUSES.map((status) => (
              <option key={status} value={status}>
                {OUTBOX_STATUS_WORDS[status]} ({(counts[status] ?? 0).toLocaleString('en-GB')})
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="bg-rag-green px-4 py-2 font-bold text-white shadow-[0_2px_0_#002d18] hover:opacity-90">
          Show
        </button>
        {filters.status ? <PortalLink href="/admin/outbox" className="py-2">Show every message</PortalLink> : null}
      </form>

      <p className="mb-4 font-bold" data-testid="outbox-count">
        {total > 0
          ? `Showing ${first} to ${last} of ${plural(total, 'message')}.`
          : filters.status
            ? 'No messages match.'
            : 'No e-mail has been written yet.'}
      </p>
      <ol className="mb-6" data-testid="outbox-messages">
        {messages.map((message) => (
          <OutboxMessage key={message.id} message={message} />
        ))}
      </ol>
      <Pager label="Pages of the outbox" page={page} pages={pages} hrefOf={(other) => outboxHref(filters, other)} />
    </main>
  );
}
