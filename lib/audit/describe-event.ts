// An audit event as people read it: what changed, field by field ("Value: 94.5 → 96.2",
// "Status: draft → submitted"), and what else was recorded as "Note: …" lines, never JSON.
import type { AuditAction } from '../audit-actions';
import { compareDecimals, parseDecimal } from '../decimal';

export const ACTION_WORDS: Record<AuditAction, string> = {
  'user.create': 'Account added',
  'user.change_roles': 'Roles changed',
  'user.deactivate': 'Account deactivated',
  'user.reactivate': 'Account reactivated',
  'user.set_temporary_password': 'Temporary password set',
  'user.sign_out_everywhere': 'Signed out everywhere',
  'user.change_password': 'Password changed',
  'user.change_notice_preferences': 'E-mail reminders turned on or off',
  'user.sign_in': 'Signed in',
  'user.sign_in_failed': 'Sign-in failed',
  'user.locked_out': 'Sign-in locked',
  'user.clear_sign_in_lock': 'Sign-in lock cleared',
  'user.sign_out': 'Signed out',
  'entry.save_draft': 'Entry saved as a draft',
  'entry.submit': 'Entry submitted',
  'entry.return': 'Entry returned to its lead',
  'entry.resubmit': 'Entry resubmitted',
  'entry.withdraw': 'Entry withdrawn to a draft',
  'period.close_for_review': 'Month closed for review',
  'period.sign_off': 'Month signed off',
  'period.publish': 'Pack published',
  'period.reopen': 'Month reopened',
  'measure.create': 'Measure added',
  'measure.update': 'Measure changed',
  'measure.move': 'Measure moved in the list',
  'measure.deactivate': 'Measure deactivated',
  'measure.reactivate': 'Measure reactivated',
  'target.set': 'Target set',
  'targets.copy_forward': 'Targets copied to the next year',
  'seed.reference_pack': 'Reference pack loaded',
  'seed.demo': 'Demo loaded',
  // Administration: months (issue 13)
  'period.open': 'Month opened for entry',
  // The figures import (issue 13)
  'figures.import': 'Figures imported from a file',
  'entry.import': 'Entry imported from a file',
  // Benchmarks (issue 13)
  'benchmark.add': 'Benchmark point added',
  'benchmark.change': 'Benchmark point changed',
  'benchmark.remove': 'Benchmark point removed',
  'benchmarks.import': 'Benchmarks imported from a file',
  'benchmark.import': 'Benchmark point imported from a file',
};

/** The words for an action, or the action itself for one recorded before it had words. */
export const actionWords = (action: string): string => (ACTION_WORDS as Record<string, string>)[action] ?? action;

const FIELD_WORDS: Record<string, string> = {
  value: 'Value',
  secondaryValue: 'Second figure',
  ytdValue: 'Year to date',
  ytdSecondaryValue: 'Year to date, second figure',
  availability: 'Figure available',
  commentary: 'Commentary',
  improvementAction: 'Improvement action',
  judgedRating: 'Judged rating',
  judgedJustification: 'Justification',
  status: 'Status',
  state: 'State',
  measureRef: 'Measure',
  month: 'Month',
  note: 'Note',
  reason: 'Reason',
  notSubmitted: 'Not submitted',
  attention: 'For attention',
  soleExecutiveException: 'Maker-checker',
  contentHash: 'Content hash',
  changes: 'Changes',
  onBehalfOf: 'On behalf of',
  periodLabel: 'Period',
  // A figures import with --history
  history: 'Earlier years’ figures (history)',
  monthsCreated: 'Months created',
  // A person's own choice of e-mail (issue 16)
  emailReminders: 'Reminders by e-mail',
};

/** "improvementAction" → "Improvement action", where no word is set. */
export function fieldLabel(key: string): string {
  const known = FIELD_WORDS[key];
  if (known) return known;
  const words = key.replace(/_/g, ' ').replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const LONGEST = 160;

/** A recorded value in words: blank, yes or no, a list, or the text (long text cut short). */
export function valueWords(value: unknown): string {
  if (value === null || value === undefined || value === '') return 'blank';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (Array.isArray(value)) return value.length === 0 ? 'none' : value.map(valueWords).join('; ');
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .map(([key, inner]) => `${fieldLabel(key)}: ${valueWords(inner)}`)
      .join(', ');
  }
  // States and statuses are stored with underscores ("in_review"): written as words.
  const text = typeof value === 'string' && /^[a-z]+(_[a-z]+)+$/.test(value) ? value.replace(/_/g, ' ') : String(value);
  return text.length > LONGEST ? `${text.slice(0, LONGEST - 1)}…` : text;
}

const asRecord = (value: unknown): Record<string, unknown> | null =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;

const same = (a: unknown, b: unknown) =>
  JSON.stringify(a ?? null) === JSON.stringify(b ?? null) || (isBlank(a) && isBlank(b)) || sameNumber(a, b);

/** "24.0" and "24" are one figure written two ways (numeric keeps the scale it was given). */
function sameNumber(a: unknown, b: unknown): boolean {
  if (typeof a !== 'string' || typeof b !== 'string') return false;
  const [x, y] = [parseDecimal(a), parseDecimal(b)];
  return !!x && !!y && compareDecimals(x, y) === 0;
}
const isBlank = (value: unknown) => value === null || value === undefined || value === '';

/**
 * What changed from `before` to `after`, one line per field that differs, in the order the fields
 * were recorded. With nothing before (a record made), the fields it was made with; blank ones left out.
 */
export function describeChange(before: unknown, after: unknown): string[] {
  const was = asRecord(before);
  const now = asRecord(after);
  if (!now && !was) return [];
  if (!was) return Object.entries(now!).filter(([, v]) => !isBlank(v)).map(([key, v]) => `${fieldLabel(key)}: ${valueWords(v)}`);
  if (!now) return Object.entries(was).filter(([, v]) => !isBlank(v)).map(([key, v]) => `${fieldLabel(key)}: ${valueWords(v)} → removed`);
  const keys = [...new Set([...Object.keys(was), ...Object.keys(now)])];
  return keys.filter((key) => !same(was[key], now[key])).map((key) => `${fieldLabel(key)}: ${valueWords(was[key])} → ${valueWords(now[key])}`);
}

/** Anything else recorded with the event, one "Key: value" line each; blank ones left out. */
export function describeDetail(detail: unknown): string[] {
  const record = asRecord(detail);
  if (!record) return isBlank(detail) ? [] : [valueWords(detail)];
  return Object.entries(record)
    .filter(([, v]) => !isBlank(v) && !(Array.isArray(v) && v.length === 0))
    .map(([key, v]) => `${fieldLabel(key)}: ${valueWords(v)}`);
}
