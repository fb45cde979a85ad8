// Runs once when the server starts (never during `next build`).
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  if (process.env.NEXT_PHASE === 'phase-production-build') return;
  const { startServer } = await import('./lib/server-start');
  startServer();
  // After the checks, so a server that stops on them never opens the database to send mail. Every
  // app server runs one: they share the outbox, and a message is claimed by one of them only.
  const { startMailWorker } = await import('./lib/mail/worker');
  startMailWorker();
}
