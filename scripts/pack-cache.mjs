// A shared HTTP cache in this server's memory, in front of Next, for published packs only.
//
// A published version never changes, so once Next has rendered it, it is bytes: this cache keeps
// those bytes and answers the next request for them itself, as a CDN would, without waking Next,
// the proxy or the database. It obeys the response's own Cache-Control, so the route handler alone
// decides what may be shared: a public version ("public, max-age=…, immutable") is kept; a
// members-only one ("private, no-store") never is, and neither is anything that sets a cookie.
// The newest-version address (/packs/2020-10) is kept for its s-maxage (a minute) and dropped at
// once when this server publishes a new version of that month (see packPublished below). Where
// several servers share one database (DATABASE_URL), another may publish: then a kept newest
// address is answered from memory only while the database's newest version of the month is still
// the one it holds (`newestVersion`, one indexed query), so no server serves a superseded version.
// A version's own address (/packs/2020-10/v1) never changes and needs no such check.
import zlib from 'node:zlib';

const CACHEABLE_PATH = /^\/packs\/\d{4}-(?:0[1-9]|1[0-2])(?:\/v[1-9]\d{0,5}(?:\.(?:pdf|csv|xlsx))?)?$/;
/** A month's newest address, which changes when a version is published: "/packs/2020-10". */
const NEWEST_PATH = /^\/packs\/(\d{4}-\d{2})$/;
/** Headers that describe one transfer, not the document: set again on every answer. */
const TRANSFER_HEADERS = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'date', 'content-encoding', 'age', 'vary']);
const COMPRESSIBLE = /^(?:text\/|application\/(?:json|xml))/;
const MAX_ENTRY_BYTES = 16 * 1024 * 1024;
/**
 * Next names its client router's headers in Vary on every response it routes, but a route
 * handler's answer (every pack address is one) does not depend on them: only these may be ignored.
 */
const NEXT_ROUTER_HEADERS = new Set(['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch', 'next-url']);

/**
 * The process-wide signal that a pack was published ("2020-10"), shared with the app's code through
 * globalThis because Next's bundles and this file are separate module graphs in one process
 * (lib/packs/published-signal.ts reads the same symbol).
 */
export function packPublished() {
  const key = Symbol.for('performance-pack.pack-published');
  globalThis[key] ??= new EventTarget();
  return globalThis[key];
}

/** How long a stored response may be shared, in seconds, or 0 when it may not be stored. */
export function sharedLifetime(cacheControl) {
  const directives = new Map(
    String(cacheControl ?? '')
      .toLowerCase()
      .split(',')
      .map((part) => part.trim().split('='))
      .filter(([name]) => name)
      .map(([name, value]) => [name, value]),
  );
  if (!directives.has('public') || directives.has('private') || directives.has('no-store') || directives.has('no-cache')) return 0;
  const seconds = Number.parseInt(directives.get('s-maxage') ?? directives.get('max-age') ?? '0', 10);
  return Number.isFinite(seconds) && seconds > 0 ? seconds : 0;
}

/** The version a newest-address answer names in its Content-Location ("/packs/2020-10/v2" → 2), or null. */
export function answeredVersion(key, contentLocation) {
  const month = NEWEST_PATH.exec(key)?.[1];
  const match = /^\/packs\/(\d{4}-\d{2})\/v([1-9]\d{0,5})$/.exec(String(contentLocation ?? ''));
  return month && match && match[1] === month ? Number(match[2]) : null;
}

/**
 * `newestVersion(month)`, when given, resolves to the newest published version of "2020-10" in the
 * shared database (or null): a kept newest address is then served only while it is that version.
 */
export function createPackCache({ maxBytes = 64 * 1024 * 1024, now = () => Date.now(), newestVersion } = {}) {
  /** path → { headers, body, gzip, etag, storedAt, lifetime, size, version }, least recently used first. */
  const entries = new Map();
  let bytes = 0;

  const remove = (key) => {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    bytes -= entry.size;
  };

  /** The cache key of a request it may answer: GET or HEAD of a pack address, without a query. */
  function keyOf(request) {
    if (request.method !== 'GET' && request.method !== 'HEAD') return null;
    const url = request.url ?? '';
    return CACHEABLE_PATH.test(url) ? url : null;
  }

  /** The kept answer for a key, or null; a promise, as a newest address may be checked with the database. */
  async function lookup(key) {
    const entry = entries.get(key);
    if (!entry) return null;
    if (now() - entry.storedAt >= entry.lifetime * 1000) {
      remove(key);
      return null;
    }
    if (newestVersion && entry.version !== null) {
      let newest;
      try {
        newest = await newestVersion(NEWEST_PATH.exec(key)[1]);
      } catch (error) {
        // Let Next answer: it reads the database itself and says what went wrong.
        console.error('[pack-cache] the newest published version could not be checked:', error);
        return null;
      }
      if (newest !== entry.version) {
        // Only this entry: another request may have kept a newer answer meanwhile.
        if (entries.get(key) === entry) remove(key);
        return null;
      }
    }
    // Most recently used last: the first entries are the ones to drop when full.
    entries.delete(key);
    entries.set(key, entry);
    return entry;
  }

  function store(key, response, body) {
    if (response.statusCode !== 200 || body.length > MAX_ENTRY_BYTES) return;
    const lifetime = sharedLifetime(response.getHeader('cache-control'));
    if (!lifetime || response.getHeader('set-cookie') !== undefined) return;
    const vary = String(response.getHeader('vary') ?? '').toLowerCase().split(',').map((v) => v.trim()).filter(Boolean);
    if (vary.some((name) => name !== 'accept-encoding' && !NEXT_ROUTER_HEADERS.has(name))) return;
    const version = answeredVersion(key, response.getHeader('content-location'));
    // A newest address that does not say which version it is cannot be checked: not kept.
    if (newestVersion && NEWEST_PATH.test(key) && version === null) return;
    const headers = {};
    for (const [name, value] of Object.entries(response.getHeaders())) if (!TRANSFER_HEADERS.has(name)) headers[name] = value;
    const compressible = COMPRESSIBLE.test(String(headers['content-type'] ?? ''));
    const gzip = compressible ? zlib.gzipSync(body, { level: 9 }) : null;
    const size = body.length + (gzip?.length ?? 0);
    if (size > maxBytes) return;
    remove(key);
    entries.set(key, { headers, body, gzip, etag: headers.etag ?? null, storedAt: now(), lifetime, size, version });
    bytes += size;
    for (const oldest of entries.keys()) {
      if (bytes <= maxBytes) break;
      remove(oldest);
    }
  }

  /** Lets Next answer, and keeps a copy of the answer if its headers say it may be shared. */
  function capture(key, request, response) {
    // Kept uncompressed and compressed once here, so Next need not compress for this client.
    delete request.headers['accept-encoding'];
    const chunks = [];
    let length = 0;
    const write = response.write;
    const end = response.end;
    const writeHead = response.writeHead;
    // Headers given to writeHead are not readable back by getHeaders(): set them one by one.
    response.writeHead = function (status, reason, headers) {
      const given = typeof reason === 'string' ? headers : reason;
      if (given && !Array.isArray(given)) for (const [name, value] of Object.entries(given)) this.setHeader(name, value);
      return typeof reason === 'string' ? writeHead.call(this, status, reason) : writeHead.call(this, status);
    };
    const keep = (chunk, encoding) => {
      if (chunk === undefined || chunk === null || typeof chunk === 'function' || length > MAX_ENTRY_BYTES) return;
      const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8');
      chunks.push(buffer);
      length += buffer.length;
    };
    response.write = function (chunk, encoding, callback) {
      keep(chunk, encoding);
      return write.call(this, chunk, encoding, callback);
    };
    response.end = function (chunk, encoding, callback) {
      keep(chunk, encoding);
      try {
        store(key, response, Buffer.concat(chunks));
      } catch (error) {
        console.error('[pack-cache] a response could not be kept:', error);
      }
      return end.call(this, chunk, encoding, callback);
    };
  }

  function respond(request, response, entry) {
    const age = Math.floor((now() - entry.storedAt) / 1000);
    const headers = { ...entry.headers, age: String(age), 'x-pack-cache': 'hit' };
    if (entry.gzip) headers.vary = 'Accept-Encoding';
    const ifNoneMatch = String(request.headers['if-none-match'] ?? '');
    if (entry.etag && ifNoneMatch.split(',').some((tag) => tag.trim() === entry.etag || tag.trim() === '*')) {
      response.writeHead(304, headers);
      return response.end();
    }
    const gzip = entry.gzip && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    const body = gzip ? entry.gzip : entry.body;
    if (gzip) headers['content-encoding'] = 'gzip';
    headers['content-length'] = String(body.length);
    response.writeHead(200, headers);
    response.end(request.method === 'HEAD' ? undefined : body);
  }

  /** Forgets the newest-version address of a month, when a new version of it is published. */
  function forgetNewest(month) {
    remove(`/packs/${month}`);
  }

  return { keyOf, lookup, capture, respond, forgetNewest, stats: () => ({ entries: entries.size, bytes }) };
}
