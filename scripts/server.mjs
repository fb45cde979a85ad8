// The production server (`npm start`, the demo, the browser tests and the benchmarks). One process
// (scripts/server-process.mjs) unless WEB_CONCURRENCY asks for more (scripts/server-workers.mjs):
// then this process only keeps that many workers running, and Node's cluster module hands each new
// connection to the next worker in turn. Workers share nothing in memory that decides anything:
// everything they keep is checked against the database (README, "Two servers, one database"),
// exactly as separate servers are.
import cluster from 'node:cluster';
import { requestsAtOnce } from './request-turns.mjs';
import { serverWorkers } from './server-workers.mjs';

const workers = serverWorkers();
if (workers.problem) {
  console.error(workers.problem);
  process.exit(1);
}
try {
  requestsAtOnce();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}

if (workers.count === 1 || cluster.isWorker) {
  await import('./server-process.mjs');
} else {
  await import('./server-primary.mjs').then(({ runWorkers }) => runWorkers(workers.count));
}
