// Runs before every page: sends anonymous people to sign-in and
// gives each response a fresh Content-Security-Policy nonce. It protects nothing by itself: every
// page, action and route handler checks the session and the policy again.
import NextAuth from 'next-auth';
import { NextResponse } from 'next/server';
import { authConfig, isPublicPath } from './auth.config';
import { contentSecurityPolicy } from './lib/security/content-security-policy';
import { env, siteOrigin } from './lib/env';

const { auth } = NextAuth(authConfig);

const ssoOrigin = (() => {
  try {
    return process.env.OIDC_ISSUER ? new URL(process.env.OIDC_ISSUER).origin : null;
  } catch {
    return null;
  }
})();

export const proxy = auth((request) => {
  // With a handler of our own, Auth.js leaves the redirect of anonymous people to us.
  if (!request.auth?.user && !isPublicPath(request.nextUrl.pathname)) {
    // On the configured site address: never built from the request's Host, which a client can forge.
    const signInUrl = new URL('/sign-in', siteOrigin(env));
    signInUrl.searchParams.set('callbackUrl', `${request.nextUrl.pathname}${request.nextUrl.search}`);
    const response = NextResponse.redirect(signInUrl);
    response.headers.set('cache-control', 'no-store');
    return response;
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const policy = contentSecurityPolicy({
    nonce,
    development: process.env.NODE_ENV === 'development',
    formTargets: ssoOrigin ? [ssoOrigin] : [],
  });
  // Next reads the nonce from the request's CSP header and puts it on its own scripts.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('content-security-policy', policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('content-security-policy', policy);
  return response;
});

export const config = {
  // Every path but Next's static files, Auth.js's own endpoints (app/api/auth sets their headers),
  // signing out (whose cookie the proxy's renewal could otherwise put back) and the published packs
  // (app/packs/_server/serve-pack.ts checks the reader and sets a policy for a page with no script
  // at all). Each exclusion is exact: "/favicon.icox" or "/sign-out/x" still come here and get the policy.
  matcher: ['/((?!_next/static/|_next/image$|favicon\\.ico$|api/auth/|sign-out$|packs/[^/]+(?:/[^/]+)?$).*)'],
};
