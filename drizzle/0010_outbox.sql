-- The outbox (db/schema.ts, `outbox_messages`): every e-mail, written in the transaction of the
-- change that caused it, then sent by the mail worker. No data-version trigger (drizzle/0009) on
-- it: the worker changes its rows with every message it sends, and moving the data version for that
-- would drop every page's kept reads for nothing; the admin's outbox page reads it fresh. Nor on
-- users.email_reminders: only the person's own preference page shows it, and reads it fresh.
CREATE TYPE "public"."outbox_kind" AS ENUM('month_opened', 'due_soon', 'due_today', 'overdue', 'overdue_summary', 'entry_returned', 'ready_for_review', 'pack_published');--> statement-breakpoint
CREATE TYPE "public"."outbox_status" AS ENUM('queued', 'sending', 'sent', 'failed', 'held');--> statement-breakpoint
CREATE TABLE "outbox_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" "outbox_kind" NOT NULL,
	"recipient_id" uuid,
	"recipient_email" text NOT NULL,
	"recipient_name" text NOT NULL,
	"subject" text NOT NULL,
	"text_body" text NOT NULL,
	"html_body" text NOT NULL,
	"dedupe_key" text NOT NULL,
	"status" "outbox_status" DEFAULT 'queued' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	"message_id" text,
	"smtp_response" text,
	CONSTRAINT "outbox_messages_dedupe_key_unique" UNIQUE("dedupe_key"),
	CONSTRAINT "outbox_messages_sent_at" CHECK (("outbox_messages"."status" = 'sent') = ("outbox_messages"."sent_at" is not null)),
	CONSTRAINT "outbox_messages_attempts" CHECK ("outbox_messages"."attempts" >= 0),
	CONSTRAINT "outbox_messages_subject_one_line" CHECK ("outbox_messages"."subject" !~ '[\r\n]')
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "email_reminders" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "outbox_messages" ADD CONSTRAINT "outbox_messages_recipient_id_users_id_fk" FOREIGN KEY ("recipient_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "outbox_messages_due_idx" ON "outbox_messages" USING btree ("next_attempt_at") WHERE "outbox_messages"."status" in ('queued', 'sending');--> statement-breakpoint
CREATE INDEX "outbox_messages_created_idx" ON "outbox_messages" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "outbox_messages_recipient_idx" ON "outbox_messages" USING btree ("recipient_id");