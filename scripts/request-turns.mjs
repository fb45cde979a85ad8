// Which requests wait their turn in the server's queue (scripts/request-queue.mjs), and how many
// pages are drawn at once.
//
// Only a page being viewed waits: GET or HEAD of a page (and the same page as React's payload, for
// a link followed in the browser). Never kept waiting:
//   - server actions and forms (POST): Next may pass an action on to its own server over HTTP, and
//     that request must not wait behind the one that sent it; a save during a busy minute is
//     answered at once;
//   - Next's static files, and route handlers under /api/: the health check must say at once
//     whether the database answers, even while pages waiting on it hold every place;
//   - files (an address whose last part has a dot: a pack's PDF, CSV or Excel file), which may be
//     made by Chromium reading back from this server.

/**
 * Whether this request waits its turn to be drawn.
 * @param {{ method?: string, url?: string }} request
 */
export function waitsItsTurn(request) {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  const url = request.url ?? '/';
  const path = url.split('?', 1)[0];
  if (path.startsWith('/_next/') || path === '/api' || path.startsWith('/api/')) return false;
  return !path.slice(path.lastIndexOf('/') + 1).includes('.');
}

/**
 * REQUESTS_AT_ONCE, default 4: enough for a page waiting on the database not to hold the others up.
 * @param {Record<string, string | undefined>} [env]
 */
export function requestsAtOnce(env = process.env) {
  const raw = (env.REQUESTS_AT_ONCE ?? '').trim();
  if (raw === '') return 4;
  const count = Number(raw);
  if (!Number.isInteger(count) || count < 1 || count > 1000) {
    throw new Error(`REQUESTS_AT_ONCE must be a whole number from 1 to 1000 (pages drawn at once by each server process), not "${raw}".`);
  }
  return count;
}
