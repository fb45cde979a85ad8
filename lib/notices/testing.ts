// For the workflow notices' tests: a seeded database with people around the demo's (a second
// executive and viewer, and a deactivated lead, executive and viewer), a real SMTP server on
// loopback, and one pass of the mail worker that answers what the server received.
import { and, asc, eq, sql } from 'drizzle-orm';
import type { OpenDatabase } from '../../db/client';
import { measures, outboxMessages, userRoles, users, type Role } from '../../db/schema';
import { seedDemo } from '../../db/seed/demo';
import { seedReferencePack } from '../../db/seed/reference-pack';
import { actorByEmail, openMigrated, type TestEngine } from '../../db/testing';
import type { Actor } from '../auth/policy';
import { deliverOutbox } from '../mail/deliver';
import { startTestMailServer, type ReceivedMail, type TestMailServer } from '../mail/testing';
import { createMailer, type Mailer } from '../mail/transport';
import type { MeasureLine } from './messages/words';

/** What links in the tests' messages start with: SITE_URL as the test file sets it. */
export const TEST_SITE_URL = 'https://performance.tfc.example';

/** What the notice tests set ORGANISATION_NAME to (before lib/env.ts is read), and the context it makes. */
export const TEST_ORGANISATION = 'Together for Children Sunderland';
export const TEST_CONTEXT = { siteUrl: TEST_SITE_URL, organisationName: TEST_ORGANISATION };

/** The demo's people as their messages are addressed, and the two extra ones setUpNoticeTest adds. */
export const SAM = 'Sam Okafor <lead.socialcare@tfc.example>';
export const JO = 'Jo Barnes <lead.earlyhelp@tfc.example>';
export const EXECUTIVES = ['Alex Morgan <ceo@tfc.example>', 'Dana Whitfield <dana.whitfield@tfc.example>'];
export const VIEWERS = ['Cllr Chris Dale <committee@sunderland.example>', 'Cllr Pat Reid <pat.reid@sunderland.example>'];

const extraPeople: { email: string; name: string; role: Role; active: boolean; owns?: string }[] = [
  { email: 'dana.whitfield@tfc.example', name: 'Dana Whitfield', role: 'executive', active: true },
  { email: 'lee.former@tfc.example', name: 'Lee Former', role: 'executive', active: false },
  { email: 'pat.reid@sunderland.example', name: 'Cllr Pat Reid', role: 'viewer', active: true },
  { email: 'former.member@sunderland.example', name: 'Cllr Former Member', role: 'viewer', active: false },
  // Led SM26 until their account was deactivated.
  { email: 'robin.hale@tfc.example', name: 'Robin Hale', role: 'lead', active: false, owns: 'SM26' },
];

export type Delivered = { to: string; subject: string; text: string; html: string };

export type NoticeTest = {
  open: OpenDatabase;
  people: Record<'admin' | 'executive' | 'sam' | 'jo', Actor>;
  /** Sends every message waiting in the outbox through the test server; what it received, by address. */
  deliver(): Promise<Delivered[]>;
  /** How many messages the outbox holds, sent or not. */
  outboxCount(): Promise<number>;
  /** The dedupe keys of the outbox's messages of a kind, in order. */
  keysOf(kind: string): Promise<string[]>;
  /** A lead's active measures, in the pack's order. */
  measuresOf(leadId: string): Promise<MeasureLine[]>;
  close(): Promise<void>;
};

const byAddress = (a: Delivered, b: Delivered) => a.to.localeCompare(b.to) || a.subject.localeCompare(b.subject);

const delivered = (mail: ReceivedMail): Delivered => ({
  to: mail.headers.get('to') ?? '',
  subject: mail.headers.get('subject') ?? '',
  text: mail.text.replace(/\r\n/g, '\n'),
  html: mail.html.replace(/\r\n/g, '\n'),
});

export async function setUpNoticeTest(engine: TestEngine): Promise<NoticeTest> {
  const open = await openMigrated(engine);
  await seedReferencePack(open.db);
  await seedDemo(open.db);
  for (const person of extraPeople) {
    const [made] = await open.db.insert(users).values({ email: person.email, name: person.name }).returning({ id: users.id });
    await open.db.insert(userRoles).values({ userId: made!.id, role: person.role });
    if (person.owns) await open.db.update(measures).set({ ownerId: made!.id }).where(eq(measures.ref, person.owns));
    if (!person.active) await open.db.update(users).set({ active: false }).where(eq(users.id, made!.id));
  }
  const people = {
    admin: await actorByEmail(open.db, 'admin@tfc.example'),
    executive: await actorByEmail(open.db, 'ceo@tfc.example'),
    sam: await actorByEmail(open.db, 'lead.socialcare@tfc.example'),
    jo: await actorByEmail(open.db, 'lead.earlyhelp@tfc.example'),
  };
  // Jo has turned reminders off: notices that carry the work still come.
  await open.db.update(users).set({ emailReminders: false }).where(eq(users.id, people.jo.id));

  const server: TestMailServer = await startTestMailServer();
  const mailer: Mailer = createMailer({ smtpUrl: server.url, mailFrom: 'Performance Pack <performance@tfc.example>' });
  return {
    open,
    people,
    async deliver() {
      server.received.length = 0;
      // A moment ahead of the database's clock, which stamped the messages due.
      await deliverOutbox(open.db, mailer, { now: () => new Date(Date.now() + 1000), batch: 500 });
      return server.received.map(delivered).sort(byAddress);
    },
    async outboxCount() {
      const [row] = await open.db.select({ n: sql<number>`count(*)::int` }).from(outboxMessages);
      return Number(row!.n);
    },
    async keysOf(kind) {
      const rows = await open.db
        .select({ key: outboxMessages.dedupeKey })
        .from(outboxMessages)
        .where(sql`${outboxMessages.kind} = ${kind}`)
        .orderBy(asc(outboxMessages.createdAt), asc(outboxMessages.dedupeKey));
      return rows.map((row) => row.key);
    },
    async measuresOf(leadId) {
      return open.db
        .select({ ref: measures.ref, title: measures.title })
        .from(measures)
        .where(and(eq(measures.ownerId, leadId), eq(measures.active, true)))
        .orderBy(asc(measures.displayOrder), asc(measures.ref));
    },
    async close() {
      mailer.transporter.close();
      await server.close();
      await open.close();
    },
  };
}
