// Every page reflows at 320 CSS px (WCAG 2.2 1.4.10): the page itself never scrolls sideways, and
// anything wider than its box scrolls inside a named region that takes keyboard focus.
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { DEMO, signIn } from './sign-in';
import { reflowProblems, VIEWPORT } from './support/reflow';

type Who = 'anonymous' | 'viewer' | 'lead' | 'executive' | 'admin';
const EMAIL: Record<Exclude<Who, 'anonymous'>, string> = {
  viewer: DEMO.viewer,
  lead: DEMO.lead,
  executive: DEMO.executive,
  admin: DEMO.admin,
};

/** [who, path (or how to find it on the page that came before), what the page is] for every page the app has. */
const PAGES: [Who, string | ((page: Page) => Promise<string>), string][] = [
  ['anonymous', '/sign-in', 'sign-in'],
  ['anonymous', '/packs', 'the published packs'],
  ['anonymous', '/packs/2020-10/v1', 'a published pack'],
  ['anonymous', '/packs/2031-01', 'a pack not found'],
  // Home (issue 14): each role's part
  ['viewer', '/', 'home, the latest pack'],
  ['lead', '/', 'home, a lead’s month'],
  ['executive', '/', 'home, the month awaiting sign-off'],
  ['admin', '/', 'home, the open month by lead and measure'],
  ['viewer', '/measures', 'the catalogue'],
  ['viewer', '/measures/SM4', "a measure's page"],
  ['viewer', '/account/password', 'change your password'],
  ['viewer', '/measures/XYZ99', 'not found'],
  ['viewer', '/my-measures', 'not allowed'],
  ['lead', '/my-measures', 'your measures'],
  ['lead', '/my-measures?month=2020-10', 'a closed month'],
  ['lead', '/entries/2020-11/KPI4', 'an entry form'],
  ['lead', '/entries/2020-10/SM4', 'a read-only entry'],
  ['lead', '/measures/KPI1', "a measure's page with every month"],
  ['executive', '/measures', 'the catalogue, for staff'],
  ['executive', '/my-measures', 'every measure of the month'],
  ['executive', '/entries/2020-11/KPI1', 'an entry the executive reads'],
  ['admin', '/admin/users', 'users'],
  ['admin', async (page) => (await page.goto('/admin/users'), (await page.getByRole('link', { name: 'Sam Okafor' }).getAttribute('href'))!), 'a user'],
  ['admin', '/my-measures', 'every measure, for an administrator'],
  // Administration: months (issue 13)
  ['admin', '/admin/months', 'the months, and the form that opens the next'],
  // Measures administration (issue 13)
  ['admin', '/admin/measures', 'manage measures'],
  ['admin', '/admin/measures/new', 'add a measure'],
  ['admin', '/admin/measures/KPI4', 'manage a measure'],
  // Annual targets (issue 13)
  ['admin', '/admin/targets', 'the years of targets'],
  ['admin', '/admin/targets/2020', "a year's targets"],
  ['admin', '/admin/targets/2020/KPI2', "a measure's target form"],
  // Administration (issue 13)
  ['admin', '/admin/import', 'import figures'],
  // Benchmarks (issue 13)
  ['admin', '/admin/measures/KPI2/benchmarks', "a measure's benchmarks"],
  ['admin', '/admin/measures/KPI2/benchmarks/england-2019-09-30', 'a benchmark point'],
  ['admin', '/admin/benchmarks', 'import benchmarks'],
  // E-mail (issue 16)
  ['lead', '/account/notices', 'e-mail notices, with the choice of reminders'],
  ['viewer', '/account/notices', 'e-mail notices, with no reminders to choose'],
  ['admin', '/admin/outbox', 'the outbox'],
];

const contexts = new Map<Who, BrowserContext>();

async function contextFor(browser: Browser, who: Who): Promise<BrowserContext> {
  let context = contexts.get(who);
  if (!context) {
    context = await browser.newContext({ viewport: VIEWPORT });
    if (who !== 'anonymous') await signIn(await context.newPage(), EMAIL[who]);
    contexts.set(who, context);
  }
  return context;
}

test.afterAll(async () => {
  await Promise.all([...contexts.values()].map((c) => c.close()));
});

for (const [who, path, what] of PAGES) {
  test(`${what} reflows at 320 px for ${who === 'anonymous' ? 'someone signed out' : `a ${who}`}`, async ({ browser }) => {
    const context = await contextFor(browser, who);
    const page = context.pages()[0] ?? (await context.newPage());
    const address = typeof path === 'string' ? path : await path(page);
    await page.goto(address);
    await expect(page.locator('#main-content')).toBeVisible();
    expect(await reflowProblems(page), address).toEqual([]);
  });
}
