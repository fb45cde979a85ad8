import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { claimEmbeddedDatabase, lockPathFor, releaseEmbeddedDatabase, staleLockSentence } from './embedded-lock';

const tsx = path.resolve('node_modules/.bin/tsx');

/** Runs a second process that tries to open the same folder, and returns what it said. */
function secondProcessClaims(dir: string) {
  const script = `import { claimEmbeddedDatabase } from ${JSON.stringify(path.resolve('db/embedded-lock.ts'))};
try { claimEmbeddedDatabase(${JSON.stringify(dir)}); console.log('claimed'); }
catch (e) { console.error(e.message); process.exit(3); }`;
  return spawnSync(tsx, ['--eval', script], { encoding: 'utf8' });
}

describe('the embedded database lock', () => {
  const dirs: string[] = [];
  const freshDir = () => {
    const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pp-lock-')), 'nested', 'pglite');
    dirs.push(dir);
    return dir;
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) releaseEmbeddedDatabase(dir);
  });

  it('refuses a second process on the same folder with a sentence naming the holder', () => {
    const dir = freshDir();
    claimEmbeddedDatabase(dir);
    const second = secondProcessClaims(dir);
    expect(second.status).toBe(3);
    expect(second.stderr).toContain(`is already in use by process ${process.pid}`);
    expect(second.stderr).toContain('set PGLITE_DIR to another folder');
  });

  it('lets a second process in once the first has let go', () => {
    const dir = freshDir();
    claimEmbeddedDatabase(dir);
    releaseEmbeddedDatabase(dir);
    expect(fs.existsSync(lockPathFor(dir))).toBe(false);
    expect(secondProcessClaims(dir).stdout).toContain('claimed');
  });

  it('takes over a lock left by a process that has died', () => {
    const dir = freshDir();
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    fs.mkdirSync(path.dirname(dir), { recursive: true });
    fs.writeFileSync(lockPathFor(dir), `${dead.stdout}\n`);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    let said: unknown[][];
    try {
      claimEmbeddedDatabase(dir);
    } finally {
      said = [...warn.mock.calls];
      warn.mockRestore();
    }
    expect(fs.readFileSync(lockPathFor(dir), 'utf8').trim()).toBe(String(process.pid));
    // The log says what happened: which process left it, and that it is taken over.
    expect(said).toEqual([[staleLockSentence(dir, Number(dead.stdout))]]);
    expect(staleLockSentence(dir, 123)).toContain(`${path.resolve(dir)} was left locked by process 123, which is no longer running`);
  });
});
