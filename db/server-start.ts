import path from 'node:path';
import { locationFromEnv } from './client';
import { claimEmbeddedDatabase, EmbeddedDatabaseInUseError } from './embedded-lock';

export function claimDatabaseForServer(): void {
  const location = locationFromEnv();
  if (location.engine !== 'pglite' || !('dir' in location)) return;
  try {
    claimEmbeddedDatabase(path.resolve(location.dir));
  } catch (error) {
    if (error instanceof EmbeddedDatabaseInUseError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}
