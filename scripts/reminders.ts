// `npm run reminders [-- --date YYYY-MM-DD] [--dry-run]`: the daily due-date checks, run once, for
// cron or a platform's scheduler. Writes the day's reminders to the outbox of the configured
// database (DATABASE_URL, or the embedded one at PGLITE_DIR) in one transaction, each once however
// often it runs (lib/notices/run-reminders.ts), then sends what is waiting in the outbox through
// the configured mail server, or holds it there, marked not sent, without one. Exit codes: 0 done
// (whatever the mail server said: what it did not take stays in the outbox, to be tried again),
// 1 could not (the database is in use, the environment is wrong), 2 the arguments are wrong.
import { parseRemindersArgs, USAGE } from './reminders-args';
import { openExistingDatabase, OperatorError, runOperatorCommand } from './operator-command';
import { deliverySentences, remindersSentences } from './reminders-report';

/** The embedded database's folder is held by another process: most likely the server. */
function inUseSentence(error: Error & { dataDir?: string; owner?: number | null }): string {
  const by = error.owner ? `process ${error.owner}` : 'another process';
  return (
    `The embedded database in ${error.dataDir} is in use by ${by}, most likely the portal's server, so the reminders job cannot open it. ` +
    'Stop the server and run npm run reminders again, or use PostgreSQL (set DATABASE_URL), where the job and the server share the database. ' +
    'Messages already in the outbox are sent by the server\'s own mail worker.'
  );
}

async function main(): Promise<void> {
  const args = parseRemindersArgs(process.argv.slice(2));
  if (args.help) {
    console.log(USAGE);
    return;
  }
  // Loaded once the arguments are checked; lib/env.ts checks the environment as it loads.
  const [{ parseEnv, siteOrigin }, { todayInLondon }, { runReminders }, { deliverNow }] = await Promise.all([
    import('../lib/env'),
    import('../lib/dates'),
    import('../lib/notices/run-reminders'),
    import('../lib/mail/worker'),
  ]);
  const env = parseEnv(process.env);
  const mailServer = Boolean(env.SMTP_URL && env.MAIL_FROM);
  const today = args.date ?? todayInLondon();

  const { db } = await openExistingDatabase().catch((error: unknown) => {
    throw error instanceof Error && error.name === 'EmbeddedDatabaseInUseError' ? new OperatorError(inUseSentence(error)) : error;
  });
  const report = await runReminders(db, { today, siteUrl: siteOrigin(env), organisationName: env.ORGANISATION_NAME, dryRun: args.dryRun });
  for (const line of remindersSentences(report, { dryRun: args.dryRun, given: args.date !== null })) console.log(line);
  if (args.dryRun) return;

  if (mailServer && !env.SITE_URL && report.new > 0) {
    console.warn(`SITE_URL is not set, so the links in these messages point to ${siteOrigin(env)}: set it to the address people use to reach the portal.`);
  }
  // Everything due in the outbox, not only today's reminders: on the embedded database the server
  // is stopped while this runs, so its worker is not there to send them.
  const delivery = await deliverNow();
  for (const line of deliverySentences(delivery, mailServer)) console.log(line);
}

runOperatorCommand(main, USAGE);
