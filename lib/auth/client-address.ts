/**
 * The network address a request came from, for sign-in throttling and the audit log.
 * The server (scripts/server.mjs) puts the connection's own address last in X-Forwarded-For,
 * after whatever the request brought. With no reverse proxy (TRUSTED_PROXY_HOPS=0, the default)
 * that last address is the one that counts and anything a client wrote is ignored; behind N
 * proxies that each append the address they saw, it is the Nth from the end.
 */
export function clientAddress(headers: Pick<Headers, 'get'>, trustedProxyHops = configuredHops()): string {
  const chain = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  if (chain.length === 0) return 'unknown';
  // Fewer entries than trusted hops: a proxy was bypassed or misconfigured; the furthest is all there is.
  return chain[Math.max(0, chain.length - 1 - trustedProxyHops)]!;
}

function configuredHops(): number {
  const hops = Number.parseInt(process.env.TRUSTED_PROXY_HOPS ?? '0', 10);
  return Number.isInteger(hops) && hops >= 0 ? hops : 0;
}
