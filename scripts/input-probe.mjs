// `npm run test:input`: every server action and route handler, sent the bad-input corpus
// (scripts/input-corpus.mjs) as every role and as no one, against the production server on a
// throwaway database (PostgreSQL when DATABASE_URL is set, else PGlite) seeded with the demo.
// The forms are found as people find them: each page with a form is opened in Chromium as the
// person who uses it, and each form's fields and values are read from the page. Then, for each
// form, every field in turn gets every value of the corpus (the rest left as the page had them),
// as its own user; the first field gets every value as everyone else too; every action is also
// sent bodies of the wrong shape (JSON, no fields, extra and repeated fields, a file for a text);
// and every route handler gets the corpus in its path and query. Passes when no answer is a 5xx or
// the product's sentence for an unexpected failure, every refusal is a field message, a sentence
// or a 4xx, and the database afterwards holds nothing a form must refuse (no NaN or infinity, no
// control characters, no user without a real e-mail address). Prints counts; exit 1 on a fault.
//   --port 3980
import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { chromium } from 'playwright-core';
import { DEMO_PEOPLE, signInAll, productionEnv } from './bench-lib.mjs';
import { classifyAnswer, CORPUS } from './input-corpus.mjs';
import { buildIfStale, root, run, serverArgs, throwawayDatabase, tsxBin, waitForOk } from './lib.mjs';
import { BODY_LIMIT_BYTES } from './request-gate.mjs';

const { values } = parseArgs({ options: { port: { type: 'string', default: '3980' } } });
const origin = `http://127.0.0.1:${values.port}`;
const env = productionEnv(values.port);

/** [who opens it, page] for every page that holds a form. */
const FORM_PAGES = [
  [null, '/sign-in'],
  ['lead', '/account/password'],
  ['lead', '/entries/2020-11/KPI4'],
  ['admin', '/entries/2020-11/SM14'],
  ['admin', '/admin/users'],
  ['admin', (ids) => `/admin/users/${ids.viewer}`],
  ['admin', '/admin/months'],
  ['admin', '/admin/measures'],
  ['admin', '/admin/measures/new'],
  ['admin', '/admin/measures/SM26'],
  ['admin', '/admin/measures/KPI2/benchmarks'],
  ['admin', '/admin/measures/KPI2/benchmarks/england-2019-09-30'],
  ['admin', '/admin/targets/2020'],
  ['admin', '/admin/targets/2020/KPI2'],
  ['admin', '/admin/import'],
  ['admin', '/admin/benchmarks'],
  ['executive', '/review/2020-11/close'],
  ['executive', '/review/2020-10/reopen'],
];

const ROLES = [null, 'viewer', 'lead', 'executive', 'admin'];

/** Every server action of the build: its id, and a page that serves it. */
function serverActions() {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, '.next', 'server', 'server-reference-manifest.json'), 'utf8'));
  return Object.entries(manifest.node).map(([id, entry]) => ({ id, name: entry.exportedName ?? id.slice(0, 8), worker: Object.keys(entry.workers)[0] }));
}

/** In the page: each form's action id and its named fields with the values the page gave them. */
function readForms() {
  return [...document.forms].flatMap((form) => {
    const inputs = [...form.elements].filter((el) => el.name);
    let actionId = null;
    for (const el of inputs) {
      const id = el.name.match(/^\$ACTION_ID_(.+)$/);
      if (id) actionId = id[1];
      if (/^\$ACTION_\d+:0$/.test(el.name)) {
        try {
          actionId = JSON.parse(el.value).id;
        } catch {
          // not a reference
        }
      }
    }
    if (!actionId) return [];
    const fields = [];
    for (const el of inputs) {
      if (el.name.startsWith('$ACTION')) continue;
      if ((el.type === 'checkbox' || el.type === 'radio') && !el.checked) {
        if (!fields.some((f) => f.name === el.name)) fields.push({ name: el.name, value: el.value, kind: 'choice', unchecked: true });
        continue;
      }
      const existing = fields.find((f) => f.name === el.name && f.unchecked);
      const field = { name: el.name, value: el.value, kind: el.type === 'file' ? 'file' : 'text' };
      if (existing) Object.assign(existing, field, { unchecked: false });
      else if (!fields.some((f) => f.name === el.name)) fields.push(field);
    }
    return [{ actionId, fields }];
  });
}

/** An action called as React calls it: the arguments as field "0", the form's fields prefixed "1_". */
function actionBody(actionId, fields) {
  const body = new FormData();
  // The id's first byte says which arguments the action reads: 0x40, the form only; 0x60, the state and the form.
  body.append('0', JSON.stringify(actionId.startsWith('40') ? ['$K1'] : [{ status: 'idle' }, '$K1']));
  for (const [name, value, kind] of fields) {
    if (kind === 'file') body.append(`1_${name}`, new Blob([value], { type: 'text/csv' }), 'figures.csv');
    else body.append(`1_${name}`, value);
  }
  return body;
}

const counts = { sent: 0, refused: 0, done: 0 };
const faults = [];

async function send(label, url, init) {
  counts.sent++;
  let response;
  try {
    response = await fetch(url, { ...init, redirect: 'manual' });
  } catch (error) {
    faults.push(`${label}: no answer (${error.cause?.code ?? error.message})`);
    return;
  }
  const body = await response.text();
  const answer = classifyAnswer(response.status, body);
  if (answer.kind === 'fault') faults.push(`${label}: ${answer.why}`);
  else counts[answer.kind]++;
}

async function postAction(label, page, actionId, cookie, body, contentType) {
  const url = `${origin}${page}`;
  // The body as bytes, to know its size: one over the server's limit is refused before it is read.
  const request = new Request(url, { method: 'POST', body, headers: contentType ? { 'content-type': contentType } : {} });
  const bytes = Buffer.from(await request.arrayBuffer());
  const headers = { 'next-action': actionId, accept: 'text/x-component', 'content-type': request.headers.get('content-type'), ...(cookie ? { cookie } : {}) };
  if (bytes.length > BODY_LIMIT_BYTES) return sendTooLarge(label, url, { method: 'POST', headers, body: bytes });
  return send(label, url, { method: 'POST', headers, body: bytes });
}

/** A body over the limit: a 413, or the connection closed while it was still being sent, is the refusal. */
async function sendTooLarge(label, url, init) {
  counts.sent++;
  try {
    const response = await fetch(url, { ...init, redirect: 'manual' });
    await response.arrayBuffer();
    if (response.status === 413) counts.refused++;
    else faults.push(`${label}: a body over the limit answered ${response.status}, not 413`);
  } catch (error) {
    if (['EPIPE', 'ECONNRESET', 'UND_ERR_SOCKET'].includes(error.cause?.code)) counts.refused++;
    else faults.push(`${label}: no answer (${error.cause?.code ?? error.message})`);
  }
}

const database = await throwawayDatabase('input');
Object.assign(env, database.env);
let server;
let serverLog = '';
try {
  await run(tsxBin, ['db/seed/index.ts', '--demo'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  await buildIfStale();
  server = spawn(process.execPath, serverArgs, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  server.stdout.on('data', (chunk) => (serverLog += chunk));
  server.stderr.on('data', (chunk) => (serverLog += chunk));
  await waitForOk(`${origin}/api/health`);
  const cookies = await signInAll(origin, DEMO_PEOPLE);
  const cookieOf = (role) => (role ? cookies[role] : undefined);
  const ids = { viewer: (await (await fetch(`${origin}/api/auth/session`, { headers: { cookie: cookies.viewer } })).json()).user.id };

  // The forms, as their people see them.
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox'] });
  const forms = [];
  try {
    for (const [role, at] of FORM_PAGES) {
      const page = typeof at === 'function' ? at(ids) : at;
      const context = await browser.newContext({ baseURL: origin });
      if (role) {
        const [name, value] = cookies[role].split('=');
        await context.addCookies([{ name, value, url: origin }]);
      }
      const tab = await context.newPage();
      const response = await tab.goto(page);
      if (response?.status() !== 200) throw new Error(`${page} answered ${response?.status()} for ${role ?? 'no one'}`);
      // One form per action and page: a list with a "Move up" form on every row needs one of them.
      for (const form of await tab.evaluate(readForms)) {
        if (!forms.some((f) => f.actionId === form.actionId && f.page === page)) forms.push({ role, page, ...form });
      }
      await context.close();
    }
  } finally {
    await browser.close();
  }
  const actions = serverActions();
  const formed = new Set(forms.map((f) => f.actionId));
  console.log(`${forms.length} forms on ${FORM_PAGES.length} pages, for ${formed.size} of the build's ${actions.length} server actions.`);

  // 1. Each field of each form, every value, as the form's own user.
  for (const form of forms) {
    for (const field of form.fields) {
      for (const [name, value] of CORPUS) {
        const fields = form.fields.filter((f) => !(f.kind === 'choice' && f.unchecked && f.name !== field.name)).map((f) => [f.name, f.name === field.name ? value : f.value, f.kind]);
        await postAction(`${form.page} ${field.name}=${name} as ${form.role ?? 'no one'}`, form.page, form.actionId, cookieOf(form.role), actionBody(form.actionId, fields));
      }
    }
  }
  // 2. The first field, every value, as everyone else.
  for (const form of forms) {
    const first = form.fields.find((f) => f.kind === 'text') ?? form.fields[0];
    for (const role of ROLES.filter((r) => r !== form.role)) {
      for (const [name, value] of CORPUS) {
        const fields = form.fields.map((f) => [f.name, f === first ? value : f.value, f.kind]);
        await postAction(`${form.page} ${first?.name}=${name} as ${role ?? 'no one'}`, form.page, form.actionId, cookieOf(role), actionBody(form.actionId, fields));
      }
    }
  }
  // 3. Every action of the build, bodies of the wrong shape, as everyone; actions no page showed a
  // form for get every field name the forms use, each value in all of them at once.
  const pageOf = (worker) => worker.replace(/^app/, '').replace(/\/page$/, '').replace(/\/\([^)]+\)/g, '').replace('[userId]', ids.viewer).replace('[month]', '2020-11').replace('[ref]', 'KPI4').replace('[point]', 'england-2019-09-30') || '/';
  const everyField = [...new Set(forms.flatMap((f) => f.fields.map((field) => field.name)))];
  for (const action of actions) {
    const page = pageOf(action.worker);
    for (const role of ROLES) {
      const cookie = cookieOf(role);
      const as = `${action.name} as ${role ?? 'no one'}`;
      await postAction(`${as}: JSON`, page, action.id, cookie, JSON.stringify({ value: '1', measureRef: 'KPI4' }), 'application/json');
      await postAction(`${as}: no fields`, page, action.id, cookie, actionBody(action.id, []));
      await postAction(`${as}: an extra field`, page, action.id, cookie, actionBody(action.id, [['extra', 'x', 'text'], ['__proto__', '{"polluted":true}', 'text'], ['constructor', 'x', 'text']]));
      await postAction(`${as}: every field twice`, page, action.id, cookie, actionBody(action.id, everyField.flatMap((n) => [[n, '1', 'text'], [n, '2', 'text']])));
      await postAction(`${as}: a file for every field`, page, action.id, cookie, actionBody(action.id, everyField.map((n) => [n, 'measure_ref\nKPI4', 'file'])));
      if (!formed.has(action.id) && (role === 'admin' || role === 'executive' || role === null)) {
        for (const [name, value] of CORPUS) {
          await postAction(`${as}: every field=${name}`, page, action.id, cookie, actionBody(action.id, everyField.map((n) => [n, value, 'text'])));
        }
      }
    }
  }
  // 4. Route handlers and pages, the corpus in the path and the query, as no one and as the admin.
  // A lone surrogate has no UTF-8 form: it goes as the bytes a broken client would send.
  const inAddress = (value) => encodeURIComponent(value.replace(/[\ud800-\udfff]/gu, '\ue000')).replaceAll('%EE%80%80', '%ED%A0%80');
  const encoded = CORPUS.filter(([name]) => name !== 'a megabyte').map(([name, value]) => [name, inAddress(value)]);
  for (const role of [null, 'admin']) {
    const headers = cookieOf(role) ? { cookie: cookieOf(role) } : {};
    for (const [name, v] of encoded) {
      for (const address of [`/packs/${v}`, `/packs/2020-10/${v}`, `/packs/2020-10/v1.${v}`, `/packs/${v}/v1.pdf`, `/api/health?${v}`, `/api/auth/${v}`, `/my-measures?month=${v}`, `/audit?page=${v}&action=${v}`, `/review/${v}`, `/entries/2020-11/${v}`, `/measures/${v}`, `/admin/targets/${v}/KPI2`, `/sign-in?callbackUrl=${v}`]) {
        await send(`GET ${address.slice(0, 60)} (${name}) as ${role ?? 'no one'}`, `${origin}${address}`, { headers });
      }
      await send(`POST /sign-out (${name})`, `${origin}/sign-out`, { method: 'POST', headers: { ...headers, origin, 'content-type': 'application/x-www-form-urlencoded' }, body: `x=${v}` });
    }
  }
} finally {
  server?.kill('SIGTERM');
  await new Promise((resolve) => (server && server.exitCode === null ? server.once('exit', resolve) : resolve()));
}

// 5. What the database holds afterwards (the server stopped: the embedded database has one owner).
try {
  const { stdout } = await promisify(execFile)(tsxBin, ['scripts/input-probe-check.ts'], { cwd: root, env });
  const found = JSON.parse(stdout.trim().split('\n').at(-1));
  for (const problem of found.problems) faults.push(`stored: ${problem}`);
} finally {
  await database.remove();
}

console.log(`\n${counts.sent.toLocaleString('en-GB')} requests: ${counts.refused.toLocaleString('en-GB')} refused with a sentence or a 4xx, ${counts.done.toLocaleString('en-GB')} accepted, ${faults.length} faults.`);
if (faults.length) {
  console.error(`\nFaults (the first 40 of ${faults.length}):\n${faults.slice(0, 40).map((f) => `  ${f}`).join('\n')}`);
  const errors = serverLog.split('\n').filter((line) => /error|fail/i.test(line)).slice(0, 20);
  if (errors.length) console.error(`\nThe server's log said:\n${errors.map((l) => `  ${l.slice(0, 300)}`).join('\n')}`);
  process.exitCode = 1;
}
