// A real OpenID Connect provider for the end-to-end tests (oidc-provider, on loopback over plain
// http). Its built-in development sign-in form accepts any login and password: the login typed
// there is taken as the person's e-mail address. For tests only: nothing is kept between runs.
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import http from 'node:http';

// oidc-provider warns, rightly, about its quick-start parts (development sign-in pages, in-memory
// storage) and about Node versions older than it supports; here they are the point, so those
// warnings are dropped while it loads and starts. Anything else it says still comes through.
const EXPECTED_WARNINGS = [/devInteractions/, /in-memory adapter/, /Unsupported runtime/];

async function quietly(work) {
  const warn = console.warn;
  console.warn = (...args) => {
    const text = args.map(String).join(' ');
    if (!EXPECTED_WARNINGS.some((pattern) => pattern.test(text))) warn(...args);
  };
  try {
    return await work();
  } finally {
    console.warn = warn;
  }
}

/**
 * Starts the provider on http://127.0.0.1:<port> with one confidential client.
 * Resolves to { issuer, close }; close() stops it.
 */
export async function startOidcProvider({ port, clientId, clientSecret, redirectUri }) {
  const issuer = `http://127.0.0.1:${port}`;
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });

  const provider = await quietly(async () => {
    const { default: Provider } = await import('oidc-provider');
    return new Provider(issuer, {
      clients: [
        {
          client_id: clientId,
          client_secret: clientSecret,
          redirect_uris: [redirectUri],
          response_types: ['code'],
          grant_types: ['authorization_code'],
          // What Auth.js sends unless told otherwise (@auth/core, oauth callback).
          token_endpoint_auth_method: 'client_secret_basic',
        },
      ],
      // Signing keys and cookie keys of its own for each run, rather than the published dev ones.
      jwks: { keys: [{ ...privateKey.export({ format: 'jwk' }), kid: 'e2e', use: 'sig', alg: 'RS256' }] },
      cookies: { keys: [randomBytes(32).toString('base64url')] },
      scopes: ['openid', 'email', 'profile'],
      claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
      // Refuse any authorisation request without PKCE, so the tests prove Auth.js sends it.
      pkce: { required: () => true },
      features: { devInteractions: { enabled: true } },
      ttl: { Interaction: 600, Session: 600, Grant: 600, AccessToken: 600, IdToken: 600 },
      // Errors as plain text, so a failing test's page snapshot says what went wrong.
      async renderError(ctx, { error, error_description: description }) {
        ctx.type = 'text';
        ctx.body = `oidc-provider error: ${error}${description ? `: ${description}` : ''}`;
      },
      async findAccount(_ctx, id) {
        const email = String(id).trim().toLowerCase();
        return {
          accountId: email,
          async claims() {
            return { sub: email, email, email_verified: true, name: email.split('@')[0] };
          },
        };
      },
    });
  });

  const server = http.createServer(provider.callback());
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(Number(port), '127.0.0.1', resolve);
  });

  return {
    issuer,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
