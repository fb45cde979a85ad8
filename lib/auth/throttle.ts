// Sign-in throttling: after too many failures in a window, the key waits before it may try again.
export const ACCOUNT_LIMIT = { failures: 5, windowSeconds: 15 * 60, lockSeconds: 15 * 60 };
export const ADDRESS_LIMIT = { failures: 20, windowSeconds: 15 * 60, lockSeconds: 15 * 60 };

export type ThrottleLimit = typeof ACCOUNT_LIMIT;

export const emailKey = (email: string) => `email:${email.trim().toLowerCase()}`;
export const addressKey = (address: string) => `address:${address}`;

/** A lock's key as people read it: "The e-mail address sam@council.example", "The network address 203.0.113.9". */
export function describeLockKey(key: string): string {
  const at = key.indexOf(':');
  const kind = key.slice(0, at);
  return `${kind === 'email' ? 'The e-mail address' : 'The network address'} ${key.slice(at + 1)}`;
}
