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
});
