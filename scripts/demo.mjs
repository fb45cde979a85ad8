// `npm run demo`: the embedded database, migrated and seeded with the 2020/21 reference pack and
// the demo accounts, a production build, and the server on http://localhost:3000.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { tsImport } from 'tsx/esm/api';
import { buildIfStale, root, run, serverArgs, tsxBin, waitForOk } from './lib.mjs';

const port = process.env.PORT || '3000';
// Only this machine can reach the demo (its passwords are published) unless HOST says otherwise.
const host = process.env.HOST || '127.0.0.1';
// The demo asks for the demo accounts explicitly, so they are made even where NODE_ENV=production.
const env = { ...process.env, SEED_DEMO_ACCOUNTS: 'true', PORT: port, HOST: host };
env.SITE_URL ||= `http://localhost:${port}`;
// The demo's server runs the day's reminder checks itself (the embedded database is its alone, so
// `npm run reminders` cannot while it runs): their messages wait in the outbox, marked not sent.
env.REMINDERS_AT ||= '07:00';
if (!env.DATABASE_URL) env.PGLITE_DIR ||= '.data/pglite';
// Sessions are signed with AUTH_SECRET; the demo makes one once and keeps it in .data/.
if (!env.AUTH_SECRET) {
  const secretFile = path.join(root, '.data', 'auth-secret');
  if (!fs.existsSync(secretFile)) {
    fs.mkdirSync(path.dirname(secretFile), { recursive: true });
    fs.writeFileSync(secretFile, randomBytes(33).toString('base64'), { mode: 0o600 });
  }
  env.AUTH_SECRET = fs.readFileSync(secretFile, 'utf8').trim();
}

try {
  console.log(env.DATABASE_URL ? 'Using PostgreSQL from DATABASE_URL.' : `Using the embedded database in ${env.PGLITE_DIR}.`);
  await run(tsxBin, ['db/seed/index.ts', '--demo'], { env });
  await buildIfStale();

  const server = spawn(process.execPath, serverArgs, { cwd: root, env, stdio: 'inherit' });
  const stop = (signal) => server.kill(signal);
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  server.on('exit', (code) => process.exit(code ?? 0));

  await waitForOk(`http://${host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host}:${port}/api/health`);
  const { demoAccounts, DEMO_PASSWORD } = await tsImport('../db/seed/demo.ts', import.meta.url);
  console.log(`\nPerformance Pack is running on ${env.SITE_URL} (Ctrl+C stops it).\n`);
  console.log(`Demo sign-ins, each with the password ${DEMO_PASSWORD}:`);
  for (const account of demoAccounts) {
    console.log(`  ${account.roles.join(', ').padEnd(10)} ${account.email.padEnd(30)} ${account.name}`);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(typeof error?.code === 'number' ? error.code : 1);
}
