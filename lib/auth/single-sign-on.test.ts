import { describe, expect, it } from 'vitest';
import { parseEnv } from '../env';
import { singleSignOnName, singleSignOnProvider } from './single-sign-on';

const settings = {
  OIDC_ISSUER: 'https://login.microsoftonline.com/tenant-id/v2.0',
  OIDC_CLIENT_ID: 'client',
  OIDC_CLIENT_SECRET: 'secret',
};

describe('single sign-on', () => {
  it('is off unless the issuer, client id and secret are all set', () => {
    expect(singleSignOnProvider({})).toBeNull();
    expect(singleSignOnProvider({ ...settings, OIDC_CLIENT_SECRET: '' })).toBeNull();
    expect(singleSignOnName({})).toBeNull();
  });

  it('is an OpenID Connect provider with PKCE, state and nonce checks when configured', () => {
    expect(singleSignOnProvider({ ...settings, OIDC_NAME: 'Sunderland City Council' })).toMatchObject({
      id: 'sso',
      type: 'oidc',
      issuer: settings.OIDC_ISSUER,
      name: 'Sunderland City Council',
      checks: ['pkce', 'state', 'nonce'],
    });
    expect(singleSignOnName(settings)).toBe('your organisation');
  });

  it('refuses to start with half a configuration', () => {
    expect(() => parseEnv({ OIDC_ISSUER: settings.OIDC_ISSUER })).toThrow(/OIDC_CLIENT_ID and OIDC_CLIENT_SECRET must all be set together/);
    expect(parseEnv(settings).OIDC_ISSUER).toBe(settings.OIDC_ISSUER);
  });
});
