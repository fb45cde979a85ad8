// What the server checks before Next sees a request: things Next itself answers with a 500 or
// takes on trust. Plain Node, no build step, so scripts/server.mjs can load it directly.

/** The largest file any form takes (a figures import: lib/import/file-limit.ts). */
export const FILE_LIMIT_BYTES = 1024 * 1024;
/**
 * The largest request body: a largest file with room for the form around it (the form's other
 * fields, and the state React sends back with an action, such as an import's preview rows).
 * next.config.js gives server actions the same limit.
 */
export const BODY_LIMIT_BYTES = FILE_LIMIT_BYTES + 256 * 1024;
export const ALLOWED_METHODS = ['GET', 'HEAD', 'POST'];

/** Headers that only a trusted reverse proxy may set. */
const PROXY_HEADERS = ['x-forwarded-host', 'x-forwarded-proto', 'x-forwarded-port', 'forwarded', 'x-real-ip'];

const PLAIN_HEADERS = {
  'content-type': 'text/plain; charset=utf-8',
  'cache-control': 'no-store',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
};

/**
 * Either a refusal to send as it is ({ status, headers, body }), or null: pass the request on,
 * after `forwardedHeaders` has set who it came from.
 */
export function refusal({ method, headers, url = '/' }) {
  if (!ALLOWED_METHODS.includes(method)) {
    return { status: 405, headers: { ...PLAIN_HEADERS, allow: ALLOWED_METHODS.join(', ') }, body: 'This address only answers GET, HEAD and POST.\n' };
  }
  if (method === 'POST' || headers['content-length'] !== undefined || headers['transfer-encoding'] !== undefined) {
    const length = headers['content-length'];
    if (length === undefined) {
      if (headers['transfer-encoding'] === undefined) return null; // no body at all
      return { status: 411, headers: PLAIN_HEADERS, body: 'Send the length of the request body (Content-Length).\n' };
    }
    if (!/^\d+$/.test(length)) return { status: 400, headers: PLAIN_HEADERS, body: 'The Content-Length header is not a number.\n' };
    if (Number(length) > BODY_LIMIT_BYTES) {
      return { status: 413, headers: { ...PLAIN_HEADERS, connection: 'close' }, body: 'The request is too large: a file may be 1 MB at most.\n' };
    }
  }
  if (!wellEncoded(url)) return { status: 400, headers: PLAIN_HEADERS, body: 'The address is not valid: it holds characters encoded wrongly.\n' };
  return null;
}

/**
 * Whether an address's path decodes: percent-escapes that are not UTF-8 (a lone surrogate's
 * "%ED%A0%80", a stray "%E2%80") make Next's router throw and answer 500.
 */
function wellEncoded(url) {
  const path = String(url).split('?')[0];
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * The forwarding headers as Next should see them. The connection's own address goes last in
 * X-Forwarded-For. With no trusted proxy, everything a client wrote in forwarding headers is
 * dropped (Next fills in host and protocol itself); behind trusted proxies, their headers stay,
 * except a protocol that is neither http nor https.
 */
export function forwardedHeaders(headers, peerAddress, trustedProxyHops) {
  const out = { ...headers };
  const peer = peerAddress ?? 'unknown';
  if (trustedProxyHops === 0) {
    for (const name of PROXY_HEADERS) delete out[name];
    out['x-forwarded-for'] = peer;
  } else {
    out['x-forwarded-for'] = headers['x-forwarded-for'] ? `${headers['x-forwarded-for']}, ${peer}` : peer;
    const proto = String(headers['x-forwarded-proto'] ?? '').split(',')[0].trim().toLowerCase();
    if (proto !== 'http' && proto !== 'https') delete out['x-forwarded-proto'];
  }
  return out;
}

/**
 * Bodies Next parses without a guard, answering anything malformed with a 500: a server action's
 * arguments (JSON, or a multipart form) and a form posted without JavaScript (multipart). True
 * when the body has to be read and checked before Next sees it.
 */
export function bodyNeedsCheck({ method, headers }) {
  if (method !== 'POST') return false;
  return headers['next-action'] !== undefined || isMultipart(headers);
}

const isMultipart = (headers) => String(headers['content-type'] ?? '').toLowerCase().startsWith('multipart/form-data');

/**
 * The special values React's reply format may carry in this product's actions: an escaped "$",
 * a form ($K), a temporary reference, undefined, dates and the odd numbers. Anything else (a
 * reference to another part, a promise, a stream, a server function) is never sent by these forms,
 * and a reference to a part that is not there makes React fail the whole request.
 */
const ALLOWED_SPECIAL = /^\$(\$|K[0-9a-f]+$|T$|undefined$|NaN$|Infinity$|-Infinity$|-0$|D)/;

function specialValuesAllowed(value) {
  if (typeof value === 'string') return !value.startsWith('$') || ALLOWED_SPECIAL.test(value);
  if (Array.isArray(value)) return value.every(specialValuesAllowed);
  if (value && typeof value === 'object') return Object.values(value).every(specialValuesAllowed);
  return true;
}

/** An action's arguments: a JSON list, with only the special values above. */
const readsAsReply = (text) => {
  try {
    const value = JSON.parse(text);
    return Array.isArray(value) && specialValuesAllowed(value);
  } catch {
    return false;
  }
};

/** Null when Next can read the body; otherwise a 400 to send. */
export async function bodyRefusal(headers, body) {
  const refused = { status: 400, headers: PLAIN_HEADERS, body: 'The request could not be read.\n' };
  const action = headers['next-action'] !== undefined;
  if (isMultipart(headers)) {
    let form;
    try {
      form = await new Response(body, { headers: { 'content-type': String(headers['content-type']) } }).formData();
    } catch {
      return refused;
    }
    // A server action's arguments are the JSON in the form's field "0".
    if (action) {
      const root = form.get('0');
      if (typeof root !== 'string' || !readsAsReply(root)) return refused;
    }
    return null;
  }
  if (!action || String(headers['content-type'] ?? '').toLowerCase().startsWith('application/x-www-form-urlencoded')) return null;
  return readsAsReply(body.toString('utf8')) ? null : refused;
}
