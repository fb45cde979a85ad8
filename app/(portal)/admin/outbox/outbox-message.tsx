// One message on the outbox page: to whom, what kind, when it was written, what became of it (in
// words, the tag's colour only repeating them), and its plain-text form to read. The stored HTML
// form is never drawn here: text is what an administrator can read safely, whatever a message holds.
import type { OutboxMessageRow } from '@/db/queries/outbox-page';
import type { OutboxStatus } from '@/lib/mail/kinds';
import { messageStatusWords } from '@/lib/mail/status-words';
import { NOTICE_KIND_WORDS } from '@/lib/notices/kinds';
import { formatDateTime } from '@/lib/rating';

const STATUS_STYLE: Record<OutboxStatus, string> = {
  sent: 'bg-green-100 text-green-900',
  queued: 'bg-blue-100 text-blue-900',
  sending: 'bg-blue-100 text-blue-900',
  failed: 'bg-red-100 text-red-900',
  held: 'bg-gray-200 text-ink',
};

export function OutboxMessage({ message }: { message: OutboxMessageRow }) {
  return (
    <li className="border-t border-rule py-4" data-testid="outbox-message" data-kind={message.kind} data-status={message.status}>
      <h2 className="mb-2 text-lg font-bold">{message.subject}</h2>
      <dl className="mb-2 grid gap-x-4 sm:grid-cols-[7rem_minmax(0,1fr)]">
        <dt className="font-bold">To</dt>
        <dd className="mb-1 sm:mb-0" data-testid="recipient">
          {message.recipientName}, <span className="[overflow-wrap:anywhere]">{message.recipientEmail}</span>
        </dd>
        <dt className="font-bold">What</dt>
        <dd className="mb-1 sm:mb-0">{NOTICE_KIND_WORDS[message.kind]}</dd>
        <dt className="font-bold">Written</dt>
        <dd className="mb-1 sm:mb-0">{formatDateTime(message.createdAt)}</dd>
        <dt className="font-bold">Status</dt>
        <dd data-testid="status">
          <strong className={`inline-block px-2 py-0.5 ${STATUS_STYLE[message.status]}`}>{messageStatusWords(message)}</strong>
        </dd>
      </dl>
      <details>
        <summary className="cursor-pointer text-link underline underline-offset-2">
          Read the message<span className="sr-only"> to {message.recipientName}</span>
        </summary>
        <pre className="mt-2 border-l-4 border-rule bg-gray-50 p-3 font-sans whitespace-pre-wrap [overflow-wrap:anywhere]" data-testid="message-text">
          {message.textBody}
        </pre>
      </details>
    </li>
  );
}
