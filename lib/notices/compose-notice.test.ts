import { describe, expect, it } from 'vitest';
import { composeNotice, type Notice } from './compose-notice';
import { isReminderKind, NOTICE_KINDS } from './kinds';

const context = { siteUrl: 'https://pack.tfc.example', organisationName: 'Together for Children' };
const measure = { ref: 'KPI4', title: 'Assessments in time' };

// One notice of every kind, as the outbox would hold it.
const notices: Notice[] = [
  { kind: 'month_opened', recipientName: 'Sam Okafor', month: '2020-11', dueDate: '2020-12-16', measures: [measure] },
  { kind: 'due_soon', recipientName: 'Sam Okafor', month: '2020-11', dueDate: '2020-12-16', workingDaysLeft: 3, measures: [{ ...measure, status: 'draft' }] },
  { kind: 'due_today', recipientName: 'Sam Okafor', month: '2020-11', dueDate: '2020-12-16', sentOn: '2020-12-16', measures: [{ ...measure, status: 'draft' }] },
  { kind: 'overdue', recipientName: 'Sam Okafor', month: '2020-11', dueDate: '2020-12-16', measures: [{ ...measure, status: 'draft' }] },
  {
    kind: 'overdue_summary',
    recipientName: 'Priya Shah',
    sentOn: '2020-12-17',
    months: [{ month: '2020-11', dueDate: '2020-12-16', measures: [{ ...measure, status: 'draft', leadName: 'Sam Okafor' }] }],
  },
  { kind: 'entry_returned', recipientName: 'Sam Okafor', month: '2020-11', measure, note: 'Please explain the fall.', returnedBy: 'Alex Morgan' },
  { kind: 'ready_for_review', recipientName: 'Alex Morgan', month: '2020-11', measureCount: 32 },
  { kind: 'pack_published', recipientName: 'Cllr Chris Dale', month: '2020-11', version: 1, visibility: 'public', changeNote: null },
];

describe('composing any notice', () => {
  it('covers every kind', () => {
    expect(notices.map((n) => n.kind).sort()).toEqual([...NOTICE_KINDS].sort());
  });

  it.each(notices)('$kind: composes the same message after a JSON round trip, as the outbox stores it', (notice) => {
    const stored = JSON.parse(JSON.stringify(notice)) as Notice;
    expect(composeNotice(stored, context)).toEqual(composeNotice(notice, context));
  });

  it.each(notices)('$kind: greets its reader, says why it was sent and whether it can be turned off', (notice) => {
    const m = composeNotice(notice, context);
    expect(m.text.startsWith(`Dear ${notice.recipientName},\n`)).toBe(true);
    expect(m.text).toMatch(/You are receiving this/);
    if (isReminderKind(notice.kind)) {
      expect(m.text).toContain('turn them off at https://pack.tfc.example/account/notices');
    } else {
      expect(m.text).toContain('cannot be turned off');
      expect(m.text).toContain('ask an administrator');
    }
    expect(m.text).not.toContain('!');
    expect(m.subject).not.toContain('!');
    expect(m.html).toContain('href="https://pack.tfc.example/');
  });
});
