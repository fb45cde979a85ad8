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
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { chromium } from 'playwright-core';
import { buildIfStale, root, run, serverScript, throwawayDatabase, tsxBin, waitForOk } from './lib.mjs';

const { values } = parseArgs({ options: { duration: { type: 'string', default: '10' }, port: { type: 'string', default: '3960' } } });
const duration = Number(values.duration);
const port = values.port;
const origin = `http://127.0.0.1:${port}`;
const env = {
  ...process.env,
  PORT: port,
  SITE_URL: `http://127.0.0.1:${port}`,
  AUTH_SECRET: randomBytes(33).toString('base64'),
  NODE_ENV: 'production',
  SEED_DEMO_ACCOUNTS: 'true',
};
const PASSWORD = 'pack-demo-2020';
const PEOPLE = [
  { role: 'lead', email: 'lead.socialcare@tfc.example' },
  { role: 'executive', email: 'ceo@tfc.example' },
  { role: 'admin', email: 'admin@tfc.example' },
  { role: 'viewer', email: 'committee@sunderland.example' },
];

/**
 * Signs in through the real sign-in form in headless Chromium (the form's server action is the
 * only way in: Auth.js's own endpoints are not served) and returns the session cookie.
 */
async function signIn(browser, email) {
  const context = await browser.newContext({ baseURL: origin });
  try {
    const page = await context.newPage();
    await page.goto('/sign-in');
    await page.getByLabel('E-mail address').fill(email);
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByTestId('signed-in-as').waitFor();
    const session = (await context.cookies()).find((cookie) => cookie.name.endsWith('session-token'));
    if (!session) throw new Error(`Could not sign in as ${email}`);
    return `${session.name}=${session.value}`;
  } finally {
    await context.close();
  }
}

function measure(url, cookie, connections, seconds) {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections, duration: seconds, headers: { cookie } }, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

const database = await throwawayDatabase('bench_home');
Object.assign(env, database.env);
const { engine } = database;
let server;
try {
  await run(tsxBin, ['db/seed/index.ts', '--demo'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  await buildIfStale();
  server = spawn(process.execPath, [serverScript], { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] });
  await waitForOk(`${origin}/api/health`);

  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox'] });
  const cookies = [];
  try {
    for (const person of PEOPLE) cookies.push(await signIn(browser, person.email));
  } finally {
    await browser.close();
  }
  const rows = [];
  for (const [i, person] of PEOPLE.entries()) {
    const cookie = cookies[i];
    for (const page of [{ name: 'home', path: '/' }, { name: 'catalogue', path: '/measures' }]) {
      const url = `${origin}${page.path}`;
      const first = await fetch(url, { headers: { cookie }, redirect: 'manual' });
      if (first.status !== 200) throw new Error(`${page.path} answered ${first.status} for ${person.role}`);
      const bytes = (await first.arrayBuffer()).byteLength;
      const single = await measure(url, cookie, 1, Math.max(3, Math.round(duration / 2)));
      const many = await measure(url, cookie, 10, duration);
      if (many.non2xx || many.errors) throw new Error(`${page.path}: ${many.non2xx} non-2xx answers, ${many.errors} errors`);
      rows.push({
        role: person.role,
        page: page.name,
        bytes,
        latencyMsAt1: single.latency.average,
        requestsPerSecondAt10: many.requests.average,
        p50MsAt10: many.latency.p50,
        p99MsAt10: many.latency.p99,
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
