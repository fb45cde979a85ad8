// What an outside probe found (issue 9), each kept from coming back: an open redirect after
// sign-in, Auth.js's own sign-out that left a copied cookie alive, pages without the policy at
// odd addresses, forged Host headers, and 5xx answers to bad bodies.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext } from './fixtures';
import { DEMO, signIn } from './sign-in';
import { BODY_LIMIT_BYTES } from '../scripts/request-gate.mjs';

const COOKIE = 'authjs.session-token';

const ESCAPES = [
  '/.//evil.example/login',
  '//evil.example/login',
  '/\\evil.example',
  '/%5Cevil.example',
  '/./%2F/evil.example',
  '/a/..//evil.example',
  '/\t/evil.example',
  'https://evil.example/',
  'javascript:alert(document.domain)',
];

test.describe('after signing in, nobody is sent to another site', () => {
  for (const target of ESCAPES) {
    test(`already signed in, callbackUrl ${JSON.stringify(target)}`, async ({ page, baseURL }) => {
      await signIn(page, DEMO.viewer);
      await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(target)}`);
      expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
    });
  }

  test('signing in with a hostile callbackUrl lands on this site', async ({ page, baseURL }) => {
    await page.goto(`/sign-in?callbackUrl=${encodeURIComponent('/.//evil.example/login')}`);
    await page.getByLabel('E-mail address').fill(DEMO.viewer);
    await page.getByLabel('Password', { exact: true }).fill('pack-demo-2020');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(page.getByTestId('signed-in-as')).toBeVisible();
    expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
  });
});

const ODD_PATHS = ['/favicon.icox', '/sign-out/x', '/api/authx', '/api/health/x', '/measures/../admin', '/_next/x', '/%2e%2e/etc/passwd', '/sign-inx'];

async function expectPolicyOnHtml(request: APIRequestContext, paths: string[]) {
  for (const pathname of paths) {
    const response = await request.get(pathname, { maxRedirects: 0 });
    expect(response.status(), pathname).toBeLessThan(500);
    if ((response.headers()['content-type'] ?? '').includes('text/html')) {
      expect(response.headers()['content-security-policy'], `${pathname} has a Content-Security-Policy`).toMatch(/script-src 'self' 'nonce-/);
    }
  }
}

test('every HTML page carries the policy, at odd addresses too, signed in or not', async ({ page, request }) => {
  await expectPolicyOnHtml(request, ODD_PATHS);
  await signIn(page, DEMO.lead);
  await expectPolicyOnHtml(page.request, ODD_PATHS);
  const notFound = await page.request.get('/favicon.icox');
  expect(notFound.status()).toBe(404);
  expect(notFound.headers()['cache-control']).toContain('no-store');
});

test('Auth.js’s own pages are not served; its endpoints in use answer no-store', async ({ page, request }) => {
  for (const pathname of ['/api/auth/signin', '/api/auth/signout', '/api/auth/providers', '/api/auth/csrf', '/api/auth/error', '/api/auth/callback/password']) {
    expect((await request.get(pathname)).status(), pathname).toBe(404);
    expect((await request.post(pathname, { form: { csrfToken: 'x' } })).status(), pathname).toBe(404);
  }
  const session = await request.get('/api/auth/session');
  expect(session.headers()['cache-control']).toBe('no-store');

  // A copied cookie stays useless once its session has ended, whichever way someone tries to leave.
  await signIn(page, DEMO.viewer);
  const copied = (await page.context().cookies()).find((c) => c.name === COOKIE)!.value;
  expect((await page.request.post('/api/auth/signout', { form: {} })).status()).toBe(404);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in\?signed-out=1/);
  const after = await request.get('/measures', { headers: { cookie: `${COOKIE}=${copied}` }, maxRedirects: 0 });
  expect(after.status()).toBe(307);
});

test('a forged Host or X-Forwarded-Host never makes an address on another site', async ({ request }) => {
  const forged: Record<string, string>[] = [{ host: 'evil.example' }, { 'x-forwarded-host': 'evil.example' }, { 'x-forwarded-proto': 'javascript' }];
  for (const headers of forged) {
    for (const pathname of ['/measures', '/api/auth/session', '/api/auth/callback/sso?code=x&state=y', '/sign-in?callbackUrl=/measures']) {
      const response = await request.get(pathname, { headers, maxRedirects: 0 });
      expect(response.status(), `${pathname} ${JSON.stringify(headers)}`).toBeLessThan(500);
      expect(response.headers()['location'] ?? '', pathname).not.toContain('evil.example');
      expect(response.headers()['location'] ?? '', pathname).not.toMatch(/^javascript:/);
    }
  }
});

test('signing out from another site, or from an opaque origin, is refused without an error', async ({ request }) => {
  for (const origin of ['null', 'https://evil.example', 'not a url']) {
    const response = await request.post('/sign-out', { headers: { origin }, maxRedirects: 0 });
    expect(response.status(), origin).toBe(403);
  }
});

test('methods and bodies the server does not take get a 4xx, never a 5xx', async ({ request, baseURL }) => {
  expect((await request.fetch('/', { method: 'TRACE' })).status()).toBe(405);
  expect((await request.fetch('/sign-in', { method: 'PUT', data: 'x' })).status()).toBe(405);
  const tooBig = await fetch(`${baseURL}/sign-in`, { method: 'POST', body: 'x'.repeat(BODY_LIMIT_BYTES + 1), headers: { 'next-action': '00' } }).catch(() => null);
  if (tooBig) expect(tooBig.status).toBe(413);
});

type ManifestEntry = { workers: Record<string, unknown> };

/** Every server action the build has, with a page that serves it. */
function serverActions(): { id: string; page: string }[] {
  const file = path.join(process.cwd(), '.next', 'server', 'server-reference-manifest.json');
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as { node: Record<string, ManifestEntry> };
  const pageFor = (worker: string) =>
    worker
      .replace(/^app/, '')
      .replace(/\/page$/, '')
      .replace(/\/\([^)]+\)/g, '')
      .replace('[userId]', '00000000-0000-4000-8000-000000000000')
      .replace('[month]', '2020-11')
      .replace('[ref]', 'KPI4') || '/';
  return Object.entries(manifest.node).map(([id, entry]) => ({ id, page: pageFor(Object.keys(entry.workers)[0]!) }));
}

const BAD_BODIES: { type: string; body: string }[] = [
  { type: 'application/json', body: '{"email":"a@b.example","password":"x"}' },
  { type: 'application/json', body: 'not json' },
  { type: 'text/plain;charset=UTF-8', body: '[1,2,3]' },
  { type: 'text/plain;charset=UTF-8', body: '"$@1"' },
  { type: 'text/plain;charset=UTF-8', body: '' },
  { type: 'multipart/form-data', body: 'no boundary' },
  { type: 'multipart/form-data; boundary=b', body: '--b\r\nContent-Disposition: form-data; name="1_x"\r\n\r\ny\r\n--b--\r\n' },
  { type: 'multipart/form-data; boundary=b', body: '--b\r\nContent-Disposition: form-data; name="0"\r\n\r\n[{},"$K1"]\r\n--b--\r\n' },
  { type: 'application/x-www-form-urlencoded', body: 'email=a&password=b' },
];

test('every server action, called with a bad body, answers without a 5xx, signed in or not', async ({ page, request }) => {
  const actions = serverActions();
  expect(actions.length).toBeGreaterThanOrEqual(10);
  await signIn(page, DEMO.admin);
  for (const client of [request, page.request]) {
    for (const { id, page: pathname } of actions) {
      for (const { type, body } of BAD_BODIES) {
        const response = await client.post(pathname, { headers: { 'next-action': id, 'content-type': type }, data: body, maxRedirects: 0 });
        expect(response.status(), `${pathname} ${id} ${type} ${JSON.stringify(body)}`).toBeLessThan(500);
      }
    }
  }
});
