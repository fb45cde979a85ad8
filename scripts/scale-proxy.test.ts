// The scale-out run's proxy, with real servers behind it: turns, pinning, and the client's address.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createBalancer } from './scale-proxy.mjs';

const open: http.Server[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

async function listen(server: http.Server): Promise<number> {
  open.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

/** An app server that answers with its name, the proxy's address and what it was sent. */
async function appServer(name: string) {
  return listen(
    http.createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (c) => chunks.push(c)).on('end', () => {
        response.writeHead(200, { 'content-type': 'application/json', 'set-cookie': ['one=1', 'two=2'] });
        response.end(JSON.stringify({ name, peer: request.socket.remoteAddress, headers: request.headers, body: Buffer.concat(chunks).toString() }));
      });
    }),
  );
}

async function balancer() {
  const servers = [{ name: 'a', port: await appServer('a') }, { name: 'b', port: await appServer('b') }];
  const { proxy, answered } = createBalancer({ servers, localAddress: '127.0.0.3' });
  const port = await listen(proxy);
  return { answered, url: `http://127.0.0.1:${port}` };
}

describe('the scale-out proxy', () => {
  it('sends each request to the next server in turn and says which answered', async () => {
    const { url, answered } = await balancer();
    const names = [];
    for (let i = 0; i < 4; i++) {
      const response = await fetch(`${url}/x`);
      const body = await response.json();
      expect(response.headers.get('x-served-by')).toBe(body.name);
      expect(response.headers.getSetCookie()).toEqual(['one=1', 'two=2']);
      names.push(body.name);
    }
    expect(names).toEqual(['a', 'b', 'a', 'b']);
    expect(answered).toEqual({ a: 2, b: 2 });
  });

  it('sends a request to the server it names, without the naming header, body and all', async () => {
    const { url } = await balancer();
    for (const name of ['b', 'b', 'a']) {
      const response = await fetch(`${url}/form`, { method: 'POST', body: 'figure=94.5', headers: { 'x-scale-server': name } });
      const body = await response.json();
      expect(body.name).toBe(name);
      expect(body.body).toBe('figure=94.5');
      expect(body.headers['x-scale-server']).toBeUndefined();
    }
    expect((await fetch(`${url}/`, { headers: { 'x-scale-server': 'c' } })).status).toBe(400);
  });

  it("appends the client's address to X-Forwarded-For and connects from an address of its own", async () => {
    const { url } = await balancer();
    const body = await (await fetch(`${url}/`, { headers: { 'x-forwarded-for': '203.0.113.9' } })).json();
    expect(body.headers['x-forwarded-for']).toBe('203.0.113.9, 127.0.0.1');
    expect(body.peer).toBe('127.0.0.3');
    expect(body.headers.host).toBe(new URL(url).host);
  });
});
