// `npm run test:faults`: the database goes away, and the app copes.
// (a) PostgreSQL stops in the middle of a load (scripts/load.mjs's leads, fewer and shorter), with
//     saves held inside their transactions at that moment (another connection holds November's
//     row, so they wait on it), and starts again `--outage` seconds later. The server is not
//     restarted. Checked: every save answered during the outage with the product's sentence
//     (nothing was saved) or its service-problem page, never an unexplained failure; /api/health
//     503 during the outage and 200 after, the time to recover printed; saves accepted again after;
//     and the database after holds nothing half-written (every version its audit event, every
//     accepted save kept: scripts/load-check.mjs).
// (b) An embedded PGlite folder whose server was killed with SIGKILL opens again: the new server
//     takes over the stale lock, says so in its log, and serves the same data.
// PostgreSQL is always started again at the end, whatever happened.
//   --leads 20  --seconds 25  --outage 5  --think-ms 500  --port 4150  --only postgres|pglite
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import postgres from 'postgres';
import { findLostUpdates } from './load-check.mjs';
import { figuresFor, leadsAndEntries, loadDatabase, MONTH, saveThroughForm, signInLeads, startServer, loadOutcome } from './load-lib.mjs';
import { buildIfStale, root, run, tsxBin } from './lib.mjs';

const { values } = parseArgs({
  options: {
    leads: { type: 'string', default: '20' },
    seconds: { type: 'string', default: '25' },
    outage: { type: 'string', default: '5' },
    'think-ms': { type: 'string', default: '500' },
    port: { type: 'string', default: '4150' },
    only: { type: 'string' },
  },
});
const leadCount = Number(values.leads);
const seconds = Number(values.seconds);
const outageSeconds = Number(values.outage);
const thinkMs = Number(values['think-ms']);
const port = Number(values.port);
if (!(leadCount >= 1 && leadCount <= 100 && seconds >= outageSeconds + 10 && seconds <= 300 && outageSeconds >= 1 && outageSeconds <= 30)) {
  console.error('Give --leads from 1 to 100, --outage from 1 to 30 seconds and --seconds of at least the outage plus 10 (at most 300).');
  process.exit(2);
}

/** The sentence the entry form shows when a save fails for a reason of the service's own (app/_server/run-command.ts). */
const NOTHING_SAVED = /^Sorry, something went wrong and nothing was saved\. Try again/;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const cluster = ['--skip-systemctl-redirect', '15', 'main'];

function postgresRunning() {
  try {
    execFileSync('pg_ctlcluster', [...cluster, 'status'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Stops or starts the cluster without blocking this process: the leads go on saving meanwhile. */
async function postgresCommand(action) {
  await promisify(execFile)('pg_ctlcluster', [...cluster, action]);
}

/** Waits until PostgreSQL accepts connections again. */
async function postgresAnswers(url, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const sql = postgres(url, { max: 1, connect_timeout: 2, onnotice: () => {} });
    try {
      await sql`select 1`;
      return;
    } catch {
      await sleep(200);
    } finally {
      await sql.end({ timeout: 1 }).catch(() => {});
    }
  }
  throw new Error('PostgreSQL did not come back');
}

async function postgresOutage() {
  const checks = [];
  const check = (what, met, value) => checks.push({ what, met, value });
  const database = await loadDatabase('faults', leadCount, 3);
  const databaseUrl = database.env.DATABASE_URL;
  let server;
  try {
    server = await startServer(port, database.env);
    const leads = await leadsAndEntries(databaseUrl);
    const { cookies, template } = await signInLeads(server.origin, leads.map((l) => l.email), leads[0].entries[0].ref);
    const before = new Map(leads.flatMap((l) => l.entries.map((e) => [e.ref, e.version])));
    const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
    const [{ last }] = await sql`select coalesce(max(id), 0)::int as last from audit_events`;
    await sql.end();

    const started = performance.now();
    const at = () => (performance.now() - started) / 1000;
    const end = started + seconds * 1000;
    const outageAt = 6;
    let stoppedAt = Infinity;
    let startedAgainAt = Infinity;
    let downAt = Infinity;
    let startingAt = Infinity;

    // /api/health every 100 ms: when it first says 503, and when it first says 200 again.
    const health = [];
    const watching = (async () => {
      while (performance.now() < end + 5000) {
        const asked = at();
        let status;
        try {
          status = (await fetch(`${server.origin}/api/health`, { signal: AbortSignal.timeout(5000) })).status;
        } catch {
          status = 0;
        }
        health.push({ asked, answered: at(), status });
        await sleep(100);
      }
    })();

    const accepted = [];
    const refusals = [];
    const duringOutage = [];
    const unexplained = [];
    const unanswered = new Set();
    let acceptedAfter = 0;
    async function window(lead, name) {
      const cookie = cookies.get(lead.email);
      const view = new Map(lead.entries.map((e) => [e.ref, { version: e.version, status: e.status }]));
      let n = 0;
      while (performance.now() < end) {
        const { ref } = lead.entries[Math.floor(Math.random() * lead.entries.length)];
        const seen = view.get(ref);
        const intent = seen.status === 'submitted' ? (Math.random() < 0.5 ? 'submit' : 'withdraw') : Math.random() < 0.3 ? 'submit' : 'draft';
        const figures = figuresFor(`${name}.${++n}`, n, intent, seen.version);
        const sent = at();
        const result = await saveThroughForm(server.origin, template, cookie, ref, figures);
        const answered = at();
        const answer = result.answer;
        // Sent before PostgreSQL came back and answered after it went: this save met the outage.
        const inOutage = sent < startedAgainAt + 1 && answered >= stoppedAt;
        if (answer?.status === 'success') {
          accepted.push({ ref, version: answer.data.version, status: answer.data.status, value: figures.value, commentary: figures.commentary });
          view.set(ref, { version: answer.data.version, status: answer.data.status });
          if (sent > startedAgainAt) acceptedAfter++;
        } else if (answer?.status === 'error' && answer.conflict) {
          refusals.push({ ref, kind: 'conflict', message: answer.message });
          view.set(ref, { version: answer.conflict.version, status: answer.conflict.status });
        } else if (answer?.status === 'error' && inOutage && NOTHING_SAVED.test(answer.message ?? '')) {
          // The person keeps what they typed and is told nothing was saved. Whether it was is for
          // the database check below; their next save learns the version from a conflict if so.
          duringOutage.push({ ref, how: 'sentence' });
          unanswered.add(ref);
        } else if (inOutage && result.status === 500 && /Sorry, there is a problem with the service|digest/.test(result.text ?? '')) {
          duringOutage.push({ ref, how: 'service problem page' });
          unanswered.add(ref);
        } else {
          unanswered.add(ref);
          if (unexplained.length === 0) fs.writeFileSync(path.join(root, 'bench', 'faults-first-unexplained.txt'), result.text ?? result.error ?? '');
          unexplained.push(`${ref} at ${sent.toFixed(1)}–${answered.toFixed(1)} s: ${result.status || result.error} ${answer ? JSON.stringify(answer).slice(0, 200) : (result.text ?? '').slice(0, 200)}`);
        }
        await sleep(thinkMs * (0.5 + Math.random()));
      }
    }

    // Saves held inside their transactions when the server goes: another connection takes
    // November's row for update, so each save waits on it in `lockPeriodForEntries`.
    const outage = (async () => {
      await sleep(outageAt * 1000 - 1000);
      const holder = postgres(databaseUrl, { max: 1, onnotice: () => {} });
      const held = holder
        .begin(async (tx) => {
          await tx`select id from periods where month = ${`${MONTH}-01`} for update`;
          await sleep(60_000);
        })
        .catch(() => {});
      await sleep(1000);
      const watcher = postgres(databaseUrl, { max: 1, onnotice: () => {} });
      const [{ waiting }] = await watcher`
        select count(*)::int as waiting from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`.catch(() => [{ waiting: NaN }]);
      await watcher.end();
      console.log(`  ${at().toFixed(1)} s: ${waiting} save(s) waiting inside their transactions; stopping PostgreSQL`);
      stoppedAt = at();
      await postgresCommand('stop');
      downAt = at();
      console.log(`  ${at().toFixed(1)} s: PostgreSQL has stopped`);
      held.catch(() => {});
      await sleep(outageSeconds * 1000);
      console.log(`  ${at().toFixed(1)} s: starting PostgreSQL again`);
      startingAt = at();
      await postgresCommand('start');
      startedAgainAt = at();
      holder.end({ timeout: 1 }).catch(() => {});
    })();

    console.log(`(a) ${leads.length} leads saving for ${seconds} s; PostgreSQL stops at ${outageAt} s for ${outageSeconds} s…`);
    await Promise.all([...leads.map((lead, i) => window(lead, `L${i + 1}`)), outage]);
    await watching;
    await postgresAnswers(databaseUrl);

    const sqlAfter = postgres(databaseUrl, { max: 1, onnotice: () => {} });
    const { audits, final } = await loadOutcome(sqlAfter, last);
    await sqlAfter.end();
    const verdict = findLostUpdates({ accepted, refusals, audits, final, before, unanswered });

    const firstDown = health.find((h) => h.asked >= stoppedAt && h.status !== 200);
    const downAll = health.filter((h) => h.asked >= downAt && h.answered < startingAt);
    const backAt = health.find((h) => h.answered >= startingAt && h.status === 200);
    const afterBack = backAt ? health.filter((h) => h.asked > backAt.answered + 1) : [];
    // From PostgreSQL accepting connections again (its start command done) to the first 200: 0 if before.
    const recovery = backAt ? Math.max(0, backAt.answered - startedAgainAt) : NaN;
    const tally = (list) => [...list.reduce((m, h) => m.set(h.status || 'no answer', (m.get(h.status || 'no answer') ?? 0) + 1), new Map())].map(([s, c]) => `${s} × ${c}`).join(', ');
    console.log(`  health answers while PostgreSQL was down: ${tally(downAll) || 'none'}; after it came back: ${tally(afterBack) || 'none'}`);
    const around = health.filter((h) => h.asked >= stoppedAt - 0.5 && h.asked < startedAgainAt + 0.3);
    console.log(`  health asked (s) → status, answered (s): ${around.map((h) => `${h.asked.toFixed(1)}→${h.status || '—'},${h.answered.toFixed(1)}`).join('  ')}`);
    const told = duringOutage.filter((d) => d.how === 'sentence').length;
    console.log(`  health: first ${firstDown?.status ?? '—'} at ${firstDown?.asked.toFixed(1) ?? '—'} s; ${downAll.filter((h) => h.status === 503).length} of ${downAll.length} answers 503 while it was down; 200 again ${recovery.toFixed(2)} s after PostgreSQL started (its start took ${(startedAgainAt - startingAt).toFixed(1)} s)`);
    console.log(`  saves: ${accepted.length} accepted (${acceptedAfter} after PostgreSQL came back), ${verdict.conflicts} conflicts, ${duringOutage.length} met the outage (${told} told "nothing was saved", ${duringOutage.length - told} shown the service-problem page), ${unexplained.length} unexplained`);
    console.log(`  database after: ${verdict.audited} audit events, ${verdict.unacknowledged} of them for a save whose person was told it failed`);
    check('/api/health 503 while PostgreSQL is down', downAll.length > 0 && downAll.every((h) => h.status === 503), `${downAll.filter((h) => h.status === 503).length}/${downAll.length}`);
    check('/api/health 200 again after PostgreSQL starts, and stays so', Boolean(backAt) && afterBack.every((h) => h.status === 200), `${recovery.toFixed(2)} s to recover`);
    check('every save during the outage answered with a sentence, none unexplained', unexplained.length === 0 && duringOutage.length > 0, `${duringOutage.length} met it, ${unexplained.length} unexplained`);
    check('saves accepted again after the outage, without restarting the server', acceptedAfter > 0, `${acceptedAfter}`);
    check('nothing half-written, no accepted save lost', verdict.problems.length === 0, `${verdict.problems.length} problem(s)`);
    for (const line of [...unexplained, ...verdict.problems].slice(0, 15)) console.log(`    ${line}`);
  } catch (error) {
    console.error(error);
    check('the outage run finished', false, error.message);
  } finally {
    await server?.stop();
    if (!postgresRunning()) await postgresCommand('start');
    await postgresAnswers(databaseUrl).catch(() => {});
    if (checks.some((c) => !c.met) && server) fs.writeFileSync(path.join(root, 'bench', 'faults-server.log'), server.log());
    await database.remove().catch((error) => console.error(`Could not remove ${database.where}: ${error.message}`));
  }
  return checks;
}

async function killedEmbeddedServer() {
  const checks = [];
  const check = (what, met, value) => checks.push({ what, met, value });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pp-faults-'));
  const pgliteDir = path.join(dir, 'pglite');
  const env = { ...process.env, DATABASE_URL: '', PGLITE_DIR: pgliteDir, NODE_ENV: 'production', SEED_DEMO_ACCOUNTS: 'true' };
  let server;
  try {
    await run(tsxBin, ['db/seed/index.ts', '--demo'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
    const databaseEnv = { DATABASE_URL: '', PGLITE_DIR: pgliteDir };
    server = await startServer(port + 1, databaseEnv);
    const pack = async (origin) => {
      const response = await fetch(`${origin}/packs/2020-10/v1`);
      const html = await response.text();
      return { status: response.status, refs: [...new Set(html.match(/\b[A-Z]{2,4}\d{1,3}\b/g) ?? [])].sort().join(' ') };
    };
    const first = await pack(server.origin);
    const lock = `${pgliteDir}.lock`;
    const heldBy = fs.readFileSync(lock, 'utf8').trim();
    await server.stop('SIGKILL');
    console.log(`(b) the server on ${pgliteDir} (process ${heldBy}) killed with SIGKILL; its lock file ${fs.existsSync(lock) ? 'is left behind' : 'is gone'}`);
    check('a SIGKILL leaves the lock file behind (the case to recover from)', fs.existsSync(lock), heldBy);
    const opened = performance.now();
    server = await startServer(port + 1, databaseEnv);
    const openMs = performance.now() - opened;
    const again = await pack(server.origin);
    const sentence = server.log().split('\n').find((line) => line.includes('was left locked by process'));
    console.log(`  started again in ${(openMs / 1000).toFixed(1)} s; its log says: ${sentence?.trim() ?? '(nothing about the lock)'}`);
    check('the new server takes over the stale lock and says so in its log', Boolean(sentence) && sentence.includes(heldBy), sentence ? 'said' : 'not said');
    check('the published pack is served with the same data', first.status === 200 && again.status === 200 && first.refs === again.refs && first.refs.length > 0, `${again.status}, ${again.refs.split(' ').length} measure refs`);
  } catch (error) {
    console.error(error);
    check('the embedded run finished', false, error.message);
  } finally {
    await server?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return checks;
}

let checks = [];
try {
  await buildIfStale();
  if (values.only !== 'pglite') checks.push(...(await postgresOutage()));
  if (values.only !== 'postgres') checks.push(...(await killedEmbeddedServer()));
} catch (error) {
  console.error(error);
  checks.push({ what: 'the run finished', met: false, value: error.message });
} finally {
  if (!postgresRunning()) await postgresCommand('start').catch((error) => console.error(`Could not start PostgreSQL again: ${error.message}`));
}
console.log('\nChecks:');
for (const c of checks) console.log(`  ${c.met ? 'met    ' : 'NOT MET'}  ${c.what}: ${c.value}`);
process.exit(checks.some((c) => !c.met) ? 1 : 0);
