// The address a sign-in counts against is the connection's own, or with trusted proxies the one
// the outermost proxy saw: never one a client wrote. Each case runs on a server of its own (the
// shared one must not lock its own address) with the number of trusted proxies it needs.
import { expect, test, type Browser } from './fixtures';
import { DEMO, DEMO_PASSWORD } from './sign-in';
import { seededDatabase, startServer } from './support/extra-server';

const SIGN_IN_FAILED = 'The e-mail address or password is not right';
const port = Number(process.env.E2E_PORT || '3100') + 20;

test.describe.configure({ mode: 'serial', timeout: 120_000 });

let database: Awaited<ReturnType<typeof seededDatabase>>;
test.beforeAll(async () => {
  database = await seededDatabase();
});
test.afterAll(() => database?.remove());

/**
 * A sign-in form, opened once: each attempt says where it came from (X-Forwarded-For) and
 * answers whether it let the person in. A successful one leaves the page signed in, so it ends the form.
 */
async function signInForm(browser: Browser, baseURL: string) {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await page.goto('/sign-in');
  return {
    async attempt(email: string, password: string, forwardedFor: string) {
      await context.setExtraHTTPHeaders({ 'x-forwarded-for': forwardedFor });
      await page.getByLabel('E-mail address').fill(email);
      await page.getByLabel('Password', { exact: true }).fill(password);
      const answered = page.waitForResponse((response) => response.request().method() === 'POST');
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      // A sign-in that worked answers with a redirect into the portal; one that did not, with the form's error.
      const response = await answered;
      if (response.headers()['x-action-redirect']) return true;
      await expect(page.getByText(SIGN_IN_FAILED).first()).toBeVisible();
      return false;
    },
    close: () => context.close(),
  };
}

test('with no proxy, rotating X-Forwarded-For does not escape the limit on one address', async ({ browser }) => {
  const server = await startServer({ port, pgliteDir: database.dir, env: { TRUSTED_PROXY_HOPS: '0' } });
  const form = await signInForm(browser, server.baseURL);
  try {
    for (let i = 0; i < 20; i++) {
      expect(await form.attempt(`guess${i}@nowhere.example`, 'wrong', `198.51.100.${i}`)).toBe(false);
    }
    // The twenty came from one connection address, whatever they said: it is locked now.
    expect(await form.attempt(DEMO.viewer, DEMO_PASSWORD, '198.51.100.250')).toBe(false);
  } finally {
    await form.close();
    await server.stop();
  }
});

test('behind one trusted proxy, each address the proxy saw counts on its own, and a client cannot forge one', async ({ browser }) => {
  const server = await startServer({ port: port + 1, pgliteDir: database.dir, env: { TRUSTED_PROXY_HOPS: '1' } });
  const form = await signInForm(browser, server.baseURL);
  try {
    // Twenty different people behind the proxy, one failure each, and one rotating what they write
    // before the proxy's own entry twenty times: only that one address is locked.
    for (let i = 0; i < 20; i++) {
      expect(await form.attempt(`someone${i}@nowhere.example`, 'wrong', `203.0.113.${i}`)).toBe(false);
      expect(await form.attempt(`again${i}@nowhere.example`, 'wrong', `10.0.${i}.1, 192.0.2.77`)).toBe(false);
    }
    expect(await form.attempt(DEMO.executive, DEMO_PASSWORD, '10.9.9.9, 192.0.2.77')).toBe(false);
    expect(await form.attempt(DEMO.executive, DEMO_PASSWORD, '203.0.113.99')).toBe(true);
  } finally {
    await form.close();
    await server.stop();
  }
});
