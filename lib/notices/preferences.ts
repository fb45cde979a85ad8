// A person's e-mail preferences (/account/notices): which notices their roles bring them, and the
// one choice they have, reminders on or off. The form and the command read the same schema.
import { z } from 'zod';
import type { Role } from '../auth/policy';
import { NOTICE_KINDS, isReminderKind, type NoticeKind, type ReminderKind, type RequiredKind } from './kinds';

/** What each role is sent (product.md, "Reminders and notices"). */
export const NOTICE_KINDS_BY_ROLE: Record<Role, readonly NoticeKind[]> = {
  lead: ['month_opened', 'due_soon', 'due_today', 'overdue', 'entry_returned'],
  executive: ['ready_for_review'],
  admin: ['overdue_summary'],
  viewer: ['pack_published'],
};

export type NoticesForPerson = {
  /** Sent whatever the person chooses: their work needs them. */
  required: RequiredKind[];
  /** Sent only while their reminders are on. */
  reminders: ReminderKind[];
};

/** The notices a person with these roles may be sent, in the order of NOTICE_KINDS. */
export function noticesFor(roles: readonly Role[]): NoticesForPerson {
  const theirs = new Set(roles.flatMap((role) => NOTICE_KINDS_BY_ROLE[role]));
  const kinds = NOTICE_KINDS.filter((kind) => theirs.has(kind));
  return {
    required: kinds.filter((kind): kind is RequiredKind => !isReminderKind(kind)),
    reminders: kinds.filter((kind): kind is ReminderKind => isReminderKind(kind)),
  };
}

/** Radios send text: "on" or "off". */
export const REMINDER_CHOICES = ['on', 'off'] as const;
export type ReminderChoice = (typeof REMINDER_CHOICES)[number];

export const noticePreferencesSchema = z.object({
  reminders: z.enum(REMINDER_CHOICES, { error: 'Choose whether you want reminders by e-mail' }),
});
export type NoticePreferencesInput = z.input<typeof noticePreferencesSchema>;

export const reminderChoice = (emailReminders: boolean): ReminderChoice => (emailReminders ? 'on' : 'off');
