// How long until a month's figures are due, in words, from the council's today: "Due today",
// "Due tomorrow", "Due in 3 days", "Overdue by 1 day". A month is overdue from the day after its
// due date, as the months list counts it (db/queries/months-overview.ts).

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days from `from` to `to`, both "YYYY-MM-DD" (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

export type DueState = { kind: 'due' | 'overdue'; days: number; words: string };

const count = (days: number) => `${days.toLocaleString('en-GB')} ${days === 1 ? 'day' : 'days'}`;

export function dueWords(dueDate: string, today: string): DueState {
  const days = daysBetween(today, dueDate);
  if (days < 0) return { kind: 'overdue', days: -days, words: `Overdue by ${count(-days)}` };
  if (days === 0) return { kind: 'due', days, words: 'Due today' };
  if (days === 1) return { kind: 'due', days, words: 'Due tomorrow' };
  return { kind: 'due', days, words: `Due in ${count(days)}` };
}
