// A server of a test's own, on an embedded database of its own, for what the shared test server
// cannot show (a different environment, such as the number of trusted proxies).
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

export type ExtraServer = { baseURL: string; stop(): Promise<void> };

const run = promisify(execFile);

/** A seeded embedded database (the demo's), in a folder that is removed by `remove`. */
export async function seededDatabase(): Promise<{ dir: string; remove(): void }> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'pp-extra-'));
  const dir = path.join(root, 'pglite');
  await run(path.join('node_modules', '.bin', 'tsx'), ['db/seed/index.ts', '--demo'], {
    env: { ...process.env, DATABASE_URL: '', PGLITE_DIR: dir, SEED_DEMO_ACCOUNTS: 'true' },
  });
  return { dir, remove: () => fs.rmSync(root, { recursive: true, force: true }) };
}

export async function startServer(options: { port: number; pgliteDir: string; env?: Record<string, string> }): Promise<ExtraServer> {
  const baseURL = `http://localhost:${options.port}`;
  const child: ChildProcess = spawn(process.execPath, ['--max-semi-space-size=64', 'scripts/server.mjs'], {
    env: {
      ...process.env,
      DATABASE_URL: '',
      PGLITE_DIR: options.pgliteDir,
      PORT: String(options.port),
      HOST: '127.0.0.1',
      SITE_URL: baseURL,
      OIDC_ISSUER: '',
      OIDC_CLIENT_ID: '',
      OIDC_CLIENT_SECRET: '',
      ...options.env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the extra server stopped with code ${child.exitCode}`);
    if (Date.now() > deadline) throw new Error('the extra server did not start within 30 seconds');
    try {
      if ((await fetch(`http://127.0.0.1:${options.port}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    baseURL,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
