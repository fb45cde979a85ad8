// Auth.js: password sign-in, the council's single sign-on when configured, and JWT sessions that
// are checked against the database on every request (deactivation, role changes and "sign out
// everywhere" take effect at once through the user's sessionVersion).
import { randomUUID } from 'node:crypto';
import { cache } from 'react';
import { headers } from 'next/headers';
import NextAuth, { type DefaultSession } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { authConfig } from './auth.config';
import { getDb } from './db/client';
import { recordAuditEvent } from './db/audit';
import { findAccountByEmail, findSessionAccount } from './db/queries/users';
import type { Role } from './lib/auth/policy';
import { signInWithPassword } from './lib/commands/sign-in';
import { singleSignOnProvider } from './lib/auth/single-sign-on';
import { clientAddress } from './lib/auth/client-address';
import { noteSessionCheckFailure } from './lib/auth/session-check';
import { withinAbsoluteLifetime } from './lib/auth/session-rules';
import { env } from './lib/env';

declare module 'next-auth' {
  interface Session {
    /** This session's own id, so that signing out can end it for good. */
    sessionId?: string;
    /** The data version read with the session's own check (app/_server/kept.ts): never sent to a browser. */
    dataVersion?: string;
    user: { id: string; roles: Role[]; mustChangePassword: boolean } & DefaultSession['user'];
  }
  interface User {
    roles?: Role[];
    sessionVersion?: number;
    mustChangePassword?: boolean;
  }
}

declare module '@auth/core/jwt' {
  interface JWT {
    uid?: string;
    sv?: number;
    sid?: string;
    roles?: Role[];
    mcp?: boolean;
    signedInAt?: number;
  }
}

const sso = singleSignOnProvider(env);

// The data version read by a request's session check, from the jwt callback to the session
// callback. Not in the token itself: the token is sealed into the cookie, which must not change
// with every change to the data (lib/auth/sealed-session.ts hands back an unchanged token).
const dataVersionOf = new WeakMap<object, string>();

const nextAuth = NextAuth({
  ...authConfig,
  providers: [
    Credentials({
      id: 'password',
      name: 'E-mail and password',
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const account = await signInWithPassword(await getDb(), {
          email: credentials?.email,
          password: credentials?.password,
          address: clientAddress(request.headers),
        });
        if (!account) return null;
        return { id: account.id, email: account.email, name: account.name, roles: account.roles as Role[], sessionVersion: account.sessionVersion, mustChangePassword: account.mustChangePassword };
      },
    }),
    ...(sso ? [sso] : []),
  ],
  callbacks: {
    ...authConfig.callbacks,
    async signIn({ account, profile }) {
      if (account?.provider === 'password') return true;
      // Single sign-on: only people the council has provisioned here, by e-mail.
      // An address the provider says it has not verified proves nothing.
      const email = typeof profile?.email === 'string' && profile.email_verified !== false ? profile.email.toLowerCase() : null;
      const db = await getDb();
      const known = email ? await findAccountByEmail(db, email) : null;
      const address = clientAddress(await headers());
      if (!known || !known.active) {
        await recordAuditEvent(db, {
          action: 'user.sign_in_failed',
          actorId: known?.id ?? null,
          subjectType: 'user',
          subjectId: known?.id ?? null,
          detail: { email, address, method: 'sso', reason: known ? 'inactive' : 'not_provisioned' },
        });
        return '/sign-in?error=not-provisioned';
      }
      await recordAuditEvent(db, {
        action: 'user.sign_in', actorId: known.id, subjectType: 'user', subjectId: known.id,
        detail: { email, address, method: 'sso' },
      });
      return true;
    },
    async jwt(params) {
      const { token, user, account, profile } = params;
      if (user && account) {
        // Signing in: tie the token to our own account id, whichever way they signed in.
        const email = account.provider === 'password' ? user.email : typeof profile?.email === 'string' ? profile.email : null;
        const known = account.provider === 'password' ? { id: user.id! } : email ? await findAccountByEmail(await getDb(), email) : null;
        if (!known) return null;
        token.uid = known.id;
        token.sid = randomUUID();
        token.signedInAt = Math.floor(Date.now() / 1000);
        const current = await findSessionAccount(await getDb(), known.id);
        if (!current) return null;
        token.sv = current.sessionVersion;
      }
      if (!token.uid || !withinAbsoluteLifetime(token.signedInAt, Math.floor(Date.now() / 1000))) return null;
      // A database that does not answer is noted for the guard: Auth.js would make it "no session".
      const uid = token.uid;
      const current = await getDb()
        .then((db) => findSessionAccount(db, uid, token.sid))
        .catch(noteSessionCheckFailure);
      if (!current || !current.active || current.sessionVersion !== token.sv || current.sessionEnded) return null;
      dataVersionOf.set(token, current.dataVersion);
      token.roles = current.roles;
      token.mcp = current.mustChangePassword;
      token.name = current.name;
      token.email = current.email;
      return token;
    },
    session({ session, token }) {
      session.user.id = token.uid!;
      session.user.roles = token.roles ?? [];
      session.user.mustChangePassword = token.mcp ?? false;
      session.sessionId = token.sid;
      session.dataVersion = dataVersionOf.get(token);
      return session;
    },
  },
});

export const { handlers, signIn, signOut } = nextAuth;
/** The session, read once per request however many components ask. */
export const auth = cache(nextAuth.auth);
