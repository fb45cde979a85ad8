import { describe, expect, it } from 'vitest';
import { isNoticeKind, isReminderKind, NOTICE_KIND_WORDS, NOTICE_KINDS, REMINDER_KINDS, REQUIRED_KINDS } from './kinds';

describe('kinds of notice', () => {
  it('lets people turn off only the reminders', () => {
    expect([...REMINDER_KINDS].sort()).toEqual(['due_soon', 'due_today', 'overdue', 'overdue_summary']);
    expect([...REQUIRED_KINDS].sort()).toEqual(['entry_returned', 'month_opened', 'pack_published', 'ready_for_review']);
    expect(isReminderKind('overdue_summary')).toBe(true);
    expect(isReminderKind('entry_returned')).toBe(false);
  });

  it('reads a kind back from text, and names each one', () => {
    expect(isNoticeKind('pack_published')).toBe(true);
    expect(isNoticeKind('pack_withdrawn')).toBe(false);
    for (const kind of NOTICE_KINDS) expect(NOTICE_KIND_WORDS[kind]).toMatch(/^[A-Z]/);
  });
});
