// The server Playwright tests run against: a production build on a database of its own (a
// throwaway PostgreSQL database when DATABASE_URL is set, a temporary PGlite folder otherwise),
// seeded with the reference pack and the demo accounts, removed again when the tests end.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { root, run, serverArgs, throwawayDatabase, tsxBin } from './lib.mjs';
import { startOidcProvider } from '../e2e/oidc/provider.mjs';

const port = process.env.E2E_PORT || '3100';
const env = { ...process.env, SEED_DEMO_ACCOUNTS: 'true', AUTH_SECRET: process.env.AUTH_SECRET || randomBytes(33).toString('base64') };
const database = await throwawayDatabase('e2e');
Object.assign(env, database.env);
let cleanup = database.remove;
console.log(`e2e: ${database.where}`);

// Tell the tests which database this server holds (one test starts a second server on it).
fs.mkdirSync(path.join(root, 'test-results'), { recursive: true });
fs.writeFileSync(path.join(root, 'test-results', 'e2e-server.json'), JSON.stringify({ pgliteDir: env.DATABASE_URL ? null : env.PGLITE_DIR }));

await run(tsxBin, ['db/seed/index.ts', '--demo'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
// Single sign-on against a real OpenID provider on loopback (e2e/single-sign-on.spec.ts).
const oidcClient = { clientId: 'performance-pack-e2e', clientSecret: randomBytes(24).toString('base64url') };
const oidc = await startOidcProvider({
  port: process.env.E2E_OIDC_PORT || '3101',
  ...oidcClient,
  redirectUri: `http://localhost:${port}/api/auth/callback/sso`,
});
Object.assign(env, { OIDC_ISSUER: oidc.issuer, OIDC_CLIENT_ID: oidcClient.clientId, OIDC_CLIENT_SECRET: oidcClient.clientSecret, OIDC_NAME: 'Council account' });
// "localhost", not 127.0.0.1: Next writes every loopback address as localhost in the URLs it
// builds, so Auth.js's own addresses (single sign-on's return) only match the site's under that name.
Object.assign(env, { PORT: port, HOST: '127.0.0.1', SITE_URL: `http://localhost:${port}` });
const server = spawn(process.execPath, serverArgs, { cwd: root, env, stdio: 'inherit' });

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  server.kill('SIGTERM');
  await new Promise((resolve) => (server.exitCode !== null ? resolve() : server.once('exit', resolve)));
  await oidc.close();
  await cleanup().catch((error) => console.error('e2e: cleanup failed:', error));
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
server.on('exit', () => void stop());
