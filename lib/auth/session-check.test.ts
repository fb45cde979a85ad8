import { describe, expect, it } from 'vitest';
import { checkingSession, noteSessionCheckFailure } from './session-check';

/** As Auth.js does: the check's error is logged and swallowed, and the answer is "no session". */
async function swallowing(check: () => Promise<string>): Promise<string | null> {
  try {
    return await check();
  } catch {
    return null;
  }
}

describe('checkingSession', () => {
  it('tells a failed check from a signed-out person, though the error was swallowed', async () => {
    const down = new Error('connect ECONNREFUSED');
    const failed = await checkingSession(() =>
      swallowing(async () => {
        await Promise.resolve();
        return Promise.reject(down).catch(noteSessionCheckFailure);
      }),
    );
    expect(failed).toEqual({ value: null, failure: down });
    expect(await checkingSession(() => swallowing(async () => 'sam'))).toEqual({ value: 'sam', failure: undefined });
  });

  it("keeps one request's failure from another's", async () => {
    const [first, second] = await Promise.all([
      checkingSession(() => swallowing(() => Promise.reject(new Error('down')).catch(noteSessionCheckFailure))),
      checkingSession(() => swallowing(async () => 'alex')),
    ]);
    expect(first.failure).toBeInstanceOf(Error);
    expect(second.failure).toBeUndefined();
  });

  it('throws the error on outside any check', () => {
    expect(() => noteSessionCheckFailure(new Error('down'))).toThrow('down');
  });
});
