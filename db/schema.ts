// The whole data model of the product (product.md, "Domain"), in one file so that a reader sees
// every table, key and enum together. Figures are `numeric` and travel as strings: never floats.
import { relations, sql } from 'drizzle-orm';
import { BENCHMARK_SERIES } from '../lib/benchmarks/series';
import { PACK_VISIBILITIES } from '../lib/packs/visibility';
import { OUTBOX_KINDS, OUTBOX_STATUSES } from '../lib/mail/kinds';
import {
  bigint,
  bigserial,
  boolean,
  check,
  customType,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgEnum,
  pgTable,
  primaryKey,
  serial,
  smallint,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
// The policy owns the words for roles and a month's states; the database enums are built from them.
import { PERIOD_STATES, ROLES } from '../lib/auth/policy';

export const roleEnum = pgEnum('role', ROLES);
export const measureGroupEnum = pgEnum('measure_group', ['kpi', 'supporting']);
export const unitEnum = pgEnum('unit', ['percent', 'rate', 'count']);
export const polarityEnum = pgEnum('polarity', ['higher', 'lower', 'none']);
export const ratingBasisEnum = pgEnum('rating_basis', ['monthly', 'ytd', 'quarterly', 'annual', 'rolling3m']);
export const periodStateEnum = pgEnum('period_state', PERIOD_STATES);
export const availabilityEnum = pgEnum('availability', ['available', 'not_available', 'not_applicable', 'not_due']);
export const entryStatusEnum = pgEnum('entry_status', ['draft', 'submitted', 'returned']);
/** A rating a person may record by judgement; "none" is not a judgement, so it is not here. */
export const judgedRatingEnum = pgEnum('judged_rating', ['red', 'amber', 'green', 'blue']);
/** Committee papers are public documents by default; exempt information is for members only. */
export const packVisibilityEnum = pgEnum('pack_visibility', PACK_VISIBILITIES);
export const benchmarkSeriesEnum = pgEnum('benchmark_series', BENCHMARK_SERIES);

const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    // Stored lower-cased (checked below) so one person cannot hold two accounts by case.
    email: text('email').notNull().unique(),
    name: text('name').notNull(),
    // Null for people who only sign in through the council's single sign-on.
    passwordHash: text('password_hash'),
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    active: boolean('active').notNull().default(true),
    // Bumped to end every session of this person at their next request.
    sessionVersion: integer('session_version').notNull().default(1),
    lastSignInAt: timestamp('last_sign_in_at', { withTimezone: true }),
    // Reminders by e-mail (lib/notices/kinds.ts, REMINDER_KINDS); notices are sent whatever this says.
    emailReminders: boolean('email_reminders').notNull().default(true),
    ...timestamps,
  },
  (t) => [check('users_email_lower_case', sql`${t.email} = lower(${t.email})`)],
);

/**
 * Failed sign-ins, counted per e-mail address typed (whether or not an account has it, so a lock-out
 * says nothing about which accounts exist) and per network address.
 */
export const signInThrottles = pgTable('sign_in_throttles', {
  // "email:someone@example.org" or "address:203.0.113.9".
  key: text('key').primaryKey(),
  failures: integer('failures').notNull(),
  windowStartedAt: timestamp('window_started_at', { withTimezone: true }).notNull(),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
});

/**
 * Sessions ended by signing out. A session is a signed cookie, so ending one means remembering it
 * until it would have expired anyway (8 hours): a response still in flight when someone signs out
 * could otherwise hand their browser a live cookie again.
 */
export const endedSessions = pgTable('ended_sessions', {
  sessionId: text('session_id').primaryKey(),
  endedAt: timestamp('ended_at', { withTimezone: true }).notNull().defaultNow(),
});

export const userRoles = pgTable(
  'user_roles',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: roleEnum('role').notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.role] })],
);

export const measures = pgTable(
  'measures',
  {
    id: serial('id').primaryKey(),
    ref: text('ref').notNull().unique(),
    title: text('title').notNull(),
    group: measureGroupEnum('group').notNull(),
    serviceArea: text('service_area').notNull(),
    ownerId: uuid('owner_id').references(() => users.id, { onDelete: 'set null' }),
    unit: unitEnum('unit').notNull(),
    // Rates are "per 10,000" or "per 100,000" children or young people.
    ratePer: integer('rate_per'),
    // A count with a second count beside it, e.g. episodes with "children" in brackets: "73 (52)".
    secondaryLabel: text('secondary_label'),
    decimals: smallint('decimals').notNull(),
    polarity: polarityEnum('polarity').notNull(),
    basis: ratingBasisEnum('basis').notNull(),
    // For an annual measure, the month (1 = January) in which its figure arrives and is rated.
    annualMonth: smallint('annual_month'),
    // How the pack labels the basis where the plain word would mislead, e.g. "Dec – Feb 2020 Average".
    basisNote: text('basis_note'),
    source: text('source').notNull(),
    dataLagNote: text('data_lag_note'),
    definition: text('definition'),
    displayOrder: integer('display_order').notNull(),
    active: boolean('active').notNull().default(true),
    ...timestamps,
  },
  (t) => [
    check('measures_rate_per', sql`(${t.unit} = 'rate') = (${t.ratePer} is not null)`),
    check('measures_secondary_only_for_counts', sql`${t.secondaryLabel} is null or ${t.unit} = 'count'`),
    check('measures_decimals', sql`${t.decimals} between 0 and 4`),
    check(
      'measures_annual_month',
      sql`(${t.basis} = 'annual') = (${t.annualMonth} is not null) and (${t.annualMonth} is null or ${t.annualMonth} between 1 and 12)`,
    ),
    index('measures_owner_idx').on(t.ownerId),
  ],
);

export const annualTargets = pgTable(
  'annual_targets',
  {
    id: serial('id').primaryKey(),
    measureId: integer('measure_id')
      .notNull()
      .references(() => measures.id, { onDelete: 'cascade' }),
    // The calendar year in which the financial year starts: 2020 is "2020/21".
    financialYear: smallint('financial_year').notNull(),
    // Both null for a monitoring-only measure.
    target: numeric('target'),
    // The far edge of the tolerance band: below it (higher is better) or above it (lower) is red.
    toleranceEdge: numeric('tolerance_edge'),
    ...timestamps,
  },
  (t) => [
    unique('annual_targets_measure_year').on(t.measureId, t.financialYear),
    check('annual_targets_edge_needs_target', sql`${t.toleranceEdge} is null or ${t.target} is not null`),
  ],
);

export const periods = pgTable(
  'periods',
  {
    id: serial('id').primaryKey(),
    // The first day of the month reported on.
    month: date('month').notNull().unique(),
    financialYear: smallint('financial_year').notNull(),
    state: periodStateEnum('state').notNull().default('open'),
    // When leads' entries for this month are due.
    dueDate: date('due_date').notNull(),
    // Set on a month of an earlier year loaded by `figures:import --history` (when its figures were
    // last imported): signed off as it stands, never reviewed, published or reopened here. Null for
    // every month the company reports through the product.
    importedAt: timestamp('imported_at', { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    check('periods_first_of_month', sql`extract(day from ${t.month}) = 1`),
    // Imported history stays signed off: no path (a bug, a replayed action, SQL) publishes or
    // reopens it. The import itself clears the mark while it writes the month's entries.
    check('periods_imported_history_signed_off', sql`${t.importedAt} is null or ${t.state} = 'approved'`),
    check(
      'periods_financial_year',
      sql`${t.financialYear} = extract(year from ${t.month} - interval '3 months')`,
    ),
  ],
);

export const entries = pgTable(
  'entries',
  {
    id: serial('id').primaryKey(),
    measureId: integer('measure_id')
      .notNull()
      .references(() => measures.id, { onDelete: 'restrict' }),
    periodId: integer('period_id')
      .notNull()
      .references(() => periods.id, { onDelete: 'restrict' }),
    value: numeric('value'),
    secondaryValue: numeric('secondary_value'),
    ytdValue: numeric('ytd_value'),
    ytdSecondaryValue: numeric('ytd_secondary_value'),
    availability: availabilityEnum('availability').notNull().default('available'),
    commentary: text('commentary'),
    improvementAction: text('improvement_action'),
    judgedRating: judgedRatingEnum('judged_rating'),
    judgedJustification: text('judged_justification'),
    status: entryStatusEnum('status').notNull().default('draft'),
    // Optimistic locking: every save says which version it started from.
    version: integer('version').notNull().default(1),
    updatedById: uuid('updated_by_id').references(() => users.id, { onDelete: 'set null' }),
    submittedById: uuid('submitted_by_id').references(() => users.id, { onDelete: 'set null' }),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    unique('entries_measure_period').on(t.measureId, t.periodId),
    index('entries_period_idx').on(t.periodId),
    check(
      'entries_judgement_justified',
      sql`(${t.judgedRating} is null) = (nullif(trim(${t.judgedJustification}), '') is null)`,
    ),
    check('entries_version_positive', sql`${t.version} >= 1`),
  ],
);

export const benchmarkPoints = pgTable(
  'benchmark_points',
  {
    id: serial('id').primaryKey(),
    measureId: integer('measure_id')
      .notNull()
      .references(() => measures.id, { onDelete: 'cascade' }),
    series: benchmarkSeriesEnum('series').notNull(),
    // Benchmarks lag and have their own periods: "2019/20", "Jul – Sep 2019".
    periodLabel: text('period_label').notNull(),
    // The last day the point covers, for ordering and charting.
    periodEnd: date('period_end').notNull(),
    value: numeric('value').notNull(),
    ...timestamps,
  },
  (t) => [unique('benchmark_points_measure_series_end').on(t.measureId, t.series, t.periodEnd)],
);

export const publishedPacks = pgTable(
  'published_packs',
  {
    id: serial('id').primaryKey(),
    periodId: integer('period_id')
      .notNull()
      .references(() => periods.id, { onDelete: 'restrict' }),
    version: integer('version').notNull(),
    // Everything the committee saw: figures, targets, ratings, commentary, chart series.
    snapshot: jsonb('snapshot').notNull(),
    // SHA-256 of the snapshot, so anyone can show a pack is the one that was published.
    contentHash: text('content_hash').notNull(),
    // For version 2 onwards: why the period was reopened…
    changeNote: text('change_note'),
    // …and what changed since the version before, in words, one line each.
    changes: jsonb('changes').$type<string[]>().notNull().default([]),
    // Chosen by the executive when publishing.
    visibility: packVisibilityEnum('visibility').notNull().default('public'),
    // No "set null" on delete here or on audit events: those rows never change (see drizzle/0001).
    publishedById: uuid('published_by_id').references(() => users.id),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('published_packs_period_version').on(t.periodId, t.version),
    check('published_packs_version_positive', sql`${t.version} >= 1`),
    check('published_packs_change_note', sql`${t.version} = 1 or ${t.changeNote} is not null`),
  ],
);

/** Raw bytes: a PDF or spreadsheet as it was first made. PGlite gives a Uint8Array, postgres.js a Buffer. */
const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => Buffer.from(value),
});

/** The formats a published pack is downloaded in. */
export const packFileFormatEnum = pgEnum('pack_file_format', ['pdf', 'csv', 'xlsx']);

export const packFiles = pgTable(
  'pack_files',
  {
    id: serial('id').primaryKey(),
    packId: integer('pack_id')
      .notNull()
      .references(() => publishedPacks.id, { onDelete: 'restrict' }),
    format: packFileFormatEnum('format').notNull(),
    // Made once, on the first download, and kept: every later download is these same bytes
    // (a PDF or a workbook carries its own creation time, so making it again would differ).
    content: bytea('content').notNull(),
    sha256: text('sha256').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('pack_files_pack_format').on(t.packId, t.format)],
);

export const reviewNotes = pgTable(
  'review_notes',
  {
    id: serial('id').primaryKey(),
    entryId: integer('entry_id')
      .notNull()
      .references(() => entries.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    note: text('note').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('review_notes_entry_idx').on(t.entryId)],
);

export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    // Null when the system itself acted (the seed, a scheduled job).
    actorId: uuid('actor_id').references(() => users.id),
    // What happened, as `subject.verb`: "entry.submit", "period.reopen", "user.sign_in_failed".
    action: text('action').notNull(),
    subjectType: text('subject_type').notNull(),
    subjectId: text('subject_id'),
    before: jsonb('before'),
    after: jsonb('after'),
    // Anything else worth keeping: the reason given, the address a sign-in came from.
    detail: jsonb('detail'),
  },
  (t) => [
    index('audit_events_subject_idx').on(t.subjectType, t.subjectId),
    index('audit_events_at_idx').on(t.at),
  ],
);

export const outboxKindEnum = pgEnum('outbox_kind', OUTBOX_KINDS);
export const outboxStatusEnum = pgEnum('outbox_status', OUTBOX_STATUSES);

/**
 * Every e-mail the portal sends, written in the same transaction as the change that caused it and
 * sent afterwards by the mail worker (lib/mail/deliver.ts): a change rolled back sends nothing, and
 * a mail server that is down loses nothing. Not watched by the data version: the worker changes
 * these rows as it sends, and the admin's outbox page reads them fresh.
 */
export const outboxMessages = pgTable(
  'outbox_messages',
  {
    // A uuid, not a counter: the Message-ID is made from it, and must never repeat, even in a
    // database made again from scratch.
    id: uuid('id').primaryKey().defaultRandom(),
    kind: outboxKindEnum('kind').notNull(),
    recipientId: uuid('recipient_id').references(() => users.id, { onDelete: 'set null' }),
    // The address and name as they were when the message was written: what it was sent to.
    recipientEmail: text('recipient_email').notNull(),
    recipientName: text('recipient_name').notNull(),
    subject: text('subject').notNull(),
    textBody: text('text_body').notNull(),
    htmlBody: text('html_body').notNull(),
    // Names the event and the recipient ("due_soon:2020-11:<user id>"), so a retried script or a
    // repeated request cannot write the same message twice. Required: every message has one.
    dedupeKey: text('dedupe_key').notNull().unique(),
    status: outboxStatusEnum('status').notNull().default('queued'),
    // Attempts begun, counted when a worker claims the message.
    attempts: integer('attempts').notNull().default(0),
    // When a queued message is next due, or when a claimed message's lease ends.
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    // A short sentence for the admin page; the details are in the server's log.
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    // The Message-ID header sent, and the mail server's reply accepting it (its queue id, for
    // finding the message in the mail server's own logs).
    messageId: text('message_id'),
    smtpResponse: text('smtp_response'),
  },
  (t) => [
    // The worker's claim: the due messages, oldest first, among the few not yet finished.
    index('outbox_messages_due_idx').on(t.nextAttemptAt).where(sql`${t.status} in ('queued', 'sending')`),
    index('outbox_messages_created_idx').on(t.createdAt),
    index('outbox_messages_recipient_idx').on(t.recipientId),
    check('outbox_messages_sent_at', sql`(${t.status} = 'sent') = (${t.sentAt} is not null)`),
    check('outbox_messages_attempts', sql`${t.attempts} >= 0`),
    // A header cannot carry a line break: no subject can add headers of its own.
    check('outbox_messages_subject_one_line', sql`${t.subject} !~ '[\\r\\n]'`),
  ],
);

export const usersRelations = relations(users, ({ many }) => ({
  roles: many(userRoles),
  measures: many(measures),
}));
export const userRolesRelations = relations(userRoles, ({ one }) => ({
  user: one(users, { fields: [userRoles.userId], references: [users.id] }),
}));
export const measuresRelations = relations(measures, ({ one, many }) => ({
  owner: one(users, { fields: [measures.ownerId], references: [users.id] }),
  targets: many(annualTargets),
  entries: many(entries),
  benchmarks: many(benchmarkPoints),
}));
export const annualTargetsRelations = relations(annualTargets, ({ one }) => ({
  measure: one(measures, { fields: [annualTargets.measureId], references: [measures.id] }),
}));
export const periodsRelations = relations(periods, ({ many }) => ({
  entries: many(entries),
  packs: many(publishedPacks),
}));
export const entriesRelations = relations(entries, ({ one, many }) => ({
  measure: one(measures, { fields: [entries.measureId], references: [measures.id] }),
  period: one(periods, { fields: [entries.periodId], references: [periods.id] }),
  reviewNotes: many(reviewNotes),
}));
export const benchmarkPointsRelations = relations(benchmarkPoints, ({ one }) => ({
  measure: one(measures, { fields: [benchmarkPoints.measureId], references: [measures.id] }),
}));
export const publishedPacksRelations = relations(publishedPacks, ({ one }) => ({
  period: one(periods, { fields: [publishedPacks.periodId], references: [periods.id] }),
}));
export const reviewNotesRelations = relations(reviewNotes, ({ one }) => ({
  entry: one(entries, { fields: [reviewNotes.entryId], references: [entries.id] }),
}));

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
export type UserRole = typeof userRoles.$inferSelect;
export type SignInThrottle = typeof signInThrottles.$inferSelect;
export type Role = (typeof roleEnum.enumValues)[number];
export type Measure = typeof measures.$inferSelect;
export type NewMeasure = typeof measures.$inferInsert;
export type AnnualTarget = typeof annualTargets.$inferSelect;
export type NewAnnualTarget = typeof annualTargets.$inferInsert;
export type Period = typeof periods.$inferSelect;
export type NewPeriod = typeof periods.$inferInsert;
export type PeriodState = (typeof periodStateEnum.enumValues)[number];
export type Entry = typeof entries.$inferSelect;
export type NewEntry = typeof entries.$inferInsert;
export type BenchmarkPoint = typeof benchmarkPoints.$inferSelect;
export type NewBenchmarkPoint = typeof benchmarkPoints.$inferInsert;
export type PublishedPack = typeof publishedPacks.$inferSelect;
export type NewPublishedPack = typeof publishedPacks.$inferInsert;
export type PackFile = typeof packFiles.$inferSelect;
export type PackFileFormat = (typeof packFileFormatEnum.enumValues)[number];
export type ReviewNote = typeof reviewNotes.$inferSelect;
export type NewReviewNote = typeof reviewNotes.$inferInsert;
export type OutboxMessage = typeof outboxMessages.$inferSelect;
export type NewOutboxMessage = typeof outboxMessages.$inferInsert;
export type AuditEvent = typeof auditEvents.$inferSelect;
export type NewAuditEvent = typeof auditEvents.$inferInsert;

/**
 * Eight rows whose numbers, added up, go up whenever a committed transaction changed anything a
 * page shows (drizzle/0009_data_version_triggers.sql): the data version. Pages keep what they read
 * from the database under the version they saw, and read again only when it has moved
 * (app/_server/kept.ts), so one indexed read stands in for the queries of a page whose data has not
 * changed. Eight rows, not one: each transaction moves the row its id falls on, so saves committing
 * at the same moment seldom wait for one another's lock on it.
 */
export const dataVersion = pgTable(
  'data_version',
  {
    slot: smallint('slot').primaryKey(),
    version: bigint('version', { mode: 'bigint' }).notNull().default(sql`0`),
    // The transaction that last moved the slot: a transaction moves it once, however many rows it changes.
    lastTransaction: text('last_transaction'),
  },
  (t) => [check('data_version_eight_slots', sql`${t.slot} between 0 and 7`)],
);
