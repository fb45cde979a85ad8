// Small helpers shared by the demo and test scripts (plain Node, no build step).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
/** The production server: Next behind the request checks of scripts/request-gate.mjs. */
export const serverScript = path.join(root, 'scripts', 'server.mjs');
/**
 * Node's flags for the production server, the same as `npm start`'s (package.json; a test keeps the
 * two alike). A larger young generation: drawing a page allocates a great deal that dies at once,
 * and with Node's default the collector ran about an eighth of the time. At 64 MB the pages with
 * data answered 20–38% more requests a second at 50 connections (README, "Every page, in numbers"),
 * for at most about 128 MB more memory.
 */
export const serverNodeFlags = ['--max-semi-space-size=64'];
/** How a script starts the production server: `node <flags> scripts/server.mjs`. */
export const serverArgs = [...serverNodeFlags, serverScript];
export const tsxBin = path.join(root, 'node_modules', '.bin', 'tsx');

/** Runs a command with inherited output; resolves on success, rejects with its exit code. */
export function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', ...options });
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(Object.assign(new Error(`${path.basename(command)} ${args[0] ?? ''} failed`), { code: code ?? 1, signal })),
    );
  });
}

const SOURCES = ['app', 'lib', 'db', 'public', 'next.config.js', 'instrumentation.ts', 'proxy.ts', 'auth.ts', 'auth.config.ts',
  'postcss.config.mjs', 'tsconfig.json', 'package-lock.json'];

function newestMtime(target) {
  let stat;
  try {
    stat = fs.statSync(target);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return /\.test\.tsx?$/.test(target) ? 0 : stat.mtimeMs;
  return fs.readdirSync(target).reduce((newest, name) => Math.max(newest, newestMtime(path.join(target, name))), stat.mtimeMs);
}

/** True when .next holds a production build newer than every source file. */
export function buildIsFresh() {
  const buildId = path.join(root, '.next', 'BUILD_ID');
  if (!fs.existsSync(buildId)) return false;
  const built = fs.statSync(buildId).mtimeMs;
  return SOURCES.every((source) => newestMtime(path.join(root, source)) < built);
}

export async function buildIfStale() {
  if (buildIsFresh()) {
    console.log('The production build is up to date; not rebuilding.');
    return;
  }
  await run(process.execPath, [nextBin, 'build']);
}

/** Waits until the URL answers 200, or throws after `timeoutMs`. */
export async function waitForOk(url, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} seconds`);
}

/**
 * A database of a run's own, removed by `remove()`: a new PostgreSQL database beside DATABASE_URL's
 * when it is set, else a PGlite folder in the system's temporary folder. `env` says where it is.
 */
export async function throwawayDatabase(prefix) {
  if (process.env.DATABASE_URL) {
    const { default: postgres } = await import('postgres');
    const name = `pp_${prefix}_${process.pid}_${Date.now()}`;
    const admin = postgres(process.env.DATABASE_URL, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${name}`);
    await admin.end();
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = `/${name}`;
    return {
      engine: 'postgres',
      where: `PostgreSQL database ${name}`,
      env: { DATABASE_URL: url.toString() },
      remove: async () => {
        const drop = postgres(process.env.DATABASE_URL, { max: 1, onnotice: () => {} });
        await drop.unsafe(`drop database if exists ${name} with (force)`);
        await drop.end();
      },
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `pp-${prefix}-`));
  const pgliteDir = path.join(dir, 'pglite');
  return {
    engine: 'pglite',
    where: `embedded database in ${pgliteDir}`,
    env: { PGLITE_DIR: pgliteDir },
    remove: async () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}
