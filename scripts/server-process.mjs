// One server process: Next's own request handler behind the checks of scripts/request-gate.mjs.
// Next alone answers TRACE and over-large bodies with a 500, and keeps a client's X-Forwarded-For
// as the address it came from; here a request gets a 405, 413 or 411 instead, and the connection's
// own address is always on record. Started by scripts/server.mjs, alone or as one of its workers.
// Listens on 127.0.0.1 unless HOST says otherwise; PORT, default 3000.
import cluster from 'node:cluster';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import next from 'next';
import { createPackCache, packPublished } from './pack-cache.mjs';
import { newestVersionIn } from './pack-newest.mjs';
import { createRequestQueue } from './request-queue.mjs';
import { requestsAtOnce, waitsItsTurn } from './request-turns.mjs';
import { bodyNeedsCheck, bodyRefusal, forwardedHeaders, refusal } from './request-gate.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const port = Number.parseInt(process.env.PORT || '3000', 10);
const hostname = process.env.HOST || '127.0.0.1';
const hops = Number.parseInt(process.env.TRUSTED_PROXY_HOPS || '0', 10) || 0;
// Auth.js builds every absolute URL (redirects, single sign-on's return address) from AUTH_URL:
// the configured site address, never a request's Host header.
process.env.SITE_URL ||= `http://localhost:${port}`;
process.env.AUTH_URL ||= new URL(process.env.SITE_URL).origin;

const app = next({ dev: false, dir: root, hostname, port });
// Published packs, once rendered, are answered from memory (scripts/pack-cache.mjs). On
// PostgreSQL other servers may share the database and publish: a kept newest address is checked
// against it. The embedded database is this process's alone, and its own signal suffices.
const newestVersion = process.env.DATABASE_URL ? newestVersionIn(process.env.DATABASE_URL) : undefined;
const packCache = createPackCache({ newestVersion });
packPublished().addEventListener('published', (event) => packCache.forgetNewest(event.detail));
const nextHandler = app.getRequestHandler();
// Pages are drawn REQUESTS_AT_ONCE at a time, the rest in the order they came
// (scripts/request-queue.mjs, which says why); only page views wait (scripts/request-turns.mjs).
const queue = createRequestQueue(requestsAtOnce());
const handle = (request, response) =>
  waitsItsTurn(request) ? queue.run(response, () => nextHandler(request, response)) : nextHandler(request, response);
await app.prepare();

function send(request, response, refused) {
  response.writeHead(refused.status, refused.headers);
  response.end(request.method === 'HEAD' ? undefined : refused.body);
}

/** The whole body, by events: iterating the request would destroy its socket at the end. */
function readBody(request) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

/** The request again, with its body already read: Next reads it as if from the network. */
function withBody(request, body) {
  const copy = new http.IncomingMessage(request.socket);
  Object.assign(copy, {
    method: request.method,
    url: request.url,
    headers: request.headers,
    rawHeaders: request.rawHeaders,
    httpVersion: request.httpVersion,
    httpVersionMajor: request.httpVersionMajor,
    httpVersionMinor: request.httpVersionMinor,
  });
  copy.push(body);
  copy.push(null);
  // Marked whole, as Node marks a request it has read: an incomplete one destroys its socket when it ends.
  copy.complete = true;
  return copy;
}

async function serve(request, response) {
  const refused = refusal({ method: request.method ?? '', headers: request.headers, url: request.url ?? '/' });
  if (refused) return send(request, response, refused);
  const packKey = packCache.keyOf(request);
  if (packKey) {
    const kept = await packCache.lookup(packKey);
    if (kept) return packCache.respond(request, response, kept);
    if (request.method === 'GET') packCache.capture(packKey, request, response);
  }
  const headers = forwardedHeaders(request.headers, request.socket.remoteAddress, hops);
  for (const name of Object.keys(request.headers)) if (!(name in headers)) delete request.headers[name];
  Object.assign(request.headers, headers);
  if (bodyNeedsCheck({ method: request.method, headers: request.headers })) {
    // At most BODY_LIMIT_BYTES: refusal() has checked the length.
    const body = await readBody(request);
    const unreadable = await bodyRefusal(request.headers, body);
    if (unreadable) return send(request, response, unreadable);
    return handle(withBody(request, body), response);
  }
  return handle(request, response);
}

const server = http.createServer((request, response) => {
  serve(request, response).catch((error) => {
    console.error('[server] request failed:', error);
    if (!response.headersSent) response.writeHead(500, { 'cache-control': 'no-store' });
    response.end();
  });
});

// A worker among several says nothing: the first process says once that they all listen.
server.listen(port, hostname, () => {
  if (!cluster.isWorker) console.log(`Performance Pack listening on http://${hostname}:${port}`);
});

function stop() {
  // The mail worker (started by instrumentation.ts) starts nothing new and finishes the message it
  // is sending; one cut off by the deadline below is sent again when its lease ends.
  const mailStopped = Promise.resolve(globalThis.__performancePackMailWorker?.stop()).catch(() => {});
  server.close(() => {
    void newestVersion?.end();
    void mailStopped.then(() => process.exit(0));
  });
  // Connections kept alive by browsers would hold the close open.
  server.closeAllConnections?.();
  setTimeout(() => process.exit(0), 5000).unref();
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
