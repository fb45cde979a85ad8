// The e-mail notices the portal sends. Reminders are a convenience, so each person may turn them
// off; the others carry the workflow (a month to fill in, an entry sent back, a month to review, a
// pack to read) and are always sent.

export const NOTICE_KINDS = [
  'month_opened',
  'due_soon',
  'due_today',
  'overdue',
  'overdue_summary',
  'entry_returned',
  'ready_for_review',
  'pack_published',
] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

/** The kinds a person can turn off at /account/notices: every one is sent by the reminders job. */
export const REMINDER_KINDS = ['due_soon', 'due_today', 'overdue', 'overdue_summary'] as const satisfies readonly NoticeKind[];
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/** The kinds that are always sent, whatever a person's preference. */
export const REQUIRED_KINDS = NOTICE_KINDS.filter((kind): kind is Exclude<NoticeKind, ReminderKind> => !isReminderKind(kind));
export type RequiredKind = Exclude<NoticeKind, ReminderKind>;

/** For a kind read back from the outbox, where it is only text. */
export const isNoticeKind = (kind: string): kind is NoticeKind => (NOTICE_KINDS as readonly string[]).includes(kind);

export function isReminderKind(kind: string): kind is ReminderKind {
  return (REMINDER_KINDS as readonly string[]).includes(kind);
}

/** What each kind is, in a few words: for the outbox page and the preferences page. */
export const NOTICE_KIND_WORDS: Record<NoticeKind, string> = {
  month_opened: 'A month is open for figures',
  due_soon: 'Reminder: figures due in three working days',
  due_today: 'Reminder: figures due today',
  overdue: 'Reminder: figures overdue',
  overdue_summary: 'Overdue figures: daily summary for administrators',
  entry_returned: 'An entry returned to its lead',
  ready_for_review: 'A month ready for review',
  pack_published: 'A pack published',
};
