import { describe, expect, it } from 'vitest';
import { ROLES } from '../auth/policy';
import { NOTICE_KINDS } from './kinds';
import { NOTICE_KINDS_BY_ROLE, noticePreferencesSchema, noticesFor, reminderChoice } from './preferences';

describe('the notices a person is sent', () => {
  it('by each role alone', () => {
    expect(noticesFor(['lead'])).toEqual({ required: ['month_opened', 'entry_returned'], reminders: ['due_soon', 'due_today', 'overdue'] });
    expect(noticesFor(['executive'])).toEqual({ required: ['ready_for_review'], reminders: [] });
    expect(noticesFor(['admin'])).toEqual({ required: [], reminders: ['overdue_summary'] });
    expect(noticesFor(['viewer'])).toEqual({ required: ['pack_published'], reminders: [] });
    expect(noticesFor([])).toEqual({ required: [], reminders: [] });
  });

  it('for several roles, every kind once, in the order of the list of kinds', () => {
    expect(noticesFor(['viewer', 'admin', 'lead'])).toEqual({
      required: ['month_opened', 'entry_returned', 'pack_published'],
      reminders: ['due_soon', 'due_today', 'overdue', 'overdue_summary'],
    });
  });

  it('sends every kind to some role', () => {
    expect(new Set(ROLES.flatMap((role) => NOTICE_KINDS_BY_ROLE[role]))).toEqual(new Set(NOTICE_KINDS));
  });
});

describe('the choice of reminders', () => {
  it('is on or off, and nothing else', () => {
    expect(noticePreferencesSchema.parse({ reminders: 'off' })).toEqual({ reminders: 'off' });
    expect(noticePreferencesSchema.safeParse({ reminders: 'yes' }).success).toBe(false);
    expect(noticePreferencesSchema.safeParse({}).error?.issues[0]?.message).toBe('Choose whether you want reminders by e-mail');
    expect([reminderChoice(true), reminderChoice(false)]).toEqual(['on', 'off']);
  });
});
