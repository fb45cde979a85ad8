// Every page and route handler the app has × every role and anonymous, as a table. A real server,
// real sessions, no redirects followed: what each person actually gets back.
import fs from 'node:fs';
import { expect, test, type APIRequestContext, type Browser } from './fixtures';
import { sessionFile, SIGNED_OUT } from './sessions';
import { DEMO, type Role } from './sign-in';

type Who = 'anonymous' | 'viewer' | 'lead' | 'executive' | 'admin';
type Outcome = 'ok' | 'forbidden' | 'sign-in' | 'home' | 'measures' | 'my-measures' | 'a-month-review' | 'not-allowed';
const WHO: Who[] = ['anonymous', 'viewer', 'lead', 'executive', 'admin'];

/** [route pattern, path to request, outcome for anonymous, viewer, lead, executive, admin] */
const MATRIX: [string, (ids: Ids) => string, Outcome[]][] = [
  ['/', () => '/', ['sign-in', 'ok', 'ok', 'ok', 'ok']],
  ['/my-measures', () => '/my-measures', ['sign-in', 'forbidden', 'ok', 'ok', 'ok']],
  ['/entries/[month]/[ref]', () => '/entries/2020-11/KPI4', ['sign-in', 'forbidden', 'ok', 'ok', 'ok']],
  ['/measures', () => '/measures', ['sign-in', 'ok', 'ok', 'ok', 'ok']],
  ['/measures/[ref]', () => '/measures/KPI1', ['sign-in', 'ok', 'ok', 'ok', 'ok']],
  ['/account/password', () => '/account/password', ['sign-in', 'ok', 'ok', 'ok', 'ok']],
  ['/admin/users', () => '/admin/users', ['sign-in', 'forbidden', 'forbidden', 'forbidden', 'ok']],
  ['/admin/users/[userId]', (ids) => `/admin/users/${ids.lead}`, ['sign-in', 'forbidden', 'forbidden', 'forbidden', 'ok']],
  // Administration: months (issue 13)
  ['/admin/months', () => '/admin/months', ['sign-in', 'forbidden', 'forbidden', 'forbidden', 'ok']],
  ['/review', () => '/review', ['sign-in', 'forbidden', 'forbidden', 'a-month-review', 'a-month-review']],
  ['/review/[month]', () => '/review/2020-11', ['sign-in', 'forbidden', 'forbidden', 'ok', 'ok']],
  // Each step's confirmation page: for those whose role may ever take it (saying why not, when the month's state does not allow it now).
  ['/review/[month]/close', () => '/review/2020-11/close', ['sign-in', 'forbidden', 'forbidden', 'ok', 'ok']],
  ['/review/[month]/sign-off', () => '/review/2020-11/sign-off', ['sign-in', 'forbidden', 'forbidden', 'ok', 'forbidden']],
  ['/review/[month]/publish', () => '/review/2020-11/publish', ['sign-in', 'forbidden', 'forbidden', 'ok', 'forbidden']],
  ['/review/[month]/reopen', () => '/review/2020-11/reopen', ['sign-in', 'forbidden', 'forbidden', 'ok', 'forbidden']],
  ['/review/[month]/return/[ref]', () => '/review/2020-11/return/KPI4', ['sign-in', 'forbidden', 'forbidden', 'ok', 'forbidden']],
  ['/audit', () => '/audit', ['sign-in', 'forbidden', 'forbidden', 'ok', 'ok']],
  // Published packs: public ones for anyone (e2e/published-pack.spec.ts has the members-only ones).
  ['/packs', () => '/packs', ['ok', 'ok', 'ok', 'ok', 'ok']],
  ['/packs/[month]', () => '/packs/2020-07', ['ok', 'ok', 'ok', 'ok', 'ok']],
  ['/packs/[month]/[version]', () => '/packs/2020-07/v1', ['ok', 'ok', 'ok', 'ok', 'ok']],
  // Annual targets (issue 13)
  ['/admin/targets', () => '/admin/targets', ['sign-in', 'forbidden', 'forbidden', 'forbidden', 'ok']],
  ['/admin/targets/[year]', () => '/admin/targets/2020', ['sign-in', 'forbidden', 'forbidden', 'forbidden', 'ok']],
  ['/admin/targets/[year]/[ref]', () => '/admin/targets/2020/KPI1', ['sign-in', 'forbidden', 'forbidden', 'forbidden', 'ok']],
  ['/sign-in', () => '/sign-in', ['ok', 'home', 'home', 'home', 'home']],
  ['/api/health', () => '/api/health', ['ok', 'ok', 'ok', 'ok', 'ok']],
  // The app's icon, which browsers ask for on their own, signed in or not.
  ['/favicon.ico', () => '/favicon.ico', ['ok', 'ok', 'ok', 'ok', 'ok']],
  // Measures administration (issue 13): admins only.
  ['/admin/measures', () => '/admin/measures', ['sign-in', 'forbidden', 'forbidden', 'forbidden', 'ok']],
  ['/admin/measures/new', () => '/admin/measures/new', ['sign-in', 'forbidden', 'forbidden', 'forbidden', 'ok']],
  ['/admin/measures/[ref]', () => '/admin/measures/KPI4', ['sign-in', 'forbidden', 'forbidden', 'forbidden', 'ok']],
  // Administration (issue 13)
  ['/admin/import', () => '/admin/import', ['sign-in', 'forbidden', 'forbidden', 'forbidden', 'ok']],
  // Benchmarks (issue 13): admins only; a point is addressed by its series and period end (seeded for KPI2).
  ['/admin/measures/[ref]/benchmarks', () => '/admin/measures/KPI2/benchmarks', ['sign-in', 'forbidden', 'forbidden', 'forbidden', 'ok']],
  ['/admin/measures/[ref]/benchmarks/[point]', () => '/admin/measures/KPI2/benchmarks/north-east-2019-09-30', ['sign-in', 'forbidden', 'forbidden', 'forbidden', 'ok']],
  ['/admin/benchmarks', () => '/admin/benchmarks', ['sign-in', 'forbidden', 'forbidden', 'forbidden', 'ok']],
  // E-mail (issue 16): each person's own choice of reminders; the outbox, admins only.
  ['/account/notices', () => '/account/notices', ['sign-in', 'ok', 'ok', 'ok', 'ok']],
  ['/admin/outbox', () => '/admin/outbox', ['sign-in', 'forbidden', 'forbidden', 'forbidden', 'ok']],
  // Signing out is a POST only.
  ['/sign-out', () => '/sign-out', ['not-allowed', 'not-allowed', 'not-allowed', 'not-allowed', 'not-allowed']],
];

type Ids = Record<'lead', string>;

/** Each person's saved session (e2e/auth.setup.ts), or none. */
async function sessionFor(browser: Browser, who: Who): Promise<APIRequestContext> {
  const role: Role | null = who === 'anonymous' ? null : who;
  const context = await browser.newContext({ storageState: role ? sessionFile(role) : SIGNED_OUT });
  return context.request;
}

function outcomeOf(status: number, location: string | undefined): Outcome | string {
  if (status === 200) return 'ok';
  if (status === 403) return 'forbidden';
  if (status === 405) return 'not-allowed';
  if (status >= 300 && status < 400 && location) {
    const path = new URL(location, 'http://x').pathname;
    if (path === '/sign-in') return 'sign-in';
    if (path === '/') return 'home';
    if (path === '/measures') return 'measures';
    if (path === '/my-measures') return 'my-measures';
    if (/^\/review\/\d{4}-\d{2}$/.test(path)) return 'a-month-review';
    return `redirect to ${path}`;
  }
  return `status ${status}`;
}

test('the table names every page and route handler the app has', () => {
  const manifest = JSON.parse(fs.readFileSync('.next/server/app-paths-manifest.json', 'utf8')) as Record<string, string>;
  const routes = Object.keys(manifest)
    .filter((key) => !key.startsWith('/_'))
    .map((key) => key.replace(/\/(page|route)$/, '').replace(/\/\([^)]+\)/g, '') || '/')
    // Auth.js's own endpoints are covered below.
    .filter((route) => !route.startsWith('/api/auth/'));
  expect([...new Set(routes)].sort()).toEqual(MATRIX.map(([route]) => route).sort());
});

test('each person gets exactly what the table says', async ({ browser }) => {
  test.setTimeout(90_000);
  const sessions = Object.fromEntries(await Promise.all(WHO.map(async (who) => [who, await sessionFor(browser, who)] as const)));
  const leadSession = (await (await sessions.lead!.get('/api/auth/session')).json()) as { user: { id: string } };
  const ids: Ids = { lead: leadSession.user.id };

  const got: string[] = [];
  const expected: string[] = [];
  for (const [route, path, outcomes] of MATRIX) {
    for (const [index, who] of WHO.entries()) {
      const response = await sessions[who]!.get(path(ids), { maxRedirects: 0 });
      got.push(`${who} ${route}: ${outcomeOf(response.status(), response.headers()['location'])}`);
      expected.push(`${who} ${route}: ${outcomes[index]}`);
    }
  }
  expect(got).toEqual(expected);
});

test('the session endpoint tells only the signed-in person about themselves', async ({ browser }) => {
  const anonymous = await sessionFor(browser, 'anonymous');
  expect(await (await anonymous.get('/api/auth/session')).json()).toBeNull();
  const viewer = await sessionFor(browser, 'viewer');
  const session = await (await viewer.get('/api/auth/session')).json();
  expect(session.user).toMatchObject({ email: DEMO.viewer, roles: ['viewer'] });
  expect(JSON.stringify(session)).not.toMatch(/passwordHash|sessionVersion|"sv"/);
});
