// `npm run bench:pack`: the published pack beside a static file of the same server, in one run.
// Builds if the build is stale, seeds a throwaway database (PGlite, or PostgreSQL when
// DATABASE_URL is set), starts the production server (`npm start`'s scripts/server.mjs) and
// measures with autocannon: each address at 1 connection (latency) and at 50 (throughput).
// Prints a table and writes bench/results/<date>-pack-<engine>.json.
//   --duration 10   seconds per measurement at 50 connections (default 10)
//   --port 3950
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { buildIfStale, root, run, serverArgs, throwawayDatabase, tsxBin, waitForOk } from './lib.mjs';

const { values } = parseArgs({ options: { duration: { type: 'string', default: '10' }, port: { type: 'string', default: '3950' } } });
const duration = Number(values.duration);
const port = values.port;
const origin = `http://127.0.0.1:${port}`;
const env = { ...process.env, PORT: port, SITE_URL: `http://localhost:${port}`, AUTH_SECRET: randomBytes(33).toString('base64'), NODE_ENV: 'production' };
/** A static file the same server serves: the app's stylesheet, as every page loads it. */
function staticFile() {
  const chunks = path.join(root, '.next', 'static', 'chunks');
  const css = fs.readdirSync(chunks).find((name) => name.endsWith('.css'));
  if (!css) throw new Error('No stylesheet in .next/static/chunks: is the build complete?');
  return `/_next/static/chunks/${css}`;
}

function measure(url, connections, seconds) {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections, duration: seconds }, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

const database = await throwawayDatabase('bench');
Object.assign(env, database.env);
const { engine } = database;
let server;
try {
  await run(tsxBin, ['db/seed/index.ts'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  await buildIfStale();
  server = spawn(process.execPath, serverArgs, { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] });
  await waitForOk(`${origin}/api/health`);

  const pages = [
    { name: 'a static file (the stylesheet)', path: staticFile() },
    { name: 'public pack, one version', path: '/packs/2020-10/v1' },
    { name: "public pack, the month's newest", path: '/packs/2020-10' },
    { name: 'public pack CSV', path: '/packs/2020-10/v1.csv' },
    { name: 'list of published packs', path: '/packs' },
  ];
  const rows = [];
  for (const page of pages) {
    const url = `${origin}${page.path}`;
    const first = await fetch(url); // the first render, kept by the pack cache
    const bytes = (await first.arrayBuffer()).byteLength;
    if (!first.ok) throw new Error(`${page.path} answered ${first.status}`);
    const single = await measure(url, 1, Math.max(3, Math.round(duration / 2)));
    const many = await measure(url, 50, duration);
    if (many.non2xx || many.errors) throw new Error(`${page.path}: ${many.non2xx} non-2xx answers, ${many.errors} errors`);
    rows.push({
      page: page.name,
      path: page.path,
      bytes,
      latencyMsAt1: single.latency.average,
      requestsPerSecondAt1: single.requests.average,
      requestsPerSecondAt50: many.requests.average,
      p50MsAt50: many.latency.p50,
      p95MsAt50: many.latency.p97_5 ?? many.latency.p99,
      p99MsAt50: many.latency.p99,
    });
  }
  const reference = rows[0].requestsPerSecondAt50;
  for (const row of rows) row.ratioToStaticFile = Math.round((row.requestsPerSecondAt50 / reference) * 100) / 100;

  console.log(`\nPublished pack beside a static file, ${engine}, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}), ${duration} s at 50 connections\n`);
  console.log('| address | bytes | 1 conn. latency | 1 conn. req/s | 50 conn. req/s | p50 / p99 at 50 | × static file |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows) {
    console.log(`| ${r.page} (\`${r.path.length > 40 ? `${r.path.slice(0, 37)}…` : r.path}\`) | ${r.bytes.toLocaleString('en-GB')} | ${r.latencyMsAt1.toFixed(1)} ms | ${Math.round(r.requestsPerSecondAt1)} | ${Math.round(r.requestsPerSecondAt50)} | ${r.p50MsAt50} / ${r.p99MsAt50} ms | ${r.ratioToStaticFile} |`);
  }
  const results = path.join(root, 'bench', 'results');
  fs.mkdirSync(results, { recursive: true });
  const file = path.join(results, `${new Date().toISOString().slice(0, 10)}-pack-${engine}.json`);
  fs.writeFileSync(file, `${JSON.stringify({ engine, at: new Date().toISOString(), machine: { cores: os.cpus().length, cpu: os.cpus()[0]?.model, node: process.version }, durationSeconds: duration, rows }, null, 2)}\n`);
  console.log(`\nWritten to ${path.relative(root, file)}`);
  const pack = rows[1];
  if (pack.ratioToStaticFile < 0.5) {
    console.error(`The public pack ran at ${pack.ratioToStaticFile}× the static file: below the 0.5× it must reach.`);
    process.exitCode = 1;
  }
} finally {
  server?.kill('SIGTERM');
  await new Promise((resolve) => (server && server.exitCode === null ? server.once('exit', resolve) : resolve()));
  await database.remove();
}
