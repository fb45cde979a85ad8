// `npm run bench`: every kind of page beside a static file of the same server, in one run, at the
// scale asked for. Builds if the build is stale; seeds a throwaway database (PostgreSQL when
// DATABASE_URL is set, else PGlite) with the demo at `--measures 32|320` and `--years 1|5`
// (scripts/bench-seed.ts); starts the production server (`npm start`'s scripts/server.mjs) with
// QUERY_COUNTER=true; signs each demo role in through the form in Chromium; then measures each page
// at one connection (every latency, so p50/p95/p99 are exact) and at 50 (autocannon), and counts
// the SQL statements per request and the HTML and script bytes of each page. Prints a table, checks
// the targets of issue 15 and writes bench/results/<date>-<engine>-<measures>m-<years>y.json.
//   --measures 32|320   --years 1|5   --seconds 3 (one connection)   --duration 5 (50 connections)
//   --port 3970   --no-targets (measure only: exit 0 whatever the figures)
//   --workers N (server processes, as WEB_CONCURRENCY; more than one needs DATABASE_URL; queries
//     per request are then not counted, as each process counts its own)
//   --only catalogue,review (those pages, beside the static file and the sign-in page; nothing written)
//   --profile DIR (the server writes a CPU profile there when it stops: node --cpu-prof)
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEMO_PEOPLE, besideReference, manyConnections, oneConnection, pageWeight, signInAll, productionEnv, wrkConnections } from './bench-lib.mjs';
import { buildIfStale, root, run, serverNodeFlags, serverScript, throwawayDatabase, tsxBin, waitForOk } from './lib.mjs';

const { values } = parseArgs({
  options: {
    measures: { type: 'string', default: '32' },
    years: { type: 'string', default: '1' },
    seconds: { type: 'string', default: '3' },
    duration: { type: 'string', default: '5' },
    port: { type: 'string', default: '3970' },
    'no-targets': { type: 'boolean', default: false },
    only: { type: 'string' },
    profile: { type: 'string' },
    workers: { type: 'string', default: '1' },
  },
});
const seconds = Number(values.seconds);
const duration = Number(values.duration);
const origin = `http://127.0.0.1:${values.port}`;
const workers = Number(values.workers);
if (!Number.isInteger(workers) || workers < 1) throw new Error(`--workers must be a whole number of server processes, not "${values.workers}".`);
if (workers > 1 && !process.env.DATABASE_URL) throw new Error('--workers above 1 needs PostgreSQL (DATABASE_URL): the embedded database is opened by one process.');
const env = productionEnv(values.port, { QUERY_COUNTER: 'true', WEB_CONCURRENCY: String(workers) });

/** A static file the same server serves: the app's stylesheet, as every page loads it. */
function staticFile() {
  const chunks = path.join(root, '.next', 'static', 'chunks');
  const css = fs.readdirSync(chunks).find((name) => name.endsWith('.css'));
  if (!css) throw new Error('No stylesheet in .next/static/chunks: is the build complete?');
  return `/_next/static/chunks/${css}`;
}

/** [what it is, address, who asks (a DEMO_PEOPLE key, or null for no one), kind] */
const PAGES = [
  ['a static file (the stylesheet)', () => staticFile(), null, 'static'],
  ['health check (one query)', () => '/api/health', null, 'plain'],
  ['sign-in page (no data)', () => '/sign-in', null, 'reference'],
  ['public pack, one version', () => '/packs/2020-10/v1', null, 'pack'],
  ['change password (signed in, no data)', () => '/account/password', 'lead', 'plain'],
  ['home, lead', () => '/', 'lead', 'data'],
  ['home, executive', () => '/', 'executive', 'data'],
  ['home, admin', () => '/', 'admin', 'data'],
  ['home, viewer', () => '/', 'viewer', 'data'],
  ['catalogue, executive', () => '/measures', 'executive', 'data'],
  ["lead's month", () => '/my-measures', 'lead', 'data'],
  ['entry form, lead', () => '/entries/2020-11/KPI4', 'lead', 'data'],
  ['review, executive', () => '/review/2020-11', 'executive', 'data'],
];

// A partial run measures what it is asked for and writes nothing: bench/results holds whole runs only.
const only = values.only?.split(',').map((word) => word.trim().toLowerCase()).filter(Boolean);
const pages = only ? PAGES.filter(([name, , , kind]) => kind === 'static' || kind === 'reference' || only.some((word) => name.includes(word))) : PAGES;

async function queriesSoFar() {
  const health = await (await fetch(`${origin}/api/health`)).json();
  if (typeof health.queries !== 'number') throw new Error('The server does not count its queries (QUERY_COUNTER=true).');
  return health.queries;
}

/** SQL statements per request, over a few requests one after another (the health read's own statement left out). */
async function queriesPerRequest(url, cookie, times = 5) {
  const before = await queriesSoFar();
  for (let i = 0; i < times; i++) await (await fetch(url, { headers: cookie ? { cookie } : {}, redirect: 'manual' })).arrayBuffer();
  // The second health read counts its own statement too.
  return ((await queriesSoFar()) - before - 1) / times;
}

const database = await throwawayDatabase('bench');
Object.assign(env, database.env);
const { engine } = database;
let server;
try {
  await run(tsxBin, ['scripts/bench-seed.ts', '--measures', values.measures, '--years', values.years], { env, stdio: ['ignore', 'inherit', 'inherit'] });
  await buildIfStale();
  const profiling = values.profile ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(values.profile)}`] : [];
  server = spawn(process.execPath, [...serverNodeFlags, ...profiling, serverScript], { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] });
  await waitForOk(`${origin}/api/health`);
  const cookies = await signInAll(origin, DEMO_PEOPLE);

  const scriptSizes = new Map();
  const rows = [];
  for (const [name, at, who, kind] of pages) {
    const address = at();
    const url = `${origin}${address}`;
    const cookie = who ? cookies[who] : undefined;
    const weight = await pageWeight(origin, address, cookie, scriptSizes);
    if (weight.status !== 200) throw new Error(`${address} answered ${weight.status}${who ? ` for the ${who}` : ''}`);
    // Each process counts its own statements, and the health read may go to another one.
    const queries = kind === 'static' ? 0 : workers > 1 ? null : await queriesPerRequest(url, cookie);
    // A page with data is measured beside the sign-in page, request for request (its target is a
    // multiple of the sign-in page's cost); the others on their own.
    const paired = kind === 'data' ? await besideReference(url, cookie, `${origin}/sign-in`, seconds) : null;
    const single = paired ? paired.page : await oneConnection(url, cookie, seconds);
    const many = await manyConnections(url, cookie, 50, duration);
    if (single.failures || many.non2xx || many.errors) throw new Error(`${address}: ${single.failures + many.non2xx} answers other than 200, ${many.errors} errors`);
    if (many.requests === 0) throw new Error(`${address}: no request was answered at 50 connections in ${duration} s`);
    // The static file and the pack are answered faster than autocannon can read them: wrk too.
    const byWrk = kind === 'static' || kind === 'pack' ? await wrkConnections(url, 50, duration) : null;
    if (byWrk?.non2xx) throw new Error(`${address}: ${byWrk.non2xx} answers other than 200 through wrk`);
    const beside = paired ? { signInMeanMs: paired.reference.meanMs, ratio: Math.round((paired.page.meanMs / paired.reference.meanMs) * 100) / 100 } : null;
    rows.push({ page: name, path: address, who, kind, queries, ...weight, one: single, besideSignIn: beside, fifty: many, fiftyByWrk: byWrk });
  }
  const reference = rows.find((r) => r.kind === 'static');
  for (const row of rows) row.ratioToStaticFile = Math.round((row.fifty.requestsPerSecond / reference.fifty.requestsPerSecond) * 1000) / 1000;
  // The pack against the static file, both through wrk when it is installed (see wrkConnections).
  for (const row of rows) {
    if (row.fiftyByWrk && reference.fiftyByWrk) row.ratioToStaticFileByWrk = Math.round((row.fiftyByWrk.requestsPerSecond / reference.fiftyByWrk.requestsPerSecond) * 1000) / 1000;
  }

  const machine = `${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}`;
  console.log(`\n${engine}, ${values.measures} measures, ${values.years} year(s) of history, ${workers} server process${workers > 1 ? 'es' : ''}; ${machine}; ${seconds} s at 1 connection, ${duration} s at 50\n`);
  console.log('| page | queries | HTML / script bytes | 1 conn.: mean, p50 / p95 / p99 | × sign-in page, side by side | 50 conn. req/s | 50 conn. p50 / p95 / p99 | × static file |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  const ms = (n) => (n < 10 ? n.toFixed(1) : Math.round(n).toString());
  for (const r of rows) {
    console.log(
      `| ${r.page} | ${r.queries ?? '—'} | ${r.htmlBytes.toLocaleString('en-GB')} / ${r.scriptBytes.toLocaleString('en-GB')} | ${ms(r.one.meanMs)}, ${ms(r.one.p50Ms)} / ${ms(r.one.p95Ms)} / ${ms(r.one.p99Ms)} ms | ${r.besideSignIn ? `${r.besideSignIn.ratio} (${ms(r.besideSignIn.signInMeanMs)} ms)` : '—'} | ${Math.round(r.fifty.requestsPerSecond)} | ${r.fifty.p50Ms} / ${r.fifty.p95Ms} / ${r.fifty.p99Ms} ms | ${r.ratioToStaticFile} |`,
    );
  }

  // The targets of issue 15, at 32 measures: signed-in pages with data within twice the sign-in
  // page's cost at one connection (measured side by side); no p95 above 1 s at 50 connections
  // (every answer's latency kept, so exact); the public pack at half the static file's rate or better.
  const targets = [];
  for (const r of rows.filter((row) => row.kind === 'data')) {
    targets.push({ what: `${r.page}: mean at 1 connection within 2× the sign-in page's, side by side`, met: r.besideSignIn.ratio <= 2, value: `${ms(r.one.meanMs)} ms against ${ms(r.besideSignIn.signInMeanMs)} ms, ${r.besideSignIn.ratio}×` });
  }
  for (const r of rows.filter((row) => row.kind !== 'static')) {
    targets.push({ what: `${r.page}: p95 at 50 connections at most 1 s`, met: r.fifty.p95Ms <= 1000, value: `p95 ${r.fifty.p95Ms} ms (p97.5 ${r.fifty.p97_5Ms} ms)` });
  }
  const pack = rows.find((r) => r.kind === 'pack');
  if (pack) {
    const byWrk = pack.ratioToStaticFileByWrk;
    const ratio = byWrk ?? pack.ratioToStaticFile;
    const value = byWrk === undefined
      ? `${pack.ratioToStaticFile}× (autocannon; install wrk to measure past its own limit)`
      : `${byWrk}× through wrk (${Math.round(pack.fiftyByWrk.requestsPerSecond)} against ${Math.round(reference.fiftyByWrk.requestsPerSecond)} req/s); ${pack.ratioToStaticFile}× through autocannon`;
    targets.push({ what: 'public pack at 0.5× the static file or better', met: ratio >= 0.5, value });
  }
  console.log('\nTargets (issue 15):');
  for (const t of targets) console.log(`  ${t.met ? 'met    ' : 'NOT MET'}  ${t.what}: ${t.value}`);

  if (!only) {
    const results = path.join(root, 'bench', 'results');
    fs.mkdirSync(results, { recursive: true });
    const file = path.join(results, `${new Date().toISOString().slice(0, 10)}-${engine}-${values.measures}m-${values.years}y${workers > 1 ? `-${workers}w` : ''}.json`);
    fs.writeFileSync(
      file,
      `${JSON.stringify({ engine, measures: Number(values.measures), years: Number(values.years), workers, at: new Date().toISOString(), machine: { cores: os.cpus().length, cpu: os.cpus()[0]?.model, node: process.version }, secondsAtOne: seconds, secondsAtFifty: duration, rows, targets }, null, 2)}\n`,
    );
    console.log(`\nWritten to ${path.relative(root, file)}`);
  }
  if (!values['no-targets'] && !only && values.measures === '32' && targets.some((t) => !t.met)) process.exitCode = 1;
} finally {
  server?.kill('SIGTERM');
  await new Promise((resolve) => (server && server.exitCode === null ? server.once('exit', resolve) : resolve()));
  await database.remove();
}
