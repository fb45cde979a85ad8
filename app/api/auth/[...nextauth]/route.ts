// Auth.js's own endpoints, reduced to the ones this product uses: the session (read by scripts and
// tests) and single sign-on's return from the provider. Its other pages (its own sign-in and
// sign-out forms, providers, CSRF) are not served: signing out is /sign-out, which also ends the
// session on the server, and Auth.js's HTML pages carry none of this site's headers.
// Every answer is no-store, with a Content-Security-Policy. Absolute URLs come from AUTH_URL,
// which is the configured site address (lib/env.ts SITE_URL), never from a request's headers.
import type { NextRequest } from 'next/server';
import { handlers } from '@/auth';

const ANSWERED: Record<'GET' | 'POST', readonly string[]> = {
  GET: ['session', 'callback/sso'],
  // Providers configured for "form_post" return with a POST.
  POST: ['callback/sso'],
};

const HEADERS = {
  'cache-control': 'no-store',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
};

function notServed(): Response {
  return new Response('Not found\n', { status: 404, headers: { ...HEADERS, 'content-type': 'text/plain; charset=utf-8' } });
}

async function answer(method: 'GET' | 'POST', request: NextRequest): Promise<Response> {
  const action = new URL(request.url).pathname.replace(/^\/api\/auth\//, '').replace(/\/$/, '');
  if (!ANSWERED[method].includes(action)) return notServed();
  const response = await handlers[method](request);
  const headers = new Headers(response.headers);
  for (const [name, value] of Object.entries(HEADERS)) headers.set(name, value);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

export const GET = (request: NextRequest) => answer('GET', request);
export const POST = (request: NextRequest) => answer('POST', request);
