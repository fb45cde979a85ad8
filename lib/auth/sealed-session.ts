// The session cookie is a token Auth.js seals (encrypts and signs, JWE) and opens again on every
// request: the proxy opens it and seals a renewed one, then the page opens it and seals one it
// throws away. Each of those costs a millisecond or two of WebCrypto here, about a fifth of a
// signed-in page. So this process remembers the tokens it has opened, and a renewal within a
// minute of the last one hands back the same token:
// - Opening: a token string opened once opens to the same claims every time (it is encrypted and
//   authenticated under our secret, so no other string can match it); only its expiry can change
//   its answer, and that is checked on every use, as Auth.js checks it (15 s clock tolerance).
// - Renewing: the idle timeout counts from the token's issue time, now renewed at most once a
//   minute, so a session ends after 29 to 30 idle minutes instead of exactly 30. A token renewed
//   in the last minute renews to the same new token if it comes again (the requests a browser had
//   in flight when it was renewed, or a client that keeps no cookies), not to a new one each time.
// Nothing here decides who someone is: every page, action and route handler still checks the
// session against the account in the database on every request (auth.ts, the jwt callback).
import { decode as openToken, encode as sealToken, type JWT, type JWTDecodeParams, type JWTEncodeParams } from 'next-auth/jwt';

/** A renewal sooner than this after the token was issued hands back the same token. */
export const RENEW_AFTER_SECONDS = 60;
/** Auth.js's own leeway on a token's expiry. */
const CLOCK_TOLERANCE_SECONDS = 15;
/** Tokens remembered: one or two per person active in the last minute or so; the oldest go first. */
const REMEMBERED = 10_000;

type Opened = { token: string; claims: JWT };
/** A token sealed to renew another: when, and the claims it was sealed from. */
type Renewal = { token: string; basis: JWT; sealedAt: number };

// Shared by the proxy's and the pages' copies of this module, which Next may load separately.
const memory = globalThis as typeof globalThis & {
  __performancePackSealed?: { byToken: Map<string, Opened>; byId: Map<string, Opened>; renewals: Map<string, Renewal> };
};
const remembered = (memory.__performancePackSealed ??= { byToken: new Map(), byId: new Map(), renewals: new Map() });

const nowSeconds = () => Math.floor(Date.now() / 1000);

function remember<T>(key: string, opened: T, map: Map<string, T>) {
  map.delete(key);
  map.set(key, opened);
  if (map.size > REMEMBERED) map.delete(map.keys().next().value!);
}

/** The same claims, in a fresh object: Auth.js's callbacks change the token they are given. */
const copyOf = (claims: JWT): JWT => structuredClone(claims);

/** Claims compared by value, whatever their order. */
function sameClaims(a: JWT, b: JWT): boolean {
  const canonical = (claims: JWT) => JSON.stringify(Object.keys(claims).sort().map((key) => [key, claims[key]]));
  return canonical(a) === canonical(b);
}

/** Auth.js's `jwt.decode`, remembering what it opened. */
export async function openSession(params: JWTDecodeParams): Promise<JWT | null> {
  const { token, salt } = params;
  if (!token) return null;
  const key = `${salt}\u0000${token}`;
  const known = remembered.byToken.get(key);
  if (known) {
    const expires = typeof known.claims.exp === 'number' ? known.claims.exp : 0;
    if (expires + CLOCK_TOLERANCE_SECONDS > nowSeconds()) return copyOf(known.claims);
    remembered.byToken.delete(key);
  }
  const claims = await openToken(params);
  if (!claims) return null;
  const opened = { token, claims: copyOf(claims) };
  remember(key, opened, remembered.byToken);
  if (typeof claims.jti === 'string') remember(`${salt}\u0000${claims.jti}`, opened, remembered.byId);
  return claims;
}

/**
 * Auth.js's `jwt.encode`: the same token again when it is under a minute old and its claims are
 * unchanged; the same renewal again when it was sealed under a minute ago from the same claims.
 */
export async function sealSession(params: JWTEncodeParams<JWT>): Promise<string> {
  const { token: claims, salt } = params;
  if (!claims || typeof claims.jti !== 'string' || typeof claims.iat !== 'number') return sealToken(params);
  const id = `${salt}\u0000${claims.jti}`;
  const known = remembered.byId.get(id);
  if (known && nowSeconds() - claims.iat < RENEW_AFTER_SECONDS && sameClaims(known.claims, claims)) return known.token;
  const renewal = remembered.renewals.get(id);
  if (renewal && nowSeconds() - renewal.sealedAt < RENEW_AFTER_SECONDS && sameClaims(renewal.basis, claims)) return renewal.token;
  const basis = copyOf(claims);
  const token = await sealToken(params);
  remember(id, { token, basis, sealedAt: nowSeconds() }, remembered.renewals);
  return token;
}
