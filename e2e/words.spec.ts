// Words a person reads: the header's links named for what each is to that person, a tab title
// that says what the page is, the seed's October commentary as the reference pack prints it, and
// one plain line in the server log for a refused sign-in.
import { spawn } from 'node:child_process';
import { expect, test, type Page } from './fixtures';
import { expectNoAccessibilityViolations } from './accessibility';
import { DEMO, signIn } from './sign-in';
import { seededDatabase } from './support/extra-server';

const SITE = ' – Performance Pack';

async function mainLinks(page: Page) {
  const links = page.getByRole('navigation', { name: 'Main' }).getByRole('link');
  return links.evaluateAll((elements) => elements.map((a) => [a.textContent?.trim(), a.getAttribute('href')]));
}

test.describe('the header names each link by what it is for the person signed in', () => {
  const packs: [string, string] = ['Published packs', '/packs'];
  // Each person's own account: their password, and which e-mails they get (issue 16).
  const account: [string, string][] = [['Change password', '/account/password'], ['E-mail notices', '/account/notices']];
  const cases: [string, string, [string, string][]][] = [
    ['a lead', DEMO.lead, [['Your measures', '/my-measures'], ['Measures', '/measures'], packs, ...account]],
    ['an executive', DEMO.executive, [
      ["This month's figures", '/my-measures'], ['Measures', '/measures'], ['Review', '/review'], packs, ['Audit log', '/audit'],
      ...account,
    ]],
    ['an administrator', DEMO.admin, [
      ['Enter figures', '/my-measures'], ['Measures', '/measures'], ['Review', '/review'], packs, ['Audit log', '/audit'], ['Users', '/admin/users'],
      // Administration (issue 13)
      ['Months', '/admin/months'], ['Manage measures', '/admin/measures'], ['Targets', '/admin/targets'], ['Import figures', '/admin/import'],
      // E-mail (issue 16)
      ['Outbox', '/admin/outbox'],
      ...account,
    ]],
    ['a committee member', DEMO.viewer, [['Measures', '/measures'], packs, ...account]],
  ];
  test('for someone signed out: the published packs, which are public papers', async ({ page }) => {
    await page.goto('/packs');
    expect(await mainLinks(page)).toEqual([packs]);
  });
  for (const [who, email, expected] of cases) {
    test(`for ${who}`, async ({ page }) => {
      await signIn(page, email);
      expect(await mainLinks(page)).toEqual(expected);
    });
  }

  test('the account link opens the password page, and the header wraps on a 320 px screen', async ({ page }) => {
    await signIn(page, DEMO.admin);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Change password' }).click();
    await expect(page).toHaveTitle(`Change your password${SITE}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoAccessibilityViolations(page);

    await page.setViewportSize({ width: 320, height: 640 });
    const header = page.locator('header').first();
    const fits = await header.evaluate((el) => el.scrollWidth <= el.clientWidth && el.getBoundingClientRect().width <= 320);
    expect(fits, 'the header is no wider than the screen').toBe(true);
    const pageScrolls = await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
    expect(pageScrolls, 'the page does not scroll sideways').toBe(false);
    // Every link is still there, wrapped onto more lines.
    for (const name of ['Enter figures', 'Measures', 'Users', 'Months', 'Outbox', 'Change password', 'E-mail notices']) {
      await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true })).toBeInViewport();
    }
  });
});

test.describe('every page says what it is in its tab title', () => {
  test('sign-in', async ({ page }) => {
    await page.goto('/sign-in');
    await expect(page).toHaveTitle(`Sign in${SITE}`);
  });

  test("a lead's month, and the catalogue", async ({ page }) => {
    await signIn(page, DEMO.lead);
    await page.goto('/my-measures');
    await expect(page).toHaveTitle(`Your measures for November 2020${SITE}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Your measures for November 2020' })).toBeVisible();
    await expectNoAccessibilityViolations(page);
    await page.goto('/my-measures?month=2020-10');
    await expect(page).toHaveTitle(`Your measures for October 2020${SITE}`);
    await page.goto('/measures');
    await expect(page).toHaveTitle(`Measures${SITE}`);
  });

  test("an administrator's pages name the month and the person", async ({ page }) => {
    await signIn(page, DEMO.admin);
    await page.goto('/my-measures');
    await expect(page).toHaveTitle(`Measures for November 2020${SITE}`);
    await page.goto('/admin/users');
    await expect(page).toHaveTitle(`Users${SITE}`);
    await page.getByRole('link', { name: 'Sam Okafor', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Sam Okafor' })).toBeVisible();
    await expect(page).toHaveTitle(`Manage Sam Okafor${SITE}`);
    await expectNoAccessibilityViolations(page);
    // An address that names no one is not found, and its title repeats nothing from it.
    await page.goto('/admin/users/00000000-0000-4000-8000-000000000000');
    await expect(page).toHaveTitle(`Page not found${SITE}`);
  });

  test('the title is in the head as the server sends it, not streamed in after the page', async ({ page }) => {
    await signIn(page, DEMO.lead);
    const sent = await (await page.request.get('/entries/2020-11/SM7')).text();
    const head = sent.slice(0, sent.indexOf('</head>'));
    expect(head).toContain(`<title>SM7, November 2020${SITE}</title>`);
  });

  test('an address that is not a page never echoes its own text in the title', async ({ page }) => {
    await signIn(page, DEMO.lead);
    for (const address of ['/no-such-page-xyzzy', '/my-measures?month=2099-01', '/my-measures?month=xyzzy', '/entries/2020-11/XYZZY']) {
      await page.goto(address);
      await expect(page).toHaveTitle(`Page not found${SITE}`);
      expect(await page.title()).not.toMatch(/xyzzy|2099/i);
    }
  });
});

test("the demo's October commentary and improvement action are the reference pack's", async ({ page }) => {
  await signIn(page, DEMO.lead);
  await page.goto('/entries/2020-10/KPI4');
  await expect(page).toHaveTitle(`KPI4, October 2020${SITE}`);
  const answer = (term: string) => page.locator('dt', { hasText: new RegExp(`^${term}$`) }).locator('xpath=following-sibling::dd[1]');
  // KPI4: one paragraph that explains its Amber and names no action: all of it is commentary.
  await expect(answer('Commentary')).toHaveText(
    'Performance has remained consistently high over the period. This has been a challenge owing to the pressures of working in a Covid secure way. The performance in the month of October was slightly below target, so reported as amber. In all other months, performance had been above target.',
  );
  await expect(answer('Improvement action')).not.toContainText('performance');
  await expectNoAccessibilityViolations(page);

  // KPI3: the paragraph's last sentence says what is done about it. (SM4's two paragraphs are held
  // by db/seed/seed.test.ts: the review journey revises SM4 in this shared database.)
  await page.goto('/entries/2020-10/KPI3');
  await expect(answer('Commentary')).toHaveText(/^Performance has been mixed for this target over the past couple of months\..*requests for information\.$/);
  await expect(answer('Improvement action')).toHaveText(
    'There is strong senior management oversight by Senior Management within Social Care, to ensure the most appropriate practices were followed.',
  );
});

test('a refused sign-in writes one line to the server log: the e-mail given, no password, no stack', async ({ browser }) => {
  test.setTimeout(120_000);
  const database = await seededDatabase();
  const port = Number(process.env.E2E_PORT || '3100') + 30;
  const baseURL = `http://localhost:${port}`;
  const server = spawn(process.execPath, ['scripts/server.mjs'], {
    env: {
      ...process.env, DATABASE_URL: '', PGLITE_DIR: database.dir, PORT: String(port), HOST: '127.0.0.1', SITE_URL: baseURL,
      OIDC_ISSUER: '', OIDC_CLIENT_ID: '', OIDC_CLIENT_SECRET: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  server.stdout!.on('data', (chunk) => (log += chunk));
  server.stderr!.on('data', (chunk) => (log += chunk));
  const context = await browser.newContext({ baseURL });
  try {
    await expect(async () => expect((await fetch(`http://127.0.0.1:${port}/api/health`)).ok).toBe(true)).toPass({ timeout: 60_000 });
    const before = log.length;
    const page = await context.newPage();
    await page.goto('/sign-in');
    await page.getByLabel('E-mail address').fill(' Lead.SocialCare@TFC.example');
    await page.getByLabel('Password', { exact: true }).fill('not-the-password-4711');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(page.getByText('The e-mail address or password is not right').first()).toBeVisible();
    await expect.poll(() => log.slice(before)).toContain('[sign-in] refused');
    await page.waitForTimeout(500); // anything else the refusal writes arrives with it
    const lines = log.slice(before).split('\n').filter((line) => line.trim() !== '');
    expect(lines).toEqual([expect.stringMatching(/^\[sign-in\] refused "lead\.socialcare@tfc\.example" from \S+: wrong_password$/)]);
    expect(log).not.toContain('not-the-password-4711');
  } finally {
    await context.close();
    await new Promise<void>((resolve) => {
      if (server.exitCode !== null) return resolve();
      server.once('exit', () => resolve());
      server.kill('SIGTERM');
    });
    database.remove();
  }
});
