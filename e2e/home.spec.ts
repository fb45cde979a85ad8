// Each role's home on the seeded demo: what to do next, at once, on one page drawn by the server.
// October 2020 is published and November open with five drafts, past its due date (the demo's
// months are in 2020). Then a lead whose figures are all in, who is also an administrator, sees
// both parts and that nothing of theirs is left to do. On a server and database of their own, in
// order: the other journeys change November's entries on the shared server. Pages on this server
// are not under the fixture's own axe checks (they watch the shared server), so each is checked here.
import { expectNoAccessibilityViolations } from './accessibility';
import { expect, test, type Browser, type Page } from './fixtures';
import { roleBox, UsersAdminPage } from './pages/users-admin-page';
import { DEMO, signIn, type Role } from './sign-in';
import { seededDatabase, startServer, type ExtraServer } from './support/extra-server';

const port = Number(process.env.E2E_PORT || '3100') + 17;

test.describe.configure({ mode: 'serial', timeout: 120_000 });

let database: Awaited<ReturnType<typeof seededDatabase>>;
let server: ExtraServer;
test.beforeAll(async () => {
  test.setTimeout(120_000);
  database = await seededDatabase();
  server = await startServer({ port, pgliteDir: database.dir });
});
test.afterAll(async () => {
  await server?.stop();
  database?.remove();
});

/** A browser of the person's own on this server, signed in through the form, at their home. */
async function homeOf(browser: Browser, role: Role) {
  const context = await browser.newContext({ baseURL: server.baseURL, storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await signIn(page, DEMO[role]);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible();
  await expectNoAccessibilityViolations(page);
  return { context, page };
}

const section = (page: Page, name: string | RegExp) => page.getByRole('region', { name });
const JO_OWNS = ['KPI1', 'KPI2', 'SM11', 'SM12', 'SM14', 'SM15', 'SM16', 'SM22', 'SM23', 'SM24', 'SM25', 'SM26'];
const row = (scope: ReturnType<Page['locator']>, ref: string) => scope.locator(`tr[data-ref="${ref}"]`);

test('a lead sees November’s due date, their drafts before what is not started, and their ratings this month and last', async ({ browser }) => {
  const { context, page } = await homeOf(browser, 'lead');
  await expect(page).toHaveTitle('Home – Performance Pack');
  await expect(page.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible();
  const lead = section(page, 'Your measures for November 2020');
  await expect(lead.getByTestId('lead-due')).toHaveText(
    /^Overdue by [\d,]+ days\. Figures for November 2020 are due by 10 December 2020\. 0 of 20 submitted\.$/,
  );
  await expect(lead.getByRole('heading', { name: 'To do for November 2020: 20 of 20' })).toBeVisible();
  const toDo = lead.getByTestId('lead-to-do').getByRole('listitem');
  await expect(toDo).toHaveCount(20);
  await expect(toDo.nth(0)).toHaveText('DraftKPI3: % of all referrals with a decision within 24 hours', { ignoreCase: true });
  await expect(toDo.nth(2)).toContainText(/draft\s*SM6/i);
  await expect(toDo.nth(3)).toContainText(/not started\s*KPI5/i);

  // This month's draft and last month's published rating, each in words, and the year so far for screen readers.
  const kpi3 = row(lead, 'KPI3');
  await expect(kpi3.getByRole('cell').nth(0)).toHaveText(/Amber/);
  await expect(kpi3.getByRole('cell').nth(1)).toHaveText(/Amber/);
  await expect(kpi3.getByTestId('trend')).toHaveText(/^KPI3, the year so far: April 96\.1%, May 91\.2%, .* October 88\.5%, November 93\.2%\.$/);
  await expect(kpi3.locator('svg')).toHaveAttribute('aria-hidden', 'true');
  await expect(row(lead, 'SM1').getByRole('cell').nth(0)).toHaveText('Not entered');

  // Nothing here is for another role.
  await expect(page.locator('[data-testid^="home-"]')).toHaveAttribute('data-testid', 'home-lead');

  await toDo.nth(0).getByRole('link').click();
  await expect(page).toHaveURL(/\/entries\/2020-11\/KPI3$/);
  await context.close();
});

test('a lead’s home sends no script of its own: only the framework’s, as the catalogue (a server-drawn page) does', async ({ browser }) => {
  const { context, page } = await homeOf(browser, 'lead');
  const scripts = async (path: string) => {
    await page.goto(path);
    return page.locator('script[src]').evaluateAll((tags) => tags.map((tag) => new URL((tag as HTMLScriptElement).src).pathname).sort());
  };
  const home = await scripts('/');
  const catalogue = await scripts('/measures');
  expect(home.length).toBeGreaterThan(0);
  expect(home.filter((src) => !catalogue.includes(src))).toEqual([]);
  await context.close();
});

test('the chief executive sees the month’s ratings counted in words, every Red and Amber, what blocks sign-off, and what moved', async ({ browser }) => {
  const { context, page } = await homeOf(browser, 'executive');
  const month = section(page, 'November 2020: open for entry');
  const counts = month.getByRole('list', { name: 'Measures of November 2020 at each rating' }).getByRole('listitem');
  await expect(counts).toHaveText([/^0\s*R · Red$/i, /^1\s*A · Amber$/i, /^3\s*G · Green$/i, /^0\s*B · Blue$/i, /^1\s*Not rated$/i]);
  await expect(month.getByTestId('executive-blocked')).toHaveText(/^The month cannot be signed off yet: 32 not submitted \(KPI1, KPI2, .*\); 1 rated Amber or Red without commentary or an improvement action \(KPI3\)\.$/);

  const concerns = month.getByTestId('executive-concerns-table');
  await expect(concerns.locator('tbody tr')).toHaveCount(1);
  await expect(row(concerns, 'KPI3')).toContainText('No: it has no improvement action(not submitted yet)');

  const improved = month.getByTestId('movements-improved');
  await expect(improved.locator('tbody tr').first()).toHaveText(/KPI3.*88\.5%93\.2%/);
  await expect(month.getByRole('heading', { name: 'Improved: 3' })).toBeVisible();
  await expect(month.getByRole('heading', { name: 'Declined: 1' })).toBeVisible();
  await expect(month.getByTestId('movements-declined')).toContainText(/KPI1.*89\.1%88\.7%/);

  await expect(section(page, 'The latest published pack').getByTestId('latest-pack-line')).toHaveText(/^October 2020\. Version 1, published .*, public\.$/);
  await month.getByRole('link', { name: 'Review November 2020' }).click();
  await expect(page).toHaveURL(/\/review\/2020-11$/);
  await context.close();
});

test('the performance team sees the open month by lead and by measure, what is overdue, the last import, and the way to each page', async ({ browser }) => {
  const { context, page } = await homeOf(browser, 'admin');
  const admin = section(page, 'Running November 2020');
  await expect(admin.getByTestId('admin-progress')).toHaveText(/^0 of 32 measures submitted\. Figures are due by 10 December 2020: overdue by [\d,]+ days\.$/);
  const byLead = admin.getByTestId('admin-by-lead-table').locator('tbody tr');
  await expect(byLead).toHaveText([/^Sam Okafor\s*20\s*0\s*0\s*3\s*17$/, /^Jo Barnes\s*12\s*0\s*0\s*2\s*10$/]);
  await expect(admin.getByRole('heading', { name: 'Overdue: 32 measures' })).toBeVisible();
  const outstanding = admin.getByTestId('admin-outstanding-table').locator('tbody tr');
  await expect(outstanding).toHaveCount(32);
  await expect(outstanding.first()).toContainText(/KPI1.*Jo Barnes\s*Draft/i);
  // The demo's 2019/20 went in through the figures import, as signed-off history.
  await expect(admin.getByTestId('admin-last-import')).toHaveText(/, by the system for April 2019 to March 2020, as signed-off history: 304 rows \(304 new, 0 changed\)\.$/);
  const links = admin.getByTestId('admin-links').getByRole('link');
  await expect(links).toHaveText(['Months', 'Measures', 'Targets', 'Users', 'Import figures', 'Audit log', 'Outbox']);
  await links.first().click();
  await expect(page).toHaveURL(/\/admin\/months$/);
  await context.close();
});

test('a committee member sees the latest pack’s headline as the reference pack rates October 2020, its KPIs, and the earlier packs', async ({ browser }) => {
  const { context, page } = await homeOf(browser, 'viewer');
  const packs = section(page, 'The latest pack: October 2020');
  await expect(packs.getByRole('heading', { name: 'Headline: 32 measures' })).toBeVisible();
  const counts = packs.getByRole('list', { name: 'Measures of the October 2020 pack at each rating' }).getByRole('listitem');
  await expect(counts).toHaveText([/^0\s*R · Red$/i, /^3\s*A · Amber$/i, /^16\s*G · Green$/i, /^5\s*B · Blue$/i, /^8\s*Not rated$/i]);
  const kpis = packs.getByTestId('pack-kpis-table').locator('tbody tr');
  await expect(kpis).toHaveCount(6);
  await expect(row(packs, 'KPI1')).toContainText(/89\.1%\s*G · Green/i);
  await expect(row(packs, 'KPI4')).toContainText(/94\.5%\s*A · Amber/i);
  await expect(packs.getByTestId('earlier-packs').getByRole('link')).toHaveText(['July 2020']);
  // A committee member has nothing to enter or sign off.
  await expect(page.locator('[data-testid^="home-"]')).toHaveAttribute('data-testid', 'home-packs');
  await packs.getByRole('link', { name: 'Read the October 2020 pack' }).click();
  await expect(page).toHaveURL(/\/packs\/2020-10\/v1$/);
  await context.close();
});

test('a lead who is also an administrator sees both parts, and is told plainly that nothing of theirs is left', async ({ browser }) => {
  // The performance team gives Jo Barnes the admin role, then imports her November figures, submitted.
  const admin = await homeOf(browser, 'admin');
  const users = new UsersAdminPage(admin.page);
  const jo = await users.openUser('Jo Barnes');
  await roleBox(jo.roles, 'Admin').check();
  await jo.roles.getByRole('button', { name: 'Change roles' }).click();
  await expect(jo.roles.getByRole('status')).toContainText('Jo Barnes’s roles have been changed');
  await admin.page.goto('/admin/import');
  const csv = ['measure_ref,period,value,secondary_value,ytd_value,availability,commentary,improvement_action', ...JO_OWNS.map((ref) => `${ref},2020-11,,,,not_available,,`)].join('\r\n');
  await admin.page.getByLabel('Upload a file').setInputFiles({ name: 'november.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await admin.page.getByLabel('Submitted, as their leads would').check();
  await admin.page.getByRole('button', { name: 'Check the file' }).click();
  await admin.page.getByRole('button', { name: 'Import these figures' }).click();
  await expect(admin.page.getByRole('status')).toContainText('Imported 12 rows as submitted');
  await admin.context.close();

  const { context, page } = await homeOf(browser, 'otherLead');
  const lead = section(page, 'Your measures for November 2020');
  await expect(lead.getByTestId('lead-all-done')).toHaveText(
    'All 12 of your measures for November 2020 are submitted. Nothing else needs doing until a measure is returned to you or the next month opens.',
  );
  await expect(lead.getByTestId('lead-to-do')).toHaveCount(0);
  const team = section(page, 'Running November 2020');
  await expect(team.getByTestId('admin-progress')).toContainText('12 of 32 measures submitted');
  await expect(team.getByTestId('admin-by-lead-table').locator('tbody tr')).toHaveText([/^Sam Okafor\s*20\s*0/, /^Jo Barnes\s*12\s*12\s*0\s*0\s*0$/]);
  await expect(team.getByTestId('admin-last-import')).toHaveText(/, by Priya Shah for November 2020, as submitted: 12 rows \(10 new, 2 changed\)\.$/);
  // The lead's part comes first.
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(['Your measures for November 2020', 'Running November 2020']);
  await context.close();
});
