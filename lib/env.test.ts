import { describe, expect, it } from 'vitest';
import { parseEnv } from './env';

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
});
