// What `npm run test:scale` proves, in a real browser through the proxy (scripts/scale-proxy.mjs)
// in front of two app servers, "a" and "b", on one PostgreSQL database. Each check is a function
// that throws a sentence when the product does not behave as one installation; scripts/scale-out.mjs
// runs them in order and reports each.
import { chromium } from 'playwright-core';
import { DEMO_PASSWORD } from './bench-lib.mjs';
import { PIN_HEADER, SERVED_BY_HEADER } from './scale-proxy.mjs';

const LEAD = 'lead.socialcare@tfc.example';
const EARLY_HELP_LEAD = 'lead.earlyhelp@tfc.example';
const EXECUTIVE = 'ceo@tfc.example';
const SIGN_IN_REFUSED = 'The e-mail address or password is not right';
const TIMEOUT_MS = 60_000;

export class CheckFailed extends Error {}

function check(condition, sentence) {
  if (!condition) throw new CheckFailed(sentence);
}

/**
 * A person's browser through the proxy. `pinTo("b")` sends every request from then on to server b
 * (X-Scale-Server); `pinTo(null)` lets the proxy take turns.
 */
async function person(browser, origin) {
  const context = await browser.newContext({ baseURL: origin });
  context.setDefaultTimeout(TIMEOUT_MS);
  let pin = null;
  await context.route('**/*', async (route) => {
    const headers = await route.request().allHeaders();
    if (pin) headers[PIN_HEADER] = pin;
    await route.continue({ headers });
  });
  const page = await context.newPage();
  return { context, page, pinTo: (name) => { pin = name; } };
}

const servedBy = (response) => response?.headers()[SERVED_BY_HEADER];

async function goto(someone, path) {
  const response = await someone.page.goto(path);
  check(response, `${path} did not answer`);
  return response;
}

async function signIn(someone, email, password = DEMO_PASSWORD) {
  const { page } = someone;
  await goto(someone, '/sign-in');
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

async function signedIn(page) {
  return (await page.getByTestId('signed-in-as').count()) > 0;
}

/** A request from outside the browser, through the proxy to the named server. */
async function fetchFrom(origin, server, path, headers = {}) {
  const response = await fetch(`${origin}${path}`, { headers: { ...headers, [PIN_HEADER]: server }, redirect: 'manual' });
  const body = await response.text();
  check(response.headers.get(SERVED_BY_HEADER) === server, `${path} was meant for server ${server} but ${response.headers.get(SERVED_BY_HEADER)} answered`);
  return { status: response.status, headers: response.headers, body };
}

/** The checks, in order; `sql` reads the shared database to confirm what the pages say. */
export function scaleChecks({ origin, sql }) {
  let browser;
  let lead;
  return {
    async open() {
      browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox'] });
    },
    async close() {
      await browser?.close();
    },
    checks: [
      {
        name: 'A person signed in on server a is signed in on server b, request after request',
        async run() {
          lead = await person(browser, origin);
          lead.pinTo('a');
          await signIn(lead, LEAD);
          await lead.page.getByTestId('signed-in-as').waitFor();
          const pages = ['/', '/my-measures', '/measures', '/my-measures?month=2020-11', '/packs', '/'];
          const alternating = [];
          for (const [i, path] of pages.entries()) {
            const server = i % 2 === 0 ? 'b' : 'a';
            lead.pinTo(server);
            const response = await goto(lead, path);
            check(servedBy(response) === server, `${path} was meant for server ${server} but ${servedBy(response)} answered`);
            check(response.status() === 200 && (await signedIn(lead.page)), `${path} on server ${server} did not show the lead signed in (${response.status()}, ${lead.page.url()})`);
            alternating.push(server);
          }
          // Taking turns as the proxy likes, every page and every request behind it (scripts,
          // prefetches) goes wherever it is sent.
          lead.pinTo(null);
          const byTurns = new Set();
          for (let i = 0; i < 6; i++) {
            const response = await goto(lead, '/my-measures');
            byTurns.add(servedBy(response));
            check(response.status() === 200 && (await signedIn(lead.page)), `a page taken in turns (server ${servedBy(response)}) did not show the lead signed in`);
          }
          return `pages served by ${alternating.join(', ')} and then in turns by ${[...byTurns].sort().join(' and ')}, signed in on every one`;
        },
      },
      {
        name: "A lead's entry form opened on server a saves through server b",
        async run() {
          const { page } = lead;
          lead.pinTo('a');
          const opened = await goto(lead, '/entries/2020-11/KPI4');
          check(servedBy(opened) === 'a', `the form was meant to open on server a but ${servedBy(opened)} answered`);
          await page.locator('html[data-hydrated="true"]').waitFor({ state: 'attached' });
          await page.getByLabel('Value for November 2020', { exact: true }).fill('94.5');
          await page.getByLabel('Commentary', { exact: true }).fill('Two visits slipped in the last week of November while a social worker was off sick.');
          await page.getByLabel('Improvement action', { exact: true }).fill('Team manager checks visit due dates every Monday; cover is arranged for absences.');
          lead.pinTo('b');
          const [saved] = await Promise.all([
            page.waitForResponse((r) => r.request().method() === 'POST'),
            page.getByRole('button', { name: 'Save draft', exact: true }).click(),
          ]);
          check(servedBy(saved) === 'b', `the save was meant for server b but ${servedBy(saved)} answered it`);
          await page.getByTestId('entry-saved').filter({ hasText: 'KPI4 for November 2020 is saved as a draft.' }).waitFor();
          const [stored] = await sql`
            select entries.value::text as value, entries.status from entries
            join measures on measures.id = entries.measure_id join periods on periods.id = entries.period_id
            where measures.ref = 'KPI4' and periods.month = '2020-11-01'`;
          check(stored?.value === '94.5' && stored.status === 'draft', `the database holds KPI4's November as ${JSON.stringify(stored)}, not the draft 94.5`);
          lead.pinTo('a');
          await goto(lead, '/entries/2020-11/KPI4');
          const shown = await page.getByLabel('Value for November 2020', { exact: true }).inputValue();
          check(shown === '94.5', `server a shows ${shown} after server b saved 94.5`);
          // Submitted from a's page through b too: November needs all 32 submitted to be signed off.
          await page.locator('html[data-hydrated="true"]').waitFor({ state: 'attached' });
          lead.pinTo('b');
          const [submitted] = await Promise.all([
            page.waitForResponse((r) => r.request().method() === 'POST'),
            page.getByRole('button', { name: 'Submit', exact: true }).click(),
          ]);
          check(servedBy(submitted) === 'b', `the submission was meant for server b but ${servedBy(submitted)} answered it`);
          await page.getByTestId('entry-saved').filter({ hasText: 'KPI4 for November 2020 is submitted, rated Amber.' }).waitFor();
          return 'opened on a, saved as a draft through b (94.5 in the database, shown by a), submitted through b';
        },
      },
      {
        name: 'Signing out on server a ends the session on server b',
        async run() {
          const session = (await lead.context.cookies()).find((cookie) => cookie.name.endsWith('session-token'));
          check(session, 'the lead has no session cookie');
          const cookie = `${session.name}=${session.value}`;
          const before = await fetchFrom(origin, 'b', '/my-measures', { cookie });
          check(before.status === 200, `before signing out, server b answered the session with ${before.status}`);
          lead.pinTo('a');
          await goto(lead, '/');
          await lead.page.getByRole('button', { name: 'Sign out' }).click();
          await lead.page.waitForURL(/\/sign-in\?signed-out=1$/);
          const after = await fetchFrom(origin, 'b', '/my-measures', { cookie });
          const location = after.headers.get('location') ?? '';
          check(after.status >= 300 && after.status < 400 && location.includes('/sign-in'), `after signing out on a, server b answered the old session cookie with ${after.status} ${location}`);
          await lead.context.close();
          return `the same cookie: 200 from b before, ${after.status} to the sign-in page from b after signing out on a`;
        },
      },
      {
        name: 'The sign-in throttle counts failures on both servers, by the address the proxy passes on',
        async run() {
          const someone = await person(browser, origin);
          // A client's own X-Forwarded-For is a guess anyone can write: the servers must ignore it.
          await someone.context.setExtraHTTPHeaders({ 'x-forwarded-for': '203.0.113.9' });
          const turns = ['a', 'b', 'a', 'b', 'a'];
          for (const server of turns) {
            someone.pinTo(server);
            await signIn(someone, EARLY_HELP_LEAD, 'not-the-password');
            await someone.page.getByText(SIGN_IN_REFUSED).first().waitFor();
          }
          someone.pinTo('b');
          await signIn(someone, EARLY_HELP_LEAD);
          await someone.page.getByText(SIGN_IN_REFUSED).first().waitFor();
          check(!(await signedIn(someone.page)), 'the right password was let in on server b after five failures on a and b');
          await someone.context.close();
          const rows = await sql`select key, failures, locked_until > now() as locked from sign_in_throttles order by key`;
          const account = rows.find((row) => row.key === `email:${EARLY_HELP_LEAD}`);
          // A lock starts a new window: the row holds the lock, its failures counted from zero again.
          check(account?.locked === true, `the database's throttle for the account is ${JSON.stringify(account)}, not locked after 5 failures`);
          const addresses = rows.filter((row) => row.key.startsWith('address:')).map((row) => row.key.slice('address:'.length));
          check(addresses.includes('127.0.0.1'), `the throttle did not count the browser's address 127.0.0.1 (it has ${addresses.join(', ') || 'none'})`);
          check(!addresses.includes('203.0.113.9') && !addresses.includes('127.0.0.3'), `the throttle counted a forged or the proxy's own address: ${addresses.join(', ')}`);
          return `5 failures on a, b, a, b, a lock the account on both (the right password refused on b); counted against 127.0.0.1, not the forged 203.0.113.9 nor the proxy's 127.0.0.3`;
        },
      },
      {
        name: 'A month published on server a is seen at once on server b, and so is its next version',
        async run() {
          const before = await fetchFrom(origin, 'b', '/packs/2020-11');
          check(before.status === 404, `server b answered /packs/2020-11 with ${before.status} before November was published`);
          const executive = await person(browser, origin);
          executive.pinTo('a');
          await signIn(executive, EXECUTIVE);
          await executive.page.getByTestId('signed-in-as').waitFor();
          const { page } = executive;
          await goto(executive, '/review/2020-11');
          await page.getByRole('link', { name: 'Close for review' }).click();
          await page.waitForURL(/\/review\/2020-11\/close$/);
          await page.getByRole('button', { name: 'Close for review' }).click();
          await page.waitForURL(/\/review\/2020-11\?done=closed$/);
          await signOffAndPublish(page, 1);

          const first = await seenOn(origin, 'b', 1);
          // Now b keeps version 1 of November's newest address in memory.
          const again = await fetchFrom(origin, 'b', '/packs/2020-11');
          check(again.headers.get('x-pack-cache') === 'hit', 'server b did not keep November\'s newest address: the next check would prove nothing');

          executive.pinTo('a');
          await goto(executive, '/review/2020-11');
          await page.getByRole('link', { name: 'Reopen', exact: true }).click();
          await page.waitForURL(/\/review\/2020-11\/reopen$/);
          await page.getByLabel('Why are you reopening the month?').fill('Checking that a second version reaches every server at once.');
          await page.getByRole('button', { name: 'Reopen the month' }).click();
          await page.waitForURL(/\/review\/2020-11\?done=reopened$/);
          await signOffAndPublish(page, 2);
          const second = await seenOn(origin, 'b', 2);
          const versionOne = await fetchFrom(origin, 'b', '/packs/2020-11/v1');
          check(versionOne.status === 200, `server b answered November's version 1 with ${versionOne.status}`);
          await executive.context.close();
          return `straight after a published, b served November's newest address and listed it on /packs: version 1 (${first} ms for both), then version 2 (${second} ms) though b had kept version 1 in memory; version 1's own address still served`;
        },
      },
    ],
  };
}

async function signOffAndPublish(page, version) {
  await page.getByRole('link', { name: 'Sign off', exact: true }).click();
  await page.waitForURL(/\/review\/2020-11\/sign-off$/);
  await page.getByRole('button', { name: 'Sign off', exact: true }).click();
  await page.waitForURL(/\/review\/2020-11\?done=signed-off$/);
  await page.getByRole('link', { name: 'Publish', exact: true }).click();
  await page.waitForURL(/\/review\/2020-11\/publish$/);
  await page.getByRole('button', { name: 'Publish the pack' }).click();
  await page.waitForURL(new RegExp(`/review/2020-11\\?done=published&version=${version}$`));
}

/** November's newest address and the list of packs on the other server, straight after publishing: ms taken. */
async function seenOn(origin, server, version) {
  const started = Date.now();
  const newest = await fetchFrom(origin, server, '/packs/2020-11');
  const location = newest.headers.get('content-location');
  check(newest.status === 200 && location === `/packs/2020-11/v${version}`, `straight after version ${version} was published, server ${server} answered /packs/2020-11 with ${newest.status}, ${location ?? 'no version'}`);
  check(newest.body.includes('November 2020'), `server ${server}'s /packs/2020-11 does not say November 2020`);
  const list = await fetchFrom(origin, server, '/packs');
  check(list.status === 200 && list.body.includes(`data-testid="pack-2020-11-v${version}"`), `server ${server}'s /packs does not list November's version ${version}`);
  return Date.now() - started;
}
