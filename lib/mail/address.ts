// The sender's address (MAIL_FROM): "performance@council.gov.uk" or
// "Performance Pack <performance@council.gov.uk>". Parsed strictly, once, at start: a typo here
// would otherwise show only as every message refused by the mail server.

export type MailAddress = { name: string | null; address: string };

const ADDRESS = /^[^\s@<>"(),;:\\[\]]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$/;
const NAMED = /^(?:"([^"\r\n]*)"|([^<>"\r\n]*?))\s*<([^<>\s]+)>$/;

/** The name and address, or null when the value is neither an address nor "Name <address>". */
export function parseMailAddress(value: string): MailAddress | null {
  const trimmed = value.trim();
  if (ADDRESS.test(trimmed)) return { name: null, address: trimmed };
  const named = NAMED.exec(trimmed);
  if (!named) return null;
  const address = named[3]!;
  if (!ADDRESS.test(address)) return null;
  const name = (named[1] ?? named[2] ?? '').trim();
  return { name: name || null, address };
}

/** The part after the @: the domain a Message-ID is made in. */
export function domainOf(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1).toLowerCase();
}
