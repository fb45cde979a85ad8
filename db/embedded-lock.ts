// PGlite takes no lock of its own: two processes on one data folder silently lose each other's
// writes. This lock file beside the folder makes the second process stop with a sentence instead.
import fs from 'node:fs';
import path from 'node:path';

export class EmbeddedDatabaseInUseError extends Error {
  override name = 'EmbeddedDatabaseInUseError';
  /** The folder, and the process holding it (null when two claimed it at the same moment): for a command's own sentence. */
  constructor(
    message: string,
    readonly dataDir: string,
    readonly owner: number | null,
  ) {
    super(message);
  }
}

const held = new Set<string>();

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOwner(lockPath: string): number | null {
  try {
    const pid = Number.parseInt(fs.readFileSync(lockPath, 'utf8').trim(), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

export function lockPathFor(dataDir: string): string {
  return `${path.resolve(dataDir)}.lock`;
}

/**
 * Claims the embedded database folder for this process, or throws if another live process holds
 * it. Safe to call more than once; the lock is released when the process exits.
 */
export function claimEmbeddedDatabase(dataDir: string): void {
  const lockPath = lockPathFor(dataDir);
  if (held.has(lockPath)) return;
  fs.mkdirSync(path.dirname(lockPath), { recursive: true });

  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = fs.openSync(lockPath, 'wx');
      fs.writeSync(fd, `${process.pid}\n`);
      fs.closeSync(fd);
      held.add(lockPath);
      process.once('exit', () => releaseEmbeddedDatabase(dataDir));
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = readOwner(lockPath);
    if (owner !== null && owner !== process.pid && isRunning(owner)) {
      throw new EmbeddedDatabaseInUseError(
        `The embedded database in ${path.resolve(dataDir)} is already in use by process ${owner}. ` +
          'Only one process may open it at a time: stop that process first, or set PGLITE_DIR to another folder, ' +
          'or set DATABASE_URL to use PostgreSQL.',
        path.resolve(dataDir),
        owner,
      );
    }
    // The process that held it has gone (or it was us before a restart): the lock is stale.
    if (owner !== null && owner !== process.pid) console.warn(staleLockSentence(dataDir, owner));
    fs.rmSync(lockPath, { force: true });
  }
  throw new EmbeddedDatabaseInUseError(
    `The embedded database in ${path.resolve(dataDir)} was claimed by another process at the same moment. Try again.`,
    path.resolve(dataDir),
    null,
  );
}

/** Said in the log when a lock is taken over: a process stopped without closing the database. */
export function staleLockSentence(dataDir: string, owner: number): string {
  return (
    `[database] The embedded database in ${path.resolve(dataDir)} was left locked by process ${owner}, which is no longer running: ` +
    'it stopped without closing the database (killed, or the machine went down). Taking the lock over; PGlite recovers the folder from its write-ahead log as it opens.'
  );
}

export function releaseEmbeddedDatabase(dataDir: string): void {
  const lockPath = lockPathFor(dataDir);
  if (!held.delete(lockPath)) return;
  if (readOwner(lockPath) === process.pid) fs.rmSync(lockPath, { force: true });
}
