// What the load and fault scripts share: the throwaway PostgreSQL database seeded with load leads,
// the production server, signing many leads in through the real form, and saving an entry through
// the entry form's real server action, as the browser posts it.
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import postgres from 'postgres';
import { chromium } from 'playwright-core';
import { productionEnv, signInWithForm } from './bench-lib.mjs';
import { actionAnswer } from './load-check.mjs';
import { root, run, serverNodeFlags, serverScript, throwawayDatabase, tsxBin, waitForOk } from './lib.mjs';

export const MONTH = '2020-11';
export const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/test';

/** A PostgreSQL database of the run's own, seeded with `leads` load leads (scripts/load-seed.ts). */
export async function loadDatabase(prefix, leads, measuresPerLead) {
  process.env.DATABASE_URL ||= DEFAULT_DATABASE_URL;
  const database = await throwawayDatabase(prefix);
  const env = { ...process.env, ...database.env, NODE_ENV: 'production', SEED_DEMO_ACCOUNTS: 'true' };
  try {
    await run(tsxBin, ['scripts/load-seed.ts', '--leads', String(leads), '--measures-per-lead', String(measuresPerLead)], { env, stdio: ['ignore', 'inherit', 'inherit'] });
  } catch (error) {
    await database.remove();
    throw error;
  }
  return database;
}

/** The production server on `port`, its log kept in memory (and echoed when `echo`). */
export async function startServer(port, databaseEnv, { nodeArgs = [], echo = false } = {}) {
  const origin = `http://127.0.0.1:${port}`;
  const env = productionEnv(port, { ...databaseEnv, HOST: '127.0.0.1' });
  const child = spawn(process.execPath, [...serverNodeFlags, ...nodeArgs, serverScript], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const log = [];
  for (const stream of [child.stdout, child.stderr]) {
    stream.setEncoding('utf8');
    stream.on('data', (chunk) => {
      log.push(chunk);
      if (echo) process.stderr.write(chunk);
    });
  }
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.once('exit', (code, signal) => log.push(`\n[the server exited: ${signal ?? `code ${code}`}]\n`));
  try {
    await Promise.race([waitForOk(`${origin}/api/health`), exited.then(() => Promise.reject(new Error(`The server stopped:\n${log.join('')}`)))]);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return {
    origin,
    child,
    log: () => log.join(''),
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}

/** Each load lead's e-mail and the November entries of the measures they own, with their versions. */
export async function leadsAndEntries(databaseUrl) {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    const rows = await sql`
      select u.email, m.ref, coalesce(e.version, 0) as version, e.status
      from measures m
      join users u on u.id = m.owner_id
      left join entries e on e.measure_id = m.id and e.period_id = (select id from periods where month = ${`${MONTH}-01`})
      where m.ref like 'LD%' and m.active
      order by u.email, m.id`;
    const leads = new Map();
    for (const row of rows) {
      if (!leads.has(row.email)) leads.set(row.email, []);
      leads.get(row.email).push({ ref: row.ref, version: Number(row.version), status: row.status ?? null });
    }
    return [...leads].map(([email, entries]) => ({ email, entries }));
  } finally {
    await sql.end();
  }
}

/**
 * Signs each e-mail address in through the sign-in form, `concurrency` at a time in one headless
 * Chromium, and holds back one "Save draft" of the first person's first entry to learn how the
 * browser posts the entry form's action. Returns the session cookies by address, and that template.
 */
export async function signInLeads(origin, emails, firstRef, concurrency = 4) {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox'] });
  const cookies = new Map();
  let template;
  try {
    const queue = [...emails];
    const worker = async () => {
      while (queue.length > 0) {
        const email = queue.shift();
        const context = await browser.newContext({ baseURL: origin });
        try {
          const page = await context.newPage();
          cookies.set(email, await signInWithForm(page, email));
          if (!template && email === emails[0]) template = await heldBackSave(page, firstRef);
        } finally {
          await context.close();
        }
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
  } finally {
    await browser.close();
  }
  return { cookies, template };
}

/** The entry form's "Save draft" as the browser posts it, aborted before it reaches the server. */
async function heldBackSave(page, ref) {
  const path = `/entries/${MONTH}/${ref}`;
  let captured;
  await page.route(`**${path}`, async (route) => {
    if (route.request().method() === 'POST' && route.request().headers()['next-action']) {
      captured ??= route.request();
      await route.abort();
    } else {
      await route.continue();
    }
  });
  await page.goto(path);
  await page.getByRole('button', { name: /^(Save draft|Submit changes)$/ }).first().click();
  const deadline = Date.now() + 15_000;
  while (!captured && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
  if (!captured) throw new Error(`The entry form at ${path} posted no server action`);
  const headers = { ...captured.headers() };
  // The body is rebuilt per save (fetch sets its own multipart boundary), the session is each lead's own.
  for (const name of ['cookie', 'content-type', 'content-length']) delete headers[name];
  const parts = await multipartParts(captured);
  return { ref, headers, parts };
}

/** The fields of a captured multipart body, in order. */
async function multipartParts(request) {
  const response = new Response(request.postDataBuffer(), { headers: { 'content-type': request.headers()['content-type'] } });
  const form = await response.formData();
  return [...form.entries()].map(([name, value]) => [name, String(value)]);
}

/**
 * Posts the entry form's action for `ref` as the browser would: the captured parts with this save's
 * fields put in ("1_version", …, whatever prefix React gave them). Answers what happened and how long it took.
 */
export async function saveThroughForm(origin, template, cookie, ref, fields, timeoutMs = 30_000) {
  const parts = [];
  const seen = new Set();
  for (const [name, value] of template.parts) {
    const field = Object.keys(fields).find((f) => name === f || name.endsWith(`_${f}`));
    if (field) seen.add(field);
    parts.push([name, field ? String(fields[field]) : value === template.ref ? ref : value]);
  }
  // Fields the captured form did not have (another measure's second count) go in with the form's
  // own, before the root part ("0"): the server reads the form's fields as far as the root.
  const prefix = template.parts.find(([name]) => name.endsWith('_measureRef'))?.[0].slice(0, -'measureRef'.length) ?? '';
  const root = parts.findIndex(([name]) => !name.startsWith(prefix));
  const missing = Object.entries(fields).filter(([field]) => !seen.has(field)).map(([field, value]) => [`${prefix}${field}`, String(value)]);
  parts.splice(root === -1 ? parts.length : root, 0, ...missing);
  const form = new FormData();
  for (const [name, value] of parts) form.append(name, value);
  const headers = { ...template.headers, cookie };
  if (headers['next-router-state-tree']) headers['next-router-state-tree'] = headers['next-router-state-tree'].replaceAll(template.ref, ref);
  const started = performance.now();
  try {
    const response = await fetch(`${origin}/entries/${MONTH}/${ref}`, { method: 'POST', headers, body: form, redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
    const text = await response.text();
    return { status: response.status, answer: actionAnswer(text), ms: performance.now() - started, text, cookie: renewedCookie(response, cookie) };
  } catch (error) {
    return { status: 0, answer: null, ms: performance.now() - started, error: error.message };
  }
}

/**
 * The session cookie a browser would send next: the renewed token when the answer sets one (the
 * session's idle timeout renews it about once a minute), else the one it has.
 */
function renewedCookie(response, cookie) {
  const [name] = cookie.split('=');
  const renewed = response.headers.getSetCookie().find((header) => header.startsWith(`${name}=`));
  if (!renewed) return cookie;
  const pair = renewed.split(';')[0];
  return pair === `${name}=` ? cookie : pair;
}

/** The figures a save sends: whole numbers every measure accepts, and a commentary naming the save. */
export function figuresFor(tag, n, intent, version) {
  const value = String(n % 100);
  return {
    intent,
    version,
    value,
    secondaryValue: '100',
    ytdValue: value,
    ytdSecondaryValue: '100',
    availability: 'available',
    commentary: `Load save ${tag}`,
    improvementAction: 'Keep going.',
    judgedRating: '',
    judgedJustification: '',
  };
}

/**
 * What the run left in the database, for the lost-update check: the audit events of the load's
 * entries since audit event `last`, and the entries as they stand.
 */
export async function loadOutcome(sql, last) {
  const audits = (
    await sql`
      select detail->>'measureRef' as ref, (detail->>'version')::int as version,
             after->>'status' as status, after->>'value' as value, after->>'commentary' as commentary
      from audit_events where subject_type = 'entry' and id > ${last} and detail->>'measureRef' like 'LD%'`
  ).map((row) => ({ ...row }));
  const final = (
    await sql`
      select m.ref, e.version, e.status, e.value, e.commentary
      from entries e join measures m on m.id = e.measure_id join periods p on p.id = e.period_id
      where p.month = ${`${MONTH}-01`} and m.ref like 'LD%'`
  ).map((row) => ({ ...row }));
  return { audits, final };
}
