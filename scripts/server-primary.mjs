// The first process of a server with several workers: it draws no page. It starts the workers,
// replaces one that dies (unless they keep dying: then something is wrong that a restart will not
// mend, and it stops with a sentence), and on SIGTERM or SIGINT stops them all and exits.
import cluster from 'node:cluster';

// More deaths than this within the window stop the server: a worker that cannot start (a bad
// setting, a database it cannot reach at start) would otherwise be restarted for ever.
const MAX_DEATHS = 5;
const DEATH_WINDOW_MS = 60_000;

export function runWorkers(count) {
  let stopping = false;
  let exitCode = 0;
  const deaths = [];
  let listening = 0;

  const start = () => cluster.fork();
  cluster.on('listening', (worker, address) => {
    listening++;
    if (listening === count) console.log(`Performance Pack listening on http://${address.address}:${address.port} (${count} server processes)`);
  });
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(exitCode);
      return;
    }
    const now = Date.now();
    deaths.push(now);
    while (deaths.length && deaths[0] < now - DEATH_WINDOW_MS) deaths.shift();
    console.error(`[server] worker ${worker.process.pid} stopped (${signal ?? `exit code ${code}`}).`);
    if (deaths.length > MAX_DEATHS) {
      console.error(`[server] ${deaths.length} workers stopped within a minute; stopping the server. The lines above say why.`);
      stop(1);
      return;
    }
    start();
  });

  function stop(code) {
    if (stopping) return;
    stopping = true;
    exitCode = code;
    const running = Object.values(cluster.workers ?? {});
    if (running.length === 0) process.exit(exitCode);
    for (const worker of running) worker?.process.kill('SIGTERM');
    // Each worker closes its connections and exits within five seconds (server-process.mjs).
    setTimeout(() => process.exit(exitCode), 8000).unref();
  }
  process.on('SIGTERM', () => stop(0));
  process.on('SIGINT', () => stop(0));

  for (let i = 0; i < count; i++) start();
}
