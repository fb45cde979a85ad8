// The reverse proxy of `npm run test:scale`: one loopback address in front of several app servers,
// as a load balancer stands in front of an installation grown past one machine. Each request goes
// to the next server in turn (no sticky sessions), so a person's requests alternate between them.
// A request may name its server in X-Scale-Server, so the run can say "opened on a, saved
// through b"; every answer says which server gave it in X-Served-By. Like any trusted proxy it
// appends the address it saw to X-Forwarded-For: the servers run with TRUSTED_PROXY_HOPS=1.
import http from 'node:http';

/** Request header: the name of the server that must answer ("a"); dropped before it is passed on. */
export const PIN_HEADER = 'x-scale-server';
/** Response header: the name of the server that answered. */
export const SERVED_BY_HEADER = 'x-served-by';

/** Headers of one connection, never passed on (RFC 9110, 7.6.1). */
const HOP_BY_HOP = ['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'te', 'trailer', 'upgrade'];

/**
 * `servers`: [{ name: 'a', port: 4201 }], on 127.0.0.1. `localAddress`: the loopback address the
 * proxy connects to them from (127.0.0.3), so that the servers can tell its address from a
 * client's. Returns the proxy (not yet listening) and how many requests each server answered.
 */
export function createBalancer({ servers, localAddress }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  const answered = Object.fromEntries(servers.map((s) => [s.name, 0]));
  let turn = 0;

  const proxy = http.createServer((request, response) => {
    const pinned = request.headers[PIN_HEADER];
    const target = pinned === undefined ? servers[turn++ % servers.length] : servers.find((s) => s.name === pinned);
    if (!target) {
      response.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
      return response.end(`No server is called ${String(pinned)}.\n`);
    }
    const headers = { ...request.headers };
    for (const name of [PIN_HEADER, ...HOP_BY_HOP]) delete headers[name];
    const peer = request.socket.remoteAddress ?? 'unknown';
    headers['x-forwarded-for'] = headers['x-forwarded-for'] ? `${headers['x-forwarded-for']}, ${peer}` : peer;
    headers['x-forwarded-proto'] = 'http';

    const upstream = http.request(
      { host: '127.0.0.1', port: target.port, method: request.method, path: request.url, headers, agent, localAddress },
      (answer) => {
        answered[target.name]++;
        const out = { ...answer.headers, [SERVED_BY_HEADER]: target.name };
        for (const name of HOP_BY_HOP) delete out[name];
        response.writeHead(answer.statusCode ?? 502, out);
        answer.pipe(response);
      },
    );
    upstream.on('error', (error) => {
      console.error(`[proxy] server ${target.name} did not answer ${request.method} ${request.url}:`, error.message);
      if (!response.headersSent) response.writeHead(502, { 'content-type': 'text/plain; charset=utf-8', [SERVED_BY_HEADER]: target.name });
      response.end();
    });
    request.pipe(upstream);
  });
  proxy.on('close', () => agent.destroy());
  return { proxy, answered };
}
