import { describe, expect, it } from 'vitest';
import { LONGEST_RETRY_MS, MAX_ATTEMPTS, nextAttemptAt, retryDelayMs } from './back-off';

const minutes = (n: number) => n * 60_000;

describe('back-off between attempts', () => {
  const now = new Date('2020-11-20T09:00:00Z');

  it('waits one minute after the first failure, then twice as long each time', () => {
    expect(nextAttemptAt(now, 1)).toEqual(new Date('2020-11-20T09:01:00Z'));
    expect(nextAttemptAt(now, 2)).toEqual(new Date('2020-11-20T09:02:00Z'));
    expect(nextAttemptAt(now, 3)).toEqual(new Date('2020-11-20T09:04:00Z'));
    expect([1, 2, 3, 4, 5, 6].map(retryDelayMs)).toEqual([1, 2, 4, 8, 16, 32].map(minutes));
  });

  it('never waits more than an hour, however many attempts failed', () => {
    expect(retryDelayMs(7)).toBe(LONGEST_RETRY_MS);
    expect(retryDelayMs(29)).toBe(LONGEST_RETRY_MS);
    expect(nextAttemptAt(now, 20)).toEqual(new Date('2020-11-20T10:00:00Z'));
  });

  it('gives up after the last attempt, having tried for about a day', () => {
    expect(nextAttemptAt(now, MAX_ATTEMPTS)).toBeNull();
    expect(nextAttemptAt(now, MAX_ATTEMPTS - 1)).not.toBeNull();
    let waited = 0;
    for (let attempt = 1; attempt < MAX_ATTEMPTS; attempt++) waited += retryDelayMs(attempt);
    expect(waited).toBeGreaterThan(minutes(23 * 60));
    expect(waited).toBeLessThan(minutes(25 * 60));
  });
});
