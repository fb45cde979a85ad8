import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';

const serverInfo = () =>
  JSON.parse(fs.readFileSync(path.join('test-results', 'e2e-server.json'), 'utf8')) as { pgliteDir: string | null };

test('a second server on the same embedded database folder is refused with a sentence', async () => {
  const { pgliteDir } = serverInfo();
  test.skip(pgliteDir === null, 'the test server is on PostgreSQL, which has locks of its own');

  const second = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', '3199', '-H', '127.0.0.1'], {
    env: { ...process.env, PGLITE_DIR: pgliteDir!, DATABASE_URL: '' },
  });
  let output = '';
  second.stdout.on('data', (chunk) => (output += chunk));
  second.stderr.on('data', (chunk) => (output += chunk));
  const code = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => {
      second.kill('SIGKILL');
      resolve(null);
    }, 20_000);
    second.on('exit', (exitCode) => {
      clearTimeout(timer);
      resolve(exitCode);
    });
  });

  expect(code).toBe(1);
  expect(output).toContain(`The embedded database in ${pgliteDir} is already in use by process`);
  expect(output).toContain('Only one process may open it at a time');
});
