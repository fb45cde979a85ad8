// Runs once when the server starts. With the embedded database, the server claims its folder now,
// so a second server on the same folder stops at once with a sentence instead of starting and
// silently losing writes later.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  if (process.env.NEXT_PHASE === 'phase-production-build') return;
  const { claimDatabaseForServer } = await import('./db/server-start');
  claimDatabaseForServer();
}
