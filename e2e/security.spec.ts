// Headers, internal-header tricks, and the lifetimes of a session. The lifetime tests sign in
// afresh: they read a new session's cookie, and one of them signs out.
import { decode, encode } from 'next-auth/jwt';
import { expect, test, type APIRequestContext, type BrowserContext } from './fixtures';
import { SignInPage } from './pages/sign-in-page';
import { DEMO, signIn } from './sign-in';

const COOKIE = 'authjs.session-token';
const secret = process.env.AUTH_SECRET!;

test('every page carries the security headers, with a fresh script nonce each time', async ({ request }) => {
  const first = await request.get('/sign-in');
  const second = await request.get('/sign-in');
  const headers = first.headers();
  const csp = headers['content-security-policy']!;
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(second.headers()['content-security-policy']).not.toBe(csp);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['permissions-policy']).toContain('camera=()');
  expect(headers['strict-transport-security']).toContain('max-age=');
  expect(headers['x-powered-by']).toBeUndefined();

  // Next puts the nonce on its own scripts, so the page runs under the policy.
  const nonce = /'nonce-([^']+)'/.exec(csp)![1]!;
  const html = await first.text();
  expect(html).toContain(`nonce="${nonce}"`);
});

test.describe(() => {
  test.use({ signedInAs: 'lead' });

  test('pages with unpublished figures are never stored by a browser or proxy', async ({ page }) => {
    const response = await page.request.get('/measures');
    expect(response.status()).toBe(200);
    expect(response.headers()['cache-control']).toContain('no-store');
  });
});

test('a page runs its scripts under the policy without a single violation', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  const signInPage = new SignInPage(page);
  await signInPage.goto();
  // The form's own check (a script) answers an empty submit: scripts ran.
  await signInPage.signInButton.click();
  await expect(signInPage.errorSummary).toBeVisible();
  expect(violations).toEqual([]);
});

const INTERNAL_HEADERS: Record<string, string>[] = [
  { 'x-middleware-subrequest': 'proxy:proxy:proxy:proxy:proxy' },
  { 'x-middleware-subrequest': 'middleware:middleware:middleware:middleware:middleware' },
  { 'x-middleware-subrequest': 'src/middleware:src/middleware:src/middleware:src/middleware:src/middleware' },
  { 'x-middleware-prefetch': '1' },
  { 'x-invoke-path': '/measures', 'x-invoke-query': '{}' },
  { 'x-nextjs-data': '1' },
];

for (const extra of INTERNAL_HEADERS) {
  test(`internal header ${JSON.stringify(extra)} reveals nothing to an anonymous request`, async ({ request }) => {
    for (const path of ['/measures', '/admin/users', '/account/password']) {
      const response = await request.get(path, { headers: extra, maxRedirects: 0 });
      const body = await response.text();
      expect(body).not.toContain('KPI1');
      expect(body).not.toContain('admin@tfc.example');
      expect([302, 303, 307, 308, 401, 403, 404]).toContain(response.status());
    }
  });
}

async function sessionToken(context: BrowserContext) {
  const cookie = (await context.cookies()).find((c) => c.name === COOKIE);
  expect(cookie, 'a session cookie after signing in').toBeTruthy();
  return cookie!;
}

async function requestWithToken(request: APIRequestContext, token: string) {
  return request.get('/measures', { headers: { cookie: `${COOKIE}=${token}` }, maxRedirects: 0 });
}

test('a session lasts 30 minutes from the last request, and an expired one is refused', async ({ page, context, request }) => {
  await signIn(page, DEMO.viewer);
  const cookie = await sessionToken(context);
  const minutesLeft = (cookie.expires * 1000 - Date.now()) / 60_000;
  expect(minutesLeft).toBeGreaterThan(28);
  expect(minutesLeft).toBeLessThanOrEqual(30.5);

  const claims = (await decode({ token: cookie.value, secret, salt: COOKIE }))!;
  expect((await requestWithToken(request, cookie.value)).status()).toBe(200);
  // Expired a minute ago (beyond the 15 seconds of clock skew Auth.js allows).
  const expired = await encode({ token: claims, secret, salt: COOKIE, maxAge: -60 });
  const response = await requestWithToken(request, expired);
  expect(response.status()).toBe(307);
  expect(response.headers()['location']).toContain('/sign-in');
});

test('a session ends 8 hours after sign-in, however busy it has been', async ({ page, context, request }) => {
  await signIn(page, DEMO.viewer);
  const claims = (await decode({ token: (await sessionToken(context)).value, secret, salt: COOKIE }))!;
  const eightHoursAgo = Math.floor(Date.now() / 1000) - 8 * 60 * 60 - 5;
  const old = await encode({ token: { ...claims, signedInAt: eightHoursAgo }, secret, salt: COOKIE });
  const response = await requestWithToken(request, old);
  expect(response.status()).toBe(307);
  expect(response.headers()['location']).toContain('/sign-in');
});

test('a session from before the account’s sessionVersion changed is refused', async ({ page, context, request }) => {
  await signIn(page, DEMO.viewer);
  const claims = (await decode({ token: (await sessionToken(context)).value, secret, salt: COOKIE }))!;
  const stale = await encode({ token: { ...claims, sv: Number(claims.sv) - 1 }, secret, salt: COOKIE });
  const response = await requestWithToken(request, stale);
  // The page itself re-checks the account and sends the person to sign in.
  expect(response.status()).toBe(307);
  expect(response.headers()['location']).toContain('/sign-in');
});

test('a session cookie copied before signing out is useless afterwards', async ({ page, context, request }) => {
  await signIn(page, DEMO.viewer);
  const copied = (await sessionToken(context)).value;
  expect((await requestWithToken(request, copied)).status()).toBe(200);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in\?signed-out=1/);
  const response = await requestWithToken(request, copied);
  expect(response.status()).toBe(307);
  expect(response.headers()['location']).toContain('/sign-in');
});
