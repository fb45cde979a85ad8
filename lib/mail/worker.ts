// The mail worker: sends the outbox every little while in the server process (started from
// instrumentation.ts, once per process), or once, from a script (`deliverNow`). With REMINDERS_AT
// set, it also runs the day's reminder checks once a day from that time, as `npm run reminders`.
import { getDb } from '../../db/client';
import { env } from '../env';
import { dailyChecksDue } from '../notices/daily-checks';
import { noticeContext } from '../notices/enqueue-notices';
import { runReminders } from '../notices/run-reminders';
import { deliverOutbox, type DeliveryReport } from './deliver';
import { mailerFromEnv, type Mailer } from './transport';

export type MailWorker = {
  /** Starts no further pass, and waits for the one under way to finish. */
  stop(): Promise<void>;
};

const BATCH = 50;

// One worker per process, however many times the server's start-up asks for one.
const shared = globalThis as typeof globalThis & { __performancePackMailWorker?: MailWorker };

/**
 * Sends the outbox now and then every `intervalMs` until stopped. A failed pass (the database
 * unreachable, say) is logged and the next one tries again: the outbox keeps what was not sent.
 */
export function startMailWorker({ intervalMs = 30_000 }: { intervalMs?: number } = {}): MailWorker {
  if (shared.__performancePackMailWorker) return shared.__performancePackMailWorker;
  const mailer = mailerFromEnv();
  if (!mailer) console.warn('[mail] SMTP_URL and MAIL_FROM are not set: messages stay in the outbox, marked not sent.');
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  // The London day whose reminder checks this process last ran (REMINDERS_AT).
  let checkedDay: string | null = null;

  const pass = async () => {
    try {
      const day = env.REMINDERS_AT ? dailyChecksDue(new Date(), env.REMINDERS_AT, checkedDay) : null;
      if (day) {
        const report = await runReminders(await getDb(), { today: day, ...noticeContext() });
        checkedDay = day;
        console.log(`[mail] the reminder checks for ${day}: ${report.intended} due, ${report.new} new.`);
      }
    } catch (error) {
      console.error('[mail] the daily reminder checks failed; trying again shortly:', error);
    }
    try {
      await deliverAll(mailer);
    } catch (error) {
      console.error('[mail] sending the outbox failed; trying again shortly:', error);
    }
    // The timer does not keep the process alive: the server does, and a script ends when done.
    if (!stopped) timer = setTimeout(() => void (running = pass()), intervalMs).unref();
  };
  running = pass();

  const worker: MailWorker = {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
      mailer?.transporter.close();
      if (shared.__performancePackMailWorker === worker) shared.__performancePackMailWorker = undefined;
    },
  };
  shared.__performancePackMailWorker = worker;
  return worker;
}

/** Sends everything due now, once, and says what became of it: for scripts. */
export async function deliverNow(): Promise<DeliveryReport> {
  const mailer = mailerFromEnv();
  try {
    return await deliverAll(mailer);
  } finally {
    mailer?.transporter.close();
  }
}

/** Passes until one finds fewer messages due than it could take. */
async function deliverAll(mailer: Mailer | null): Promise<DeliveryReport> {
  const db = await getDb();
  const total: DeliveryReport = { sent: 0, retrying: 0, failed: 0, held: 0 };
  for (;;) {
    const report = await deliverOutbox(db, mailer, { batch: BATCH });
    for (const key of Object.keys(total) as (keyof DeliveryReport)[]) total[key] += report[key];
    if (report.sent + report.retrying + report.failed < BATCH) return total;
  }
}
