/**
 * The network address a request came from, for sign-in throttling and the audit log. Behind a
 * reverse proxy this is the last address it appended to X-Forwarded-For; make sure the proxy sets
 * that header, or the address limit can be dodged (the per-account limit cannot).
 */
export function clientAddress(headers: Pick<Headers, 'get'>): string {
  const forwarded = headers.get('x-forwarded-for');
  const last = forwarded?.split(',').map((part) => part.trim()).filter(Boolean).at(-1);
  return last || headers.get('x-real-ip') || 'unknown';
}
