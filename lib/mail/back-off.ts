// When a message the mail server did not take is tried again: one minute after the first failed
// attempt, then two, four, … doubling to at most an hour between attempts, and given up after
// MAX_ATTEMPTS (about a day of trying): a server down overnight loses nothing, and a message
// nobody can deliver does not stay "queued" for ever.

export const FIRST_RETRY_MS = 60_000;
export const LONGEST_RETRY_MS = 60 * 60_000;
export const MAX_ATTEMPTS = 30;

/** How long to wait after the given number of attempts, all failed (1 for the first). */
export function retryDelayMs(attemptsMade: number): number {
  // 2^(n-1) minutes, capped before the power can grow past what the cap allows.
  const doublings = Math.min(Math.max(attemptsMade - 1, 0), 16);
  return Math.min(FIRST_RETRY_MS * 2 ** doublings, LONGEST_RETRY_MS);
}

/** When to try again, or null once the attempts are used up (the message has failed for good). */
export function nextAttemptAt(now: Date, attemptsMade: number): Date | null {
  if (attemptsMade >= MAX_ATTEMPTS) return null;
  return new Date(now.getTime() + retryDelayMs(attemptsMade));
}
