// The part of the Auth.js configuration that needs no database, shared by proxy.ts and auth.ts.
// The proxy only redirects anonymous people to sign-in; pages and actions do the real checks.
import type { NextAuthConfig } from 'next-auth';
import { env, siteOrigin } from './lib/env';
import { IDLE_TIMEOUT_SECONDS, withinAbsoluteLifetime } from './lib/auth/session-rules';
import { openSession, sealSession } from './lib/auth/sealed-session';

// Auth.js builds every absolute URL from AUTH_URL: the configured site address, never the Host or
// X-Forwarded-Host of a request (scripts/server.mjs sets it too, before anything loads).
process.env.AUTH_URL ??= siteOrigin(env);

/** Paths anyone may open without signing in. */
export const PUBLIC_PATHS = ['/sign-in', '/api/health', '/packs'];

export const isPublicPath = (pathname: string) =>
  PUBLIC_PATHS.some((path) => pathname === path || pathname.startsWith(`${path}/`));

export const authConfig = {
  pages: { signIn: '/sign-in', error: '/sign-in' },
  // The session cookie lasts IDLE_TIMEOUT_SECONDS and is renewed on every request, its token at
  // most once a minute (lib/auth/sealed-session.ts): 30 minutes without a request ends it.
  session: { strategy: 'jwt', maxAge: IDLE_TIMEOUT_SECONDS },
  jwt: { maxAge: IDLE_TIMEOUT_SECONDS, encode: sealSession, decode: openSession },
  trustHost: true,
  logger: {
    // A refused password is an ordinary event, already logged in one line and audited by
    // signInWithPassword: no stack trace for it. Anything else is logged in full.
    error(error) {
      // Class names are minified in a production build: Auth.js's own `type` says what it was.
      const type = (error as { type?: string }).type ?? error.name;
      if (type === 'CredentialsSignin') return;
      // An expired or tampered session cookie, or a forged sign-on return, is routine too: one line.
      if (type === 'JWTSessionError') return console.warn(`[auth] ${type}: a session cookie could not be read`);
      if (type === 'InvalidCheck') return console.warn(`[auth] ${type}: a single sign-on return did not match its request`);
      console.error(`[auth] ${type}:`, error);
    },
    warn(code) {
      console.warn(`[auth] warning: ${code}`);
    },
  },
  providers: [],
  callbacks: {
    jwt({ token }) {
      // Eight hours after sign-in a session ends, however busy it has been.
      return withinAbsoluteLifetime(token.signedInAt, Math.floor(Date.now() / 1000)) ? token : null;
    },
  },
} satisfies NextAuthConfig;
