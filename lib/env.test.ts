import { describe, expect, it } from 'vitest';
import { parseEnv, siteOrigin } from './env';

describe('the environment', () => {
  it('defaults to the embedded database in .data/pglite', () => {
    const env = parseEnv({});
    expect(env).toMatchObject({ NODE_ENV: 'development', PGLITE_DIR: '.data/pglite' });
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it('treats an empty DATABASE_URL as unset', () => {
    expect(parseEnv({ DATABASE_URL: '' }).DATABASE_URL).toBeUndefined();
  });

  it('accepts a PostgreSQL connection string', () => {
    expect(parseEnv({ DATABASE_URL: 'postgresql://app:secret@db:5432/pack' }).DATABASE_URL).toBe(
      'postgresql://app:secret@db:5432/pack',
    );
  });

  it('stops with a sentence that names each bad variable', () => {
    expect(() => parseEnv({ DATABASE_URL: 'mysql://x', AUTH_SECRET: 'short' })).toThrow(
      /^The environment is not valid: DATABASE_URL must be a PostgreSQL connection string.*; AUTH_SECRET must be at least 32 characters/,
    );
    expect(() => parseEnv({ NODE_ENV: 'staging' })).toThrow('NODE_ENV must be "development", "test" or "production"');
  });

  it('takes the site address from SITE_URL, never from a request', () => {
    expect(siteOrigin(parseEnv({ SITE_URL: 'https://pack.council.gov.uk/' }))).toBe('https://pack.council.gov.uk');
    expect(siteOrigin(parseEnv({ PORT: '3100' }))).toBe('http://localhost:3100');
    expect(() => parseEnv({ SITE_URL: 'javascript:alert(1)' })).toThrow(/SITE_URL must be the address people use/);
    expect(() => parseEnv({ SITE_URL: 'https://pack.example/portal' })).toThrow(/SITE_URL must be only a scheme, host and port/);
  });

  it("takes Next's server action key only as 32 bytes in base64", () => {
    const key = Buffer.alloc(32, 7).toString('base64');
    expect(parseEnv({ NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: key }).NEXT_SERVER_ACTIONS_ENCRYPTION_KEY).toBe(key);
    expect(parseEnv({ NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: '' }).NEXT_SERVER_ACTIONS_ENCRYPTION_KEY).toBeUndefined();
    for (const bad of [Buffer.alloc(16, 7).toString('base64'), 'not a key', `${key.slice(0, -2)}*=`]) {
      expect(() => parseEnv({ NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: bad }), bad).toThrow(/NEXT_SERVER_ACTIONS_ENCRYPTION_KEY must be 32 random bytes in base64/);
    }
  });

  it('trusts no proxy unless told how many there are', () => {
    expect(parseEnv({}).TRUSTED_PROXY_HOPS).toBe(0);
    expect(parseEnv({ TRUSTED_PROXY_HOPS: '1' }).TRUSTED_PROXY_HOPS).toBe(1);
    expect(() => parseEnv({ TRUSTED_PROXY_HOPS: 'all' })).toThrow(/TRUSTED_PROXY_HOPS must be a whole number from 0 to 5/);
    expect(() => parseEnv({ TRUSTED_PROXY_HOPS: '-1' })).toThrow(/TRUSTED_PROXY_HOPS must be a whole number from 0 to 5/);
  });

  it('takes a mail server and a sender together, or neither', () => {
    const both = parseEnv({ SMTP_URL: 'smtp://pack:secret@mail.council.gov.uk:587', MAIL_FROM: 'Performance Pack <performance@council.gov.uk>' });
    expect(both).toMatchObject({ SMTP_URL: 'smtp://pack:secret@mail.council.gov.uk:587', MAIL_FROM: 'Performance Pack <performance@council.gov.uk>' });
    expect(parseEnv({ SMTP_URL: 'smtps://mail.council.gov.uk:465', MAIL_FROM: 'performance@council.gov.uk' }).SMTP_URL).toBe('smtps://mail.council.gov.uk:465');
    expect(parseEnv({ SMTP_URL: '', MAIL_FROM: '' }).SMTP_URL).toBeUndefined();
    const alone = /SMTP_URL and MAIL_FROM must both be set to send e-mail, or neither \(then messages wait in the outbox, marked not sent\)/;
    expect(() => parseEnv({ SMTP_URL: 'smtp://mail.council.gov.uk' })).toThrow(alone);
    expect(() => parseEnv({ MAIL_FROM: 'performance@council.gov.uk' })).toThrow(alone);
  });

  it('stops on a mail server or sender that cannot be right', () => {
    const from = { MAIL_FROM: 'performance@council.gov.uk' };
    for (const bad of ['mail.council.gov.uk', 'https://mail.council.gov.uk']) {
      expect(() => parseEnv({ ...from, SMTP_URL: bad }), bad).toThrow(/SMTP_URL must be the mail server's address/);
    }
    for (const bad of ['smtp://mail.council.gov.uk/relay', 'smtp:mail', 'smtp://mail.council.gov.uk?pool=true']) {
      expect(() => parseEnv({ ...from, SMTP_URL: bad }), bad).toThrow(/SMTP_URL must be only smtp:\/\/ or smtps:\/\//);
    }
    const server = { SMTP_URL: 'smtp://mail.council.gov.uk' };
    for (const bad of ['performance', 'Performance Pack', 'Pack <performance>', 'a@b@council.gov.uk', 'x@council.gov.uk\nBcc: y@example.org']) {
      expect(() => parseEnv({ ...server, MAIL_FROM: bad }), bad).toThrow(/MAIL_FROM must be the address messages come from/);
    }
  });
});
