// Auth.js swallows any error thrown while a session is checked and answers "no session". When the
// database is down that would send a signed-in person to the sign-in page, losing what they typed.
// The session check notes its failure here, in the asynchronous context of the request that asked,
// so the guard can tell "signed out" from "could not check".
import { AsyncLocalStorage } from 'node:async_hooks';

type Check = { failure?: unknown };
const checks = new AsyncLocalStorage<Check>();

/** Runs `read` (reading the session), answering too what failed while it was checked, if anything. */
export async function checkingSession<T>(read: () => Promise<T>): Promise<{ value: T; failure: unknown }> {
  const check: Check = {};
  const value = await checks.run(check, read);
  return { value, failure: check.failure };
}

/** For the session check's own `catch`: notes the failure for `checkingSession`, then throws it on. */
export function noteSessionCheckFailure(error: unknown): never {
  const check = checks.getStore();
  if (check) check.failure ??= error;
  throw error;
}
