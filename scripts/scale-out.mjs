// `npm run test:scale`: two app servers, one PostgreSQL database, as an installation grows past one
// machine. Builds if the build is stale, makes a throwaway database beside DATABASE_URL (default
// postgres://postgres@127.0.0.1:5432/test) seeded with the demo, has November 2020's figures
// submitted by `figures:import` (all but KPI4, which its lead submits in the browser), starts two
// production servers (scripts/server.mjs) from the same build folder with the same AUTH_SECRET,
// NEXT_SERVER_ACTIONS_ENCRYPTION_KEY, SITE_URL and TRUSTED_PROXY_HOPS=1, puts a round-robin proxy
// in front (scripts/scale-proxy.mjs) and runs scripts/scale-checks.mjs in Chromium through it.
// Loopback only; bounded by --minutes for the checks. Exit 1 when any check fails.
//   --port 4200   the proxy; the servers take the next two ports
//   --minutes 6   the most the browser checks may take
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import postgres from 'postgres';
import { CheckFailed, scaleChecks } from './scale-checks.mjs';
import { createBalancer } from './scale-proxy.mjs';
import { buildIfStale, root, run, serverArgs, throwawayDatabase, tsxBin, waitForOk } from './lib.mjs';

const { values } = parseArgs({ options: { port: { type: 'string', default: '4200' }, minutes: { type: 'string', default: '6' } } });
const proxyPort = Number(values.port);
const origin = `http://127.0.0.1:${proxyPort}`;
// Server b runs as two worker processes (WEB_CONCURRENCY, scripts/server.mjs), as a server with two
// cores would: the checks then cross processes within a server as well as between servers.
const SERVERS = [{ name: 'a', port: proxyPort + 1, workers: 1 }, { name: 'b', port: proxyPort + 2, workers: 2 }];
/** The proxy connects from an address of its own, so the servers can tell it from the browser (127.0.0.1). */
const PROXY_ADDRESS = '127.0.0.3';

process.env.DATABASE_URL ||= 'postgres://postgres@127.0.0.1:5432/test';
/** What every server of one installation shares ("Two servers, one database" in README). */
const shared = {
  NODE_ENV: 'production',
  AUTH_SECRET: randomBytes(33).toString('base64'),
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
  SITE_URL: origin,
  TRUSTED_PROXY_HOPS: '1',
  HOST: '127.0.0.1',
  SEED_DEMO_ACCOUNTS: 'true',
};

/** November's figures as a CSV for `figures:import --submit`: October's, for every measure but KPI4. */
async function novemberFigures(sql) {
  const rows = await sql`
    select measures.ref, entries.value::text, entries.secondary_value::text, entries.ytd_value::text, entries.availability::text
    from entries join measures on measures.id = entries.measure_id join periods on periods.id = entries.period_id
    where periods.month = '2020-10-01' and measures.ref <> 'KPI4' order by measures.ref`;
  const lines = rows.map((r) => [r.ref, '2020-11', r.value ?? '', r.secondary_value ?? '', r.ytd_value ?? '', r.availability,
    'As in October: the scale-out run enters the same figures.', 'The current plan continues.'].join(','));
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pp-scale-')), 'november.csv');
  fs.writeFileSync(file, `measure_ref,period,value,secondary_value,ytd_value,availability,commentary,improvement_action\n${lines.join('\n')}\n`);
  return { file, count: rows.length };
}

function startServer({ name, port, workers }, env) {
  const child = spawn(process.execPath, serverArgs, { cwd: root, env: { ...env, PORT: String(port), WEB_CONCURRENCY: String(workers) }, stdio: ['ignore', 'ignore', 'pipe'] });
  child.stderr.on('data', (chunk) => process.stderr.write(String(chunk).replace(/^(?=.)/gm, `[server ${name}] `)));
  return child;
}

/** The processes a server started (its workers), from Linux's /proc. */
function childProcesses(pid) {
  try {
    return fs.readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

/** Whether stopping the servers stopped every worker too: none may be left running. */
function workersStopped(pids) {
  const expected = SERVERS.reduce((sum, server) => sum + (server.workers > 1 ? server.workers : 0), 0);
  const left = pids.filter((pid) => fs.existsSync(`/proc/${pid}`));
  const ok = pids.length === expected && left.length === 0;
  const proof = `server b ran as ${pids.length} worker processes (${expected} asked for); ${left.length ? `still running after it stopped: ${left.join(', ')}` : 'all stopped with it'}`;
  console.log(`${ok ? '✓' : '✗'} a server of several processes stops whole\n    ${proof}`);
  return { name: 'a server of several processes stops whole', ok, proof };
}

const withinMinutes = (promise, minutes) =>
  Promise.race([
    promise,
    new Promise((_, reject) => setTimeout(() => reject(new Error(`the checks took longer than ${minutes} minutes`)), minutes * 60_000).unref()),
  ]);

let database;
try {
  database = await throwawayDatabase('scale');
} catch (error) {
  console.error(`PostgreSQL at ${process.env.DATABASE_URL} could not make a throwaway database (${error.message}): two servers need one PostgreSQL database; the embedded one cannot be shared.`);
  process.exit(1);
}
const env = { ...process.env, ...shared, ...database.env };
const sql = postgres(database.env.DATABASE_URL, { max: 1, onnotice: () => {} });
const servers = [];
let proxy;
const results = [];
try {
  console.log(`Seeding ${database.where} with the demo…`);
  await run(tsxBin, ['db/seed/index.ts', '--demo'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  const november = await novemberFigures(sql);
  await run(tsxBin, ['scripts/figures-import.ts', '--file', november.file, '--as', 'admin@tfc.example', '--submit'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  console.log(`November 2020: ${november.count} measures submitted by figures:import; KPI4 is left to its lead.`);
  await buildIfStale();

  for (const server of SERVERS) servers.push(startServer(server, env));
  await Promise.all(SERVERS.map(({ port }) => waitForOk(`http://127.0.0.1:${port}/api/health`)));
  const balancer = createBalancer({ servers: SERVERS, localAddress: PROXY_ADDRESS });
  proxy = balancer.proxy;
  await new Promise((resolve, reject) => proxy.once('error', reject).listen(proxyPort, '127.0.0.1', resolve));
  console.log(`Servers a (${SERVERS[0].port}) and b (${SERVERS[1].port}) from one build, behind ${origin}, taking turns.\n`);

  const suite = scaleChecks({ origin, sql });
  await suite.open();
  try {
    await withinMinutes(
      (async () => {
        for (const { name, run: check } of suite.checks) {
          const started = Date.now();
          try {
            const proof = await check();
            results.push({ name, ok: true, proof, seconds: (Date.now() - started) / 1000 });
            console.log(`✓ ${name}\n    ${proof}`);
          } catch (error) {
            results.push({ name, ok: false, proof: error.message });
            console.log(`✗ ${name}\n    ${error instanceof CheckFailed ? error.message : error.stack}`);
          }
        }
      })(),
      Number(values.minutes),
    );
  } finally {
    await suite.close();
  }
  console.log(`\nRequests answered: a ${balancer.answered.a}, b ${balancer.answered.b}.`);
} catch (error) {
  console.error(`The scale-out run stopped: ${error.stack ?? error}`);
  results.push({ name: 'the run itself', ok: false, proof: String(error.message ?? error) });
} finally {
  if (proxy) {
    const closed = new Promise((resolve) => proxy.close(resolve));
    proxy.closeAllConnections();
    await closed;
  }
  const workerPids = servers.flatMap((child) => childProcesses(child.pid));
  for (const child of servers) child.kill('SIGTERM');
  await Promise.all(servers.map((child) => new Promise((resolve) => (child.exitCode === null ? child.once('exit', resolve) : resolve()))));
  results.push(workersStopped(workerPids));
  await sql.end({ timeout: 5 });
  await database.remove();
}

const failed = results.filter((r) => !r.ok);
const total = SERVERS.length;
if (failed.length === 0 && results.length > 0) {
  console.log(`\n${results.length} checks passed: ${total} servers on one database behave as one installation.`);
} else {
  console.error(`\n${failed.length} of ${results.length} checks failed.`);
  process.exitCode = 1;
}
