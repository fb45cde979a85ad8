// One entry point from a notice (its kind and what it is about) to the message sent: what the
// outbox stores is a Notice, plain data that survives JSON, and this turns it into words.
import type { NoticeKind } from './kinds';
import { composeDueSoon, type DueSoonInput } from './messages/due-soon';
import { composeDueToday, type DueTodayInput } from './messages/due-today';
import { composeEntryReturned, type EntryReturnedInput } from './messages/entry-returned';
import type { Message } from './messages/layout';
import { composeMonthOpened, type MonthOpenedInput } from './messages/month-opened';
import { composeOverdue, type OverdueInput } from './messages/overdue';
import { composeOverdueSummary, type OverdueSummaryInput } from './messages/overdue-summary';
import { composePackPublished, type PackPublishedInput } from './messages/pack-published';
import { composeReadyForReview, type ReadyForReviewInput } from './messages/ready-for-review';
import type { NoticeContext } from './messages/words';

export type NoticeInputs = {
  month_opened: MonthOpenedInput;
  due_soon: DueSoonInput;
  due_today: DueTodayInput;
  overdue: OverdueInput;
  overdue_summary: OverdueSummaryInput;
  entry_returned: EntryReturnedInput;
  ready_for_review: ReadyForReviewInput;
  pack_published: PackPublishedInput;
};

/** A notice of one kind: `{ kind: 'due_today', recipientName, month, … }`. */
export type NoticeOf<K extends NoticeKind> = { kind: K } & NoticeInputs[K];
export type Notice = { [K in NoticeKind]: NoticeOf<K> }[NoticeKind];

const COMPOSERS: { [K in NoticeKind]: (input: NoticeInputs[K], context: NoticeContext) => Message } = {
  month_opened: composeMonthOpened,
  due_soon: composeDueSoon,
  due_today: composeDueToday,
  overdue: composeOverdue,
  overdue_summary: composeOverdueSummary,
  entry_returned: composeEntryReturned,
  ready_for_review: composeReadyForReview,
  pack_published: composePackPublished,
};

export function composeNotice(notice: Notice, context: NoticeContext): Message {
  const compose = COMPOSERS[notice.kind] as (input: Notice, context: NoticeContext) => Message;
  return compose(notice, context);
}

export type { Message, NoticeContext };
