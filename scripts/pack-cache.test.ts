// The front's pack cache, with a real HTTP server: what it keeps, what it never keeps, and what
// it answers from memory.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { answeredVersion, createPackCache, packPublished, sharedLifetime } from './pack-cache.mjs';

type Answer = { status?: number; headers: Record<string, string>; body: string };

/** A server whose "app" answers `answer()` and counts how often it was asked. */
async function serverWith(
  answer: (url: string) => Answer,
  options: { now?: () => number; newestVersion?: (month: string) => Promise<number | null> } = {},
) {
  const cache = createPackCache({ maxBytes: 1024 * 1024, ...options });
  const seen: { url: string; acceptEncoding?: string }[] = [];
  const server = http.createServer(async (request, response) => {
    const key = cache.keyOf(request);
    if (key) {
      const kept = await cache.lookup(key);
      if (kept) return cache.respond(request, response, kept);
      if (request.method === 'GET') cache.capture(key, request, response);
    }
    seen.push({ url: request.url!, acceptEncoding: request.headers['accept-encoding'] as string | undefined });
    const { status = 200, headers, body } = answer(request.url!);
    response.writeHead(status, headers);
    // Written in two parts, as Next streams.
    response.write(body.slice(0, 3));
    response.end(body.slice(3));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  servers.push(server);
  return { cache, seen, get: (path: string, headers: Record<string, string> = {}) => fetch(`${base}${path}`, { headers }) };
}

const servers: http.Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

const PUBLIC = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'public, max-age=31536000, immutable', etag: '"abc"' };

describe('the pack cache', () => {
  it('answers a public version from memory after the first request, the same bytes and headers', async () => {
    const app = await serverWith(() => ({ headers: { ...PUBLIC, 'content-security-policy': "default-src 'none'" }, body: '<p>October</p>' }));
    const first = await app.get('/packs/2020-10/v1');
    const second = await app.get('/packs/2020-10/v1');
    expect(await first.text()).toBe('<p>October</p>');
    expect(await second.text()).toBe('<p>October</p>');
    expect(app.seen).toHaveLength(1);
    expect(second.headers.get('x-pack-cache')).toBe('hit');
    expect(second.headers.get('content-security-policy')).toBe("default-src 'none'");
    expect(second.headers.get('etag')).toBe('"abc"');
  });

  it('keeps the bytes uncompressed and sends them gzipped to a client that asks', async () => {
    const body = '<p>' + 'October '.repeat(500) + '</p>';
    const app = await serverWith(() => ({ headers: PUBLIC, body }));
    await app.get('/packs/2020-10/v1', { 'accept-encoding': 'gzip' });
    expect(app.seen[0]!.acceptEncoding).toBeUndefined();
    const response = await fetch(`${(await app.get('/packs/2020-10/v1')).url}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(await response.text()).toBe(body); // fetch decompresses
    const raw = await new Promise<Buffer>((resolve) =>
      http.get(response.url, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c) => chunks.push(c)).on('end', () => resolve(Buffer.concat(chunks)));
      }),
    );
    expect(zlib.gunzipSync(raw).toString()).toBe(body);
  });

  it("keeps a response whose Vary names only Next's router headers, which a route handler's answer does not depend on", async () => {
    const app = await serverWith(() => ({ headers: { ...PUBLIC, vary: 'rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding' }, body: 'x' }));
    await app.get('/packs/2020-10/v1');
    expect((await app.get('/packs/2020-10/v1', { rsc: '1' })).headers.get('x-pack-cache')).toBe('hit');
  });

  it('answers 304 to a client that has the version already', async () => {
    const app = await serverWith(() => ({ headers: PUBLIC, body: 'x' }));
    await app.get('/packs/2020-10/v1');
    const again = await app.get('/packs/2020-10/v1', { 'if-none-match': '"abc"' });
    expect(again.status).toBe(304);
    expect(app.seen).toHaveLength(1);
  });

  it('never keeps a members-only pack, a refusal, a cookie or a response that varies by anything else', async () => {
    const answers: Record<string, Answer> = {
      '/packs/2020-10/v1': { headers: { 'content-type': 'text/html', 'cache-control': 'private, no-store' }, body: 'members' },
      '/packs/2020-10/v2': { status: 404, headers: { 'content-type': 'text/html', 'cache-control': 'public, max-age=60' }, body: 'nope' },
      '/packs/2020-10/v3': { headers: { ...PUBLIC, 'set-cookie': 'a=b' }, body: 'cookie' },
      '/packs/2020-10/v4': { headers: { ...PUBLIC, vary: 'Cookie' }, body: 'varies' },
      '/packs/2020-10/v5': { headers: { 'content-type': 'text/html', 'cache-control': 'public, no-cache' }, body: 'no-cache' },
    };
    const app = await serverWith((url) => answers[url]!);
    for (const url of Object.keys(answers)) {
      await app.get(url);
      await app.get(url);
    }
    expect(app.seen).toHaveLength(10);
    expect(app.cache.stats().entries).toBe(0);
  });

  it('answers only pack addresses without a query, and only GET and HEAD', () => {
    const cache = createPackCache();
    const key = (method: string, url: string) => cache.keyOf({ method, url });
    expect(key('GET', '/packs/2020-10')).toBe('/packs/2020-10');
    expect(key('HEAD', '/packs/2020-10/v2.pdf')).toBe('/packs/2020-10/v2.pdf');
    for (const url of ['/packs', '/packs/2020-10?x=1', '/packs/2020-13', '/packs/2020-10/v1.exe', '/packs/2020-10/v1/x', '/measures', '/packs/../measures']) {
      expect(key('GET', url), url).toBeNull();
    }
    expect(key('POST', '/packs/2020-10')).toBeNull();
  });

  it("keeps a month's newest version for its s-maxage, and forgets it when a new version is published", async () => {
    let clock = 0;
    let version = 1;
    const app = await serverWith(
      () => ({ headers: { 'content-type': 'text/html', 'cache-control': 'public, max-age=0, s-maxage=60, must-revalidate' }, body: `v${version}` }),
      { now: () => clock },
    );
    expect(await (await app.get('/packs/2020-10')).text()).toBe('v1');
    version = 2;
    clock = 59_000;
    expect(await (await app.get('/packs/2020-10')).text()).toBe('v1');
    clock = 60_000;
    expect(await (await app.get('/packs/2020-10')).text()).toBe('v2');
    version = 3;
    const listener = (event: Event) => app.cache.forgetNewest((event as CustomEvent<string>).detail);
    packPublished().addEventListener('published', listener);
    try {
      packPublished().dispatchEvent(new CustomEvent('published', { detail: '2020-10' }));
    } finally {
      packPublished().removeEventListener('published', listener);
    }
    expect(await (await app.get('/packs/2020-10')).text()).toBe('v3');
  });

  describe('with a database other servers publish to', () => {
    const NEWEST = { 'content-type': 'text/html', 'cache-control': 'public, max-age=0, s-maxage=60, must-revalidate' };

    /** A month whose newest version another server may publish: the app answers it, naming it. */
    async function sharedMonth() {
      const database = { newest: 1, asked: [] as string[], down: false };
      const app = await serverWith(
        () => ({ headers: { ...NEWEST, 'content-location': `/packs/2020-10/v${database.newest}` }, body: `v${database.newest}` }),
        {
          newestVersion: async (month) => {
            database.asked.push(month);
            if (database.down) throw new Error('connection refused');
            return database.newest;
          },
        },
      );
      return { app, database };
    }

    it("serves a kept newest address only while it is the database's newest version, with no signal from the publishing server", async () => {
      const { app, database } = await sharedMonth();
      expect(await (await app.get('/packs/2020-10')).text()).toBe('v1');
      const kept = await app.get('/packs/2020-10');
      expect(kept.headers.get('x-pack-cache')).toBe('hit');
      expect(await kept.text()).toBe('v1');
      expect(database.asked).toEqual(['2020-10']);
      // Published on another server: this one's clock and signal know nothing of it.
      database.newest = 2;
      const next = await app.get('/packs/2020-10');
      expect(next.headers.get('x-pack-cache')).toBeNull();
      expect(await next.text()).toBe('v2');
      expect((await app.get('/packs/2020-10')).headers.get('x-pack-cache')).toBe('hit');
      expect(app.seen.map((s) => s.url)).toEqual(['/packs/2020-10', '/packs/2020-10']);
    });

    it("never asks the database about a version's own address, which never changes", async () => {
      const { app, database } = await sharedMonth();
      await app.get('/packs/2020-10/v1');
      expect((await app.get('/packs/2020-10/v1')).headers.get('x-pack-cache')).toBe('hit');
      expect(database.asked).toEqual([]);
    });

    it('lets the app answer when the database cannot be asked', async () => {
      const { app, database } = await sharedMonth();
      await app.get('/packs/2020-10');
      database.down = true;
      const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
      const answer = await app.get('/packs/2020-10');
      expect(logged).toHaveBeenCalledOnce();
      logged.mockRestore();
      expect(answer.headers.get('x-pack-cache')).toBeNull();
      expect(app.seen).toHaveLength(2);
    });

    it('does not keep a newest address that does not say which version it is', async () => {
      const app = await serverWith(() => ({ headers: NEWEST, body: 'v1' }), { newestVersion: async () => 1 });
      await app.get('/packs/2020-10');
      await app.get('/packs/2020-10');
      expect(app.seen).toHaveLength(2);
      expect(app.cache.stats().entries).toBe(0);
    });
  });

  it('drops the least recently used when full', async () => {
    const app = await serverWith((url) => ({ headers: { 'content-type': 'application/pdf', 'cache-control': PUBLIC['cache-control'] }, body: url.padEnd(400_000, '.') }));
    for (const v of [1, 2, 3]) await app.get(`/packs/2020-10/v${v}.pdf`);
    expect(app.cache.stats().entries).toBe(2);
    expect(app.cache.stats().bytes).toBeLessThanOrEqual(1024 * 1024);
  });
});

describe('sharedLifetime', () => {
  it('reads how long a response may be shared', () => {
    expect(sharedLifetime('public, max-age=31536000, immutable')).toBe(31536000);
    expect(sharedLifetime('public, max-age=0, s-maxage=60')).toBe(60);
    expect(sharedLifetime('private, no-store')).toBe(0);
    expect(sharedLifetime('public')).toBe(0);
    expect(sharedLifetime(undefined)).toBe(0);
    expect(sharedLifetime('max-age=60')).toBe(0);
  });
});

describe('answeredVersion', () => {
  it("reads the version a month's newest address answered with, and only for that month", () => {
    expect(answeredVersion('/packs/2020-10', '/packs/2020-10/v2')).toBe(2);
    expect(answeredVersion('/packs/2020-10', '/packs/2020-09/v2')).toBeNull();
    expect(answeredVersion('/packs/2020-10', undefined)).toBeNull();
    expect(answeredVersion('/packs/2020-10/v1', '/packs/2020-10/v1')).toBeNull();
    expect(answeredVersion('/packs/2020-10', '/packs/2020-10/v2.pdf')).toBeNull();
  });
});
