// Checks made once as the server starts (from instrumentation.ts), so a misconfigured server stops
// at once with a sentence instead of failing at the first request.
import path from 'node:path';
import { locationFromEnv } from '../db/client';
import { claimEmbeddedDatabase, EmbeddedDatabaseInUseError } from '../db/embedded-lock';

function stop(message: string): never {
  console.error(message);
  process.exit(1);
}

export function startServer(): void {
  if (!process.env.AUTH_SECRET) {
    stop('AUTH_SECRET is not set, so sessions cannot be signed. Set it to a random value of at least 32 characters (`openssl rand -base64 33`) and start again.');
  }
  // With the embedded database, the server claims its folder now: a second server on the same
  // folder stops here rather than silently losing writes later.
  const location = locationFromEnv();
  if (location.engine !== 'pglite' || !('dir' in location)) return;
  try {
    claimEmbeddedDatabase(path.resolve(location.dir));
  } catch (error) {
    if (error instanceof EmbeddedDatabaseInUseError) stop(error.message);
    throw error;
  }
}
