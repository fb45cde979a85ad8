// The environment, validated once. next.config.js imports this file, so a bad value stops
// `next build` and `next start` at once with a sentence naming the variable, rather than failing
// at the first request.
import { TIME_OF_DAY } from './notices/daily-checks';
import { z } from 'zod';
import { parseMailAddress } from './mail/address';

const emptyAsUnset = (value: unknown) => (value === '' ? undefined : value);

const optional = <T extends z.ZodType>(schema: T) => z.preprocess(emptyAsUnset, schema.optional());

const flag = z.preprocess(emptyAsUnset, z.enum(['true', 'false'], {
  error: 'must be "true" or "false"',
}).optional());

export const envSchema = z.object({
  NODE_ENV: z.preprocess(
    emptyAsUnset,
    z
      .enum(['development', 'test', 'production'], {
        error: 'must be "development", "test" or "production"',
      })
      .default('development'),
  ),
  DATABASE_URL: optional(
    z
      .string()
      .regex(/^postgres(ql)?:\/\/\S+$/, {
        error:
          'must be a PostgreSQL connection string such as postgres://user:password@host:5432/database, or unset to use the embedded database',
      }),
  ),
  PGLITE_DIR: z.preprocess(emptyAsUnset, z.string().default('.data/pglite')),
  AUTH_SECRET: optional(
    z.string().min(32, { error: 'must be at least 32 characters; make one with `openssl rand -base64 33`' }),
  ),
  // Next's key for the closures of server actions (AES, 32 bytes in base64). Every server of one
  // installation needs the same one, and the same build ("Two servers, one database" in README);
  // unset, each build makes its own.
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: optional(
    z.string().refine((value) => /^[A-Za-z0-9+/]{43}=$/.test(value) && Buffer.from(value, 'base64').length === 32, {
      error: 'must be 32 random bytes in base64; make one with `openssl rand -base64 32`',
    }),
  ),
  SEED_DEMO_ACCOUNTS: flag,
  // "true": the server counts the SQL statements it runs and /api/health reports the count, for
  // `npm run bench`'s queries per request. Never needed in service.
  QUERY_COUNTER: flag,
  // Named in every published pack: the company reporting and the council it reports to.
  ORGANISATION_NAME: z.preprocess(emptyAsUnset, z.string().max(120, { error: 'must be 120 characters or fewer' }).default('Together for Children')),
  COUNCIL_NAME: z.preprocess(emptyAsUnset, z.string().max(120, { error: 'must be 120 characters or fewer' }).default('Sunderland City Council')),
  // The address people use to reach the site. Every absolute URL (redirects, single sign-on's
  // return address) is built from it, never from a request's Host or X-Forwarded-Host.
  SITE_URL: optional(
    z
      .url({ protocol: /^https?$/, error: 'must be the address people use to reach the site, like https://performance.council.gov.uk' })
      .refine((value) => { const url = new URL(value); return (url.pathname === '/' || url.pathname === '') && !url.search && !url.hash && !url.username; }, {
        error: 'must be only a scheme, host and port, like https://performance.council.gov.uk, with no path',
      }),
  ),
  // How many reverse proxies in front of the server append to X-Forwarded-For. 0: none, the
  // network address is the connection's own (the header, which a client can write, is ignored).
  TRUSTED_PROXY_HOPS: z.preprocess(emptyAsUnset, z.coerce.number({ error: 'must be a whole number from 0 to 5' }).int({ error: 'must be a whole number from 0 to 5' }).min(0, { error: 'must be a whole number from 0 to 5' }).max(5, { error: 'must be a whole number from 0 to 5' }).default(0)),
  PORT: optional(z.string().regex(/^\d{1,5}$/, { error: 'must be a port number, like 3000' })),
  // Single sign-on (OpenID Connect): all three of issuer, client id and secret, or none.
  OIDC_ISSUER: optional(z.url({ error: 'must be the provider\'s issuer URL, e.g. https://login.microsoftonline.com/<tenant>/v2.0' })),
  OIDC_CLIENT_ID: optional(z.string()),
  OIDC_CLIENT_SECRET: optional(z.string()),
  OIDC_NAME: optional(z.string().max(60, { error: 'must be 60 characters or fewer' })),
  // E-mail (lib/mail): the organisation's mail server, and the address messages come from. Both, or
  // neither: then messages wait in the outbox, marked not sent, for an admin to read.
  SMTP_URL: optional(
    z
      .url({ protocol: /^smtps?$/, error: 'must be the mail server\'s address, like smtp://user:password@mail.council.gov.uk:587 or smtps://mail.council.gov.uk:465' })
      // A value that is no URL at all has had its sentence above.
      .refine((value) => { if (!URL.canParse(value)) return true; const url = new URL(value); return url.hostname !== '' && (url.pathname === '/' || url.pathname === '') && !url.search && !url.hash; }, {
        error: 'must be only smtp:// or smtps://, an optional user:password@, a host and a port, like smtp://mail.council.gov.uk:587',
      }),
  ),
  // The time of day (London) at which each server runs the day's reminder checks itself, as
  // `npm run reminders` does; unset, they are left to that command (from cron). The demo sets it.
  REMINDERS_AT: optional(z.string().regex(TIME_OF_DAY, { error: 'must be a time of day in London, like 07:00, or unset to leave the daily reminder checks to npm run reminders' })),
  MAIL_FROM: optional(
    z.string().refine((value) => parseMailAddress(value) !== null, {
      error: 'must be the address messages come from, like performance@council.gov.uk or Performance Pack <performance@council.gov.uk>',
    }),
  ),
}).refine((e) => Boolean(e.SMTP_URL) === Boolean(e.MAIL_FROM), {
  path: ['SMTP_URL'],
  error: 'and MAIL_FROM must both be set to send e-mail, or neither (then messages wait in the outbox, marked not sent)',
}).refine((e) => [e.OIDC_ISSUER, e.OIDC_CLIENT_ID, e.OIDC_CLIENT_SECRET].filter(Boolean).length % 3 === 0, {
  path: ['OIDC_ISSUER'],
  error: 'OIDC_CLIENT_ID and OIDC_CLIENT_SECRET must all be set together for single sign-on, or none of them',
});

export type Env = z.infer<typeof envSchema>;

/** The site's own origin ("https://performance.council.gov.uk"): SITE_URL, or this machine's port. */
export function siteOrigin(source: Pick<Env, 'SITE_URL' | 'PORT'>): string {
  return new URL(source.SITE_URL ?? `http://localhost:${source.PORT ?? '3000'}`).origin;
}

export class EnvironmentError extends Error {
  override name = 'EnvironmentError';
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`);
  throw new EnvironmentError(
    `The environment is not valid: ${problems.join('; ')}. Correct ${problems.length === 1 ? 'it' : 'them'} and start again.`,
  );
}

export const env = parseEnv(process.env);
