// The council's single sign-on: any OpenID Connect provider (Microsoft Entra ID is the usual one),
// switched on by OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET. Off by default.
import type { OIDCConfig } from 'next-auth/providers';

export type SingleSignOnSettings = {
  OIDC_ISSUER?: string;
  OIDC_CLIENT_ID?: string;
  OIDC_CLIENT_SECRET?: string;
  OIDC_NAME?: string;
};

export const SSO_PROVIDER_ID = 'sso';

export function singleSignOnProvider(settings: SingleSignOnSettings): OIDCConfig<Record<string, unknown>> | null {
  const { OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET } = settings;
  if (!OIDC_ISSUER || !OIDC_CLIENT_ID || !OIDC_CLIENT_SECRET) return null;
  return {
    id: SSO_PROVIDER_ID,
    name: settings.OIDC_NAME || 'your organisation',
    type: 'oidc',
    issuer: OIDC_ISSUER,
    clientId: OIDC_CLIENT_ID,
    clientSecret: OIDC_CLIENT_SECRET,
    authorization: { params: { scope: 'openid email profile' } },
    checks: ['pkce', 'state', 'nonce'],
    // E-mail and name come from the UserInfo endpoint: with the code flow, OpenID Connect puts the
    // email and profile claims there, and a provider may leave them out of the ID token (the ID
    // token is still checked, and its subject must match).
    idToken: false,
    // Accounts are provisioned here by an administrator; the provider only proves who someone is.
    profile: (profile) => ({
      id: String(profile.sub),
      email: typeof profile.email === 'string' ? profile.email.toLowerCase() : null,
      name: typeof profile.name === 'string' ? profile.name : null,
    }),
  };
}

export const singleSignOnName = (settings: SingleSignOnSettings): string | null =>
  singleSignOnProvider(settings) ? settings.OIDC_NAME || 'your organisation' : null;
