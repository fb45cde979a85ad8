// `npm run bench:home`: each role's home page beside the catalogue (/measures), signed in as the
// demo's accounts, in one run. Builds if the build is stale, seeds a throwaway database with the
// demo (PGlite, or PostgreSQL when DATABASE_URL is set), starts the production server, signs each
// demo account in through the form in Chromium (CHROMIUM_PATH, else /usr/bin/chromium) and measures
// with autocannon: each page at 1 connection (latency) and at 10 (throughput). Prints a table and
// writes bench/results/<date>-home-<engine>.json; fails if a home page is more than 10% slower
// than the catalogue for the same person (the issue: "as fast as the catalogue or faster").
//   --duration 10   seconds per measurement at 10 connections (default 10)
//   --port 3960
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEMO_PEOPLE, manyConnections, oneConnection, signInAll, productionEnv } from './bench-lib.mjs';
import { buildIfStale, root, run, serverArgs, throwawayDatabase, tsxBin, waitForOk } from './lib.mjs';

const { values } = parseArgs({ options: { duration: { type: 'string', default: '10' }, port: { type: 'string', default: '3960' } } });
const duration = Number(values.duration);
const port = values.port;
const origin = `http://127.0.0.1:${port}`;
const env = productionEnv(port);
const PEOPLE = Object.entries(DEMO_PEOPLE).map(([role, email]) => ({ role, email }));

const database = await throwawayDatabase('bench_home');
Object.assign(env, database.env);
const { engine } = database;
let server;
try {
  await run(tsxBin, ['db/seed/index.ts', '--demo'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  await buildIfStale();
  server = spawn(process.execPath, serverArgs, { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] });
  await waitForOk(`${origin}/api/health`);

  const cookies = await signInAll(origin, DEMO_PEOPLE);
  const rows = [];
  for (const person of PEOPLE) {
    const cookie = cookies[person.role];
    for (const page of [{ name: 'home', path: '/' }, { name: 'catalogue', path: '/measures' }]) {
      const url = `${origin}${page.path}`;
      const first = await fetch(url, { headers: { cookie }, redirect: 'manual' });
      if (first.status !== 200) throw new Error(`${page.path} answered ${first.status} for ${person.role}`);
      const bytes = (await first.arrayBuffer()).byteLength;
      const single = await oneConnection(url, cookie, Math.max(3, Math.round(duration / 2)));
      const many = await manyConnections(url, cookie, 10, duration);
      if (single.failures || many.non2xx || many.errors) throw new Error(`${page.path}: ${single.failures + many.non2xx} answers other than 200, ${many.errors} errors`);
      rows.push({
        role: person.role,
        page: page.name,
        bytes,
        latencyMsAt1: single.meanMs,
        requestsPerSecondAt10: many.requestsPerSecond,
        p50MsAt10: many.p50Ms,
        p99MsAt10: many.p99Ms,
      });
    }
  }

  console.log(`\nHome beside the catalogue, ${engine}, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}), ${duration} s at 10 connections\n`);
  console.log('| who | page | bytes | 1 conn. latency | 10 conn. req/s | p50 / p99 at 10 | home ÷ catalogue latency |');
  console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: |');
  const slower = [];
  for (const person of PEOPLE) {
    const home = rows.find((r) => r.role === person.role && r.page === 'home');
    const catalogue = rows.find((r) => r.role === person.role && r.page === 'catalogue');
    home.ratioToCatalogue = Math.round((home.latencyMsAt1 / catalogue.latencyMsAt1) * 100) / 100;
    if (home.ratioToCatalogue > 1.1) slower.push(`${person.role} (${home.ratioToCatalogue}×)`);
    for (const r of [home, catalogue]) {
      console.log(`| ${r.role} | ${r.page} | ${r.bytes.toLocaleString('en-GB')} | ${r.latencyMsAt1.toFixed(1)} ms | ${Math.round(r.requestsPerSecondAt10)} | ${r.p50MsAt10} / ${r.p99MsAt10} ms | ${r.ratioToCatalogue ?? ''} |`);
    }
  }
  const results = path.join(root, 'bench', 'results');
  fs.mkdirSync(results, { recursive: true });
  const file = path.join(results, `${new Date().toISOString().slice(0, 10)}-home-${engine}.json`);
  fs.writeFileSync(file, `${JSON.stringify({ engine, at: new Date().toISOString(), machine: { cores: os.cpus().length, cpu: os.cpus()[0]?.model, node: process.version }, durationSeconds: duration, rows }, null, 2)}\n`);
  console.log(`\nWritten to ${path.relative(root, file)}`);
  if (slower.length) {
    console.error(`Home is more than 10% slower than the catalogue for: ${slower.join(', ')}.`);
    process.exitCode = 1;
  }
} finally {
  server?.kill('SIGTERM');
  await new Promise((resolve) => (server && server.exitCode === null ? server.once('exit', resolve) : resolve()));
  await database.remove();
}
