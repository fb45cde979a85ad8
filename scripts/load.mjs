// `npm run test:load`: many leads saving and submitting their November entries at once through
// the entry form's real server action, against the production server on a throwaway PostgreSQL
// database (DATABASE_URL's server, else postgres://postgres@127.0.0.1:5432/test). Seeds `--leads`
// lead accounts each owning a few measures (scripts/load-seed.ts), signs each in once through the
// sign-in form, then for `--seconds` every lead loops: think, save a draft or submit with the
// version it last saw. The think time is a person's at a deadline's busiest: 5 s on average between
// saves (2.5 to 7.5 s), so 100 leads ask for about 20 saves a second; `--think-ms 1000` asks for
// five times that, more than one server process here can answer (README, "Under load"). `--second-windows` of them keep a second window open on the same entries,
// so two saves of one entry race on purpose. Then it checks: no 5xx; no lost update (every
// accepted save is in the database and the audit log with the version it was given, and every
// refusal is the product's conflict sentence); p95 of a save at most 150 ms. Exit 1 when a check fails.
//   --leads 100  --seconds 60  --second-windows 10  --think-ms 5000 (mean; 0.5× to 1.5×)
//   --measures-per-lead 3  --port 4100  --profile (the server's CPU profile into bench/profiles/)
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import postgres from 'postgres';
import { findLostUpdates, percentile } from './load-check.mjs';
import { figuresFor, leadsAndEntries, loadDatabase, saveThroughForm, signInLeads, startServer, loadOutcome } from './load-lib.mjs';
import { buildIfStale, root } from './lib.mjs';

const { values } = parseArgs({
  options: {
    leads: { type: 'string', default: '100' },
    seconds: { type: 'string', default: '60' },
    'second-windows': { type: 'string', default: '10' },
    'think-ms': { type: 'string', default: '5000' },
    'measures-per-lead': { type: 'string', default: '3' },
    port: { type: 'string', default: '4100' },
    profile: { type: 'boolean', default: false },
  },
});
const leadCount = Number(values.leads);
const seconds = Number(values.seconds);
const secondWindows = Math.min(Number(values['second-windows']), leadCount);
const thinkMs = Number(values['think-ms']);
if (!(leadCount >= 1 && leadCount <= 300 && seconds > 0 && seconds <= 600 && secondWindows >= 0 && thinkMs >= 0)) {
  console.error('Give --leads from 1 to 300, --seconds from 1 to 600, --second-windows of 0 or more and --think-ms of 0 or more.');
  process.exit(2);
}
const P95_TARGET_MS = 150;

const database = await loadDatabase('load', leadCount, Number(values['measures-per-lead']));
const databaseUrl = database.env.DATABASE_URL;
let server;
let failed = false;
try {
  await buildIfStale();
  const profileDir = path.join(root, 'bench', 'profiles');
  const nodeArgs = values.profile ? ['--cpu-prof', '--cpu-prof-dir', profileDir] : [];
  server = await startServer(Number(values.port), database.env, { nodeArgs });
  const leads = await leadsAndEntries(databaseUrl);
  console.log(`Signing ${leads.length} leads in through the sign-in form…`);
  const signInStarted = performance.now();
  const { cookies, template } = await signInLeads(server.origin, leads.map((l) => l.email), leads[0].entries[0].ref);
  console.log(`Signed in ${cookies.size} leads in ${((performance.now() - signInStarted) / 1000).toFixed(1)} s.`);

  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  const [{ last }] = await sql`select coalesce(max(id), 0)::int as last from audit_events`;
  const before = new Map(leads.flatMap((l) => l.entries.map((e) => [e.ref, e.version])));

  const accepted = [];
  const refusals = [];
  const unanswered = new Set();
  const latencies = [];
  const statuses = new Map();
  const serverErrors = [];
  const end = performance.now() + seconds * 1000;

  /** One browser window of one lead: its own view of each entry's version, as the form keeps it. */
  async function window(lead, name) {
    // Like a browser, the window sends back the session cookie as the server last renewed it.
    let cookie = cookies.get(lead.email);
    const view = new Map(lead.entries.map((e) => [e.ref, { version: e.version, status: e.status }]));
    let n = 0;
    await new Promise((resolve) => setTimeout(resolve, Math.random() * thinkMs));
    while (performance.now() < end) {
      const { ref } = lead.entries[Math.floor(Math.random() * lead.entries.length)];
      const seen = view.get(ref);
      const intent = seen.status === 'submitted' ? (Math.random() < 0.5 ? 'submit' : 'withdraw') : Math.random() < 0.3 ? 'submit' : 'draft';
      const figures = figuresFor(`${name}.${++n}`, n, intent, seen.version);
      const result = await saveThroughForm(server.origin, template, cookie, ref, figures);
      cookie = result.cookie ?? cookie;
      latencies.push(result.ms);
      statuses.set(result.status, (statuses.get(result.status) ?? 0) + 1);
      const answer = result.answer;
      if (answer?.status === 'success') {
        accepted.push({ ref, version: answer.data.version, status: answer.data.status, value: figures.value, commentary: figures.commentary });
        view.set(ref, { version: answer.data.version, status: answer.data.status });
      } else if (answer?.status === 'error') {
        refusals.push({ ref, message: answer.message ?? JSON.stringify(answer.fieldErrors), kind: answer.conflict ? 'conflict' : 'other' });
        if (answer.conflict) view.set(ref, { version: answer.conflict.version, status: answer.conflict.status });
      } else {
        unanswered.add(ref);
        if (result.status >= 500 || result.status === 0) serverErrors.push(`${ref}: ${result.status || result.error} ${(result.text ?? '').slice(0, 200)}`);
      }
      await new Promise((resolve) => setTimeout(resolve, thinkMs * (0.5 + Math.random())));
    }
  }

  console.log(`${leads.length} leads (${secondWindows} with a second window) saving for ${seconds} s, thinking ${thinkMs} ms on average between saves…`);
  const started = performance.now();
  await Promise.all([
    ...leads.map((lead, i) => window(lead, `L${i + 1}`)),
    ...leads.slice(0, secondWindows).map((lead, i) => window(lead, `L${i + 1}w2`)),
  ]);
  const elapsed = (performance.now() - started) / 1000;

  const { audits, final } = await loadOutcome(sql, last);
  await sql.end();

  const verdict = findLostUpdates({ accepted, refusals, audits, final, before, unanswered });
  const sorted = latencies.toSorted((a, b) => a - b);
  const fiveHundreds = [...statuses].filter(([status]) => status >= 500 || status === 0).reduce((sum, [, count]) => sum + count, 0);
  const p95 = percentile(sorted, 95);
  const ms = (n) => `${Math.round(n)} ms`;

  console.log(`\n${latencies.length} saves in ${elapsed.toFixed(1)} s (${(latencies.length / elapsed).toFixed(1)} a second) by ${leads.length + secondWindows} windows`);
  console.log(`  answers by HTTP status: ${[...statuses].map(([s, c]) => `${s || 'no answer'} × ${c}`).join(', ')}`);
  console.log(`  accepted ${verdict.accepted}, refused as a conflict ${verdict.conflicts}, other refusals ${refusals.length - verdict.conflicts}, unanswered ${latencies.length - accepted.length - refusals.length}`);
  console.log(`  audit events written ${verdict.audited}${verdict.unacknowledged ? ` (${verdict.unacknowledged} for saves whose answer was lost)` : ''}`);
  console.log(`  save latency: p50 ${ms(percentile(sorted, 50))}, p95 ${ms(p95)}, p99 ${ms(percentile(sorted, 99))}, max ${ms(sorted.at(-1) ?? NaN)}`);
  if (values.profile) console.log(`  the server's CPU profile goes to ${path.relative(root, profileDir)}/ when it stops`);

  const checks = [
    { what: 'no 5xx and no unanswered save', met: fiveHundreds === 0, value: `${fiveHundreds}` },
    { what: 'no lost update, every refusal the conflict sentence', met: verdict.problems.length === 0, value: `${verdict.problems.length} problem(s)` },
    { what: `p95 of a save at most ${P95_TARGET_MS} ms`, met: p95 <= P95_TARGET_MS, value: ms(p95) },
    { what: 'some saves accepted and some conflicts met', met: verdict.accepted > 0 && (secondWindows === 0 || verdict.conflicts > 0), value: `${verdict.accepted} / ${verdict.conflicts}` },
  ];
  console.log('\nChecks:');
  for (const check of checks) console.log(`  ${check.met ? 'met    ' : 'NOT MET'}  ${check.what}: ${check.value}`);
  for (const problem of verdict.problems.slice(0, 20)) console.log(`    ${problem}`);
  for (const error of serverErrors.slice(0, 10)) console.log(`    ${error}`);
  failed = checks.some((check) => !check.met);
} catch (error) {
  console.error(error);
  failed = true;
} finally {
  await server?.stop();
  if (failed && server) fs.writeFileSync(path.join(root, 'bench', 'load-server.log'), server.log());
  await database.remove();
}
process.exit(failed ? 1 : 0);
