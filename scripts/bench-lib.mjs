// What the HTTP benchmarks share: signing the demo's people in through the real form, one
// connection's latencies measured request by request (so p95 is exact), many connections through
// autocannon, and a page's weight in HTML and script.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { chromium } from 'playwright-core';

export const DEMO_PASSWORD = 'pack-demo-2020';

export const DEMO_PEOPLE = {
  lead: 'lead.socialcare@tfc.example',
  executive: 'ceo@tfc.example',
  admin: 'admin@tfc.example',
  viewer: 'committee@sunderland.example',
};

/** Signs in on the page's own browser context through the sign-in form; the session cookie ("name=value"). */
export async function signInWithForm(page, email, password = DEMO_PASSWORD) {
  await page.goto('/sign-in');
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByTestId('signed-in-as').waitFor();
  const session = (await page.context().cookies()).find((cookie) => cookie.name.endsWith('session-token'));
  if (!session) throw new Error(`Could not sign in as ${email}`);
  return `${session.name}=${session.value}`;
}

/** The environment of a production server of a run's own on loopback: a fresh session secret, demo accounts allowed. */
export function productionEnv(port, extra = {}) {
  const origin = `http://127.0.0.1:${port}`;
  return { ...process.env, PORT: String(port), SITE_URL: origin, AUTH_SECRET: randomBytes(33).toString('base64'), NODE_ENV: 'production', SEED_DEMO_ACCOUNTS: 'true', ...extra };
}

/**
 * Signs each person in through the sign-in form in headless Chromium (CHROMIUM_PATH, else
 * /usr/bin/chromium): the form's server action is the only way in, as Auth.js's own endpoints are
 * not served. Returns each one's session cookie ("name=value"), by the keys given.
 */
export async function signInAll(origin, people) {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox'] });
  const cookies = {};
  try {
    for (const [key, email] of Object.entries(people)) {
      const context = await browser.newContext({ baseURL: origin });
      try {
        cookies[key] = await signInWithForm(await context.newPage(), email);
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser.close();
  }
  return cookies;
}

/** The value below which `p` of the sorted samples fall (nearest rank). */
export function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** One request on its own: its latency in ms and its status, the body read whole. */
async function timedRequest(url, headers) {
  const start = performance.now();
  const response = await fetch(url, { headers, redirect: 'manual' });
  await response.arrayBuffer();
  return { ms: performance.now() - start, ok: response.status === 200 };
}

/** Latencies (ms) as the mean, rate and exact percentiles of one connection. */
function summarise(samples, failures) {
  const sorted = samples.toSorted((a, b) => a - b);
  const total = samples.reduce((a, b) => a + b, 0);
  return {
    requests: samples.length,
    failures,
    meanMs: total / samples.length,
    requestsPerSecond: (samples.length * 1000) / total,
    p50Ms: percentile(sorted, 50),
    p95Ms: percentile(sorted, 95),
    p99Ms: percentile(sorted, 99),
  };
}

/** One connection, one request after another for `seconds`: every latency, so its percentiles are exact. */
export async function oneConnection(url, cookie, seconds) {
  const headers = cookie ? { cookie } : {};
  const samples = [];
  let failures = 0;
  const end = performance.now() + seconds * 1000;
  while (performance.now() < end) {
    const { ms, ok } = await timedRequest(url, headers);
    samples.push(ms);
    if (!ok) failures++;
  }
  return summarise(samples, failures);
}

/**
 * One connection for `seconds`, alternating the page with a reference page (asked for by no one),
 * so that both are measured over the same moments: on a shared machine the speed of the whole
 * machine drifts, and a ratio of two runs minutes apart measures the drift.
 */
export async function besideReference(url, cookie, referenceUrl, seconds) {
  const page = { samples: [], failures: 0 };
  const reference = { samples: [], failures: 0 };
  const end = performance.now() + seconds * 1000;
  while (performance.now() < end) {
    for (const [target, at, headers] of [[page, url, cookie ? { cookie } : {}], [reference, referenceUrl, {}]]) {
      const { ms, ok } = await timedRequest(at, headers);
      target.samples.push(ms);
      if (!ok) target.failures++;
    }
  }
  return { page: summarise(page.samples, page.failures), reference: summarise(reference.samples, reference.failures) };
}

/**
 * `connections` at once for `seconds` (autocannon). Every answer's latency is kept as it comes,
 * so the p95 is exact: autocannon's own summary stops at p90 and p97.5.
 */
export function manyConnections(url, cookie, connections, seconds) {
  return new Promise((resolve, reject) => {
    const latencies = [];
    const instance = autocannon({ url, connections, duration: seconds, headers: cookie ? { cookie } : {} }, (error, result) => {
      if (error) return reject(error);
      const sorted = latencies.toSorted((a, b) => a - b);
      resolve({
        requests: result.requests.total,
        requestsPerSecond: result.requests.average,
        p50Ms: result.latency.p50,
        p95Ms: Math.round(percentile(sorted, 95)),
        p97_5Ms: result.latency.p97_5,
        p99Ms: result.latency.p99,
        non2xx: result.non2xx,
        errors: result.errors + result.timeouts,
      });
    });
    instance.on('response', (client, statusCode, bytes, responseTime) => latencies.push(responseTime));
  });
}

/**
 * `connections` at once for `seconds` through wrk (Debian's `wrk`, written in C), for addresses
 * answered so fast that autocannon, in JavaScript on the same two cores, is what is measured: it
 * spent 1.4 cores reading the pack's 132 kB answers while the server used a seventh of one. Null
 * when wrk is not installed.
 */
export function wrkConnections(url, connections, seconds) {
  return new Promise((resolve) => {
    const child = spawn('wrk', ['-t1', `-c${connections}`, `-d${seconds}s`, url], { stdio: ['ignore', 'pipe', 'ignore'] });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('error', () => resolve(null));
    child.on('close', (code) => {
      const rate = out.match(/Requests\/sec:\s+([\d.]+)/);
      const non2xx = out.match(/Non-2xx or 3xx responses:\s+(\d+)/);
      resolve(code === 0 && rate ? { requestsPerSecond: Number(rate[1]), non2xx: non2xx ? Number(non2xx[1]) : 0 } : null);
    });
  });
}

/** A page's HTML bytes, and the bytes of the scripts it loads (each fetched once per run). */
export async function pageWeight(origin, path, cookie, scriptSizes = new Map()) {
  const response = await fetch(`${origin}${path}`, { headers: cookie ? { cookie } : {}, redirect: 'manual' });
  const html = await response.text();
  const sources = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1].replaceAll('&amp;', '&'));
  let scriptBytes = 0;
  for (const src of new Set(sources)) {
    if (!scriptSizes.has(src)) scriptSizes.set(src, (await (await fetch(new URL(src, origin))).arrayBuffer()).byteLength);
    scriptBytes += scriptSizes.get(src);
  }
  return { status: response.status, htmlBytes: Buffer.byteLength(html), scriptBytes, scripts: sources.length };
}
