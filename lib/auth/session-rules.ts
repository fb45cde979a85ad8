// How long a session lasts. The idle timeout is the session cookie's own lifetime, renewed on
// every request; the absolute lifetime is counted from sign-in and never renewed.
export const IDLE_TIMEOUT_SECONDS = 30 * 60;
export const ABSOLUTE_LIFETIME_SECONDS = 8 * 60 * 60;

/** True while a session signed in at `signedInAt` (seconds since 1970) may still be used. */
export function withinAbsoluteLifetime(signedInAt: unknown, nowSeconds: number): boolean {
  return typeof signedInAt === 'number' && nowSeconds - signedInAt < ABSOLUTE_LIFETIME_SECONDS && signedInAt <= nowSeconds + 60;
}

/** True when a request carries an Auth.js session cookie ("authjs.session-token", with `__Secure-` on https, `.0`, `.1` when chunked). */
export function carriesSessionCookie(cookieNames: readonly string[]): boolean {
  return cookieNames.some((name) => /(^|\.)session-token(\.\d+)?$/.test(name));
}
