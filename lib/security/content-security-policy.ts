// The Content-Security-Policy: scripts only from this site and only with this request's nonce,
// no framing, forms posting only here (and to the council's sign-on, when it is on).
export function contentSecurityPolicy({
  nonce,
  development,
  formTargets = [],
}: {
  nonce: string;
  development: boolean;
  formTargets?: string[];
}): string {
  return [
    "default-src 'self'",
    // 'strict-dynamic' lets Next's nonce'd loader bring in its own chunks; eval only for dev tools.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    `form-action 'self'${formTargets.map((origin) => ` ${origin}`).join('')}`,
    "frame-ancestors 'none'",
  ].join('; ');
}
