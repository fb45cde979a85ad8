// Where to go after signing in: only a path on this site, never another site. The URL parser
// normalises what it is given (dot segments, backslashes, tabs and newlines removed, percent forms),
// so the check is made on what it returns, not on the raw text: "/.//evil.example" parses to the
// path "//evil.example", which a browser reads as another host.
const BASE = 'http://return-path.invalid';

/** Tabs, newlines and other controls are dropped by URL parsers: refuse them rather than guess. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

export function safeReturnPath(value: unknown, fallback = '/'): string {
  if (typeof value !== 'string' || value === '' || CONTROL.test(value) || value.includes('\\')) return fallback;
  if (!value.startsWith('/')) return fallback;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE || url.username || url.password) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // After normalising it must still be one path on this site: a single leading slash.
  if (!path.startsWith('/') || path.startsWith('//') || path.startsWith('/\\')) return fallback;
  // Read once more, as a browser would read the Location header: still this site, still this path.
  const again = new URL(path, BASE);
  if (again.origin !== BASE || `${again.pathname}${again.search}${again.hash}` !== path) return fallback;
  return path;
}
