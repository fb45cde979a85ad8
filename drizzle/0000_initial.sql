CREATE TYPE "public"."availability" AS ENUM('available', 'not_available', 'not_applicable', 'not_due');--> statement-breakpoint
CREATE TYPE "public"."benchmark_series" AS ENUM('North East', 'England', 'Statistical neighbours', 'Last year');--> statement-breakpoint
CREATE TYPE "public"."entry_status" AS ENUM('draft', 'submitted', 'returned');--> statement-breakpoint
CREATE TYPE "public"."judged_rating" AS ENUM('red', 'amber', 'green', 'blue');--> statement-breakpoint
CREATE TYPE "public"."measure_group" AS ENUM('kpi', 'supporting');--> statement-breakpoint
CREATE TYPE "public"."period_state" AS ENUM('open', 'in_review', 'approved', 'published');--> statement-breakpoint
CREATE TYPE "public"."polarity" AS ENUM('higher', 'lower', 'none');--> statement-breakpoint
CREATE TYPE "public"."rating_basis" AS ENUM('monthly', 'ytd', 'quarterly', 'annual', 'rolling3m');--> statement-breakpoint
CREATE TYPE "public"."role" AS ENUM('lead', 'executive', 'admin', 'viewer');--> statement-breakpoint
CREATE TYPE "public"."unit" AS ENUM('percent', 'rate', 'count');--> statement-breakpoint
CREATE TABLE "annual_targets" (
	"id" serial PRIMARY KEY NOT NULL,
	"measure_id" integer NOT NULL,
	"financial_year" smallint NOT NULL,
	"target" numeric,
	"tolerance_edge" numeric,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "annual_targets_measure_year" UNIQUE("measure_id","financial_year"),
	CONSTRAINT "annual_targets_edge_needs_target" CHECK ("annual_targets"."tolerance_edge" is null or "annual_targets"."target" is not null)
);
--> statement-breakpoint
CREATE TABLE "audit_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" uuid,
	"action" text NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" text,
	"before" jsonb,
	"after" jsonb,
	"detail" jsonb
);
--> statement-breakpoint
CREATE TABLE "benchmark_points" (
	"id" serial PRIMARY KEY NOT NULL,
	"measure_id" integer NOT NULL,
	"series" "benchmark_series" NOT NULL,
	"period_label" text NOT NULL,
	"period_end" date NOT NULL,
	"value" numeric NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "benchmark_points_measure_series_end" UNIQUE("measure_id","series","period_end")
);
--> statement-breakpoint
CREATE TABLE "entries" (
	"id" serial PRIMARY KEY NOT NULL,
	"measure_id" integer NOT NULL,
	"period_id" integer NOT NULL,
	"value" numeric,
	"secondary_value" numeric,
	"ytd_value" numeric,
	"ytd_secondary_value" numeric,
	"availability" "availability" DEFAULT 'available' NOT NULL,
	"commentary" text,
	"improvement_action" text,
	"judged_rating" "judged_rating",
	"judged_justification" text,
	"status" "entry_status" DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by_id" uuid,
	"submitted_by_id" uuid,
	"submitted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "entries_measure_period" UNIQUE("measure_id","period_id"),
	CONSTRAINT "entries_judgement_justified" CHECK (("entries"."judged_rating" is null) = (nullif(trim("entries"."judged_justification"), '') is null)),
	CONSTRAINT "entries_version_positive" CHECK ("entries"."version" >= 1)
);
--> statement-breakpoint
CREATE TABLE "measures" (
	"id" serial PRIMARY KEY NOT NULL,
	"ref" text NOT NULL,
	"title" text NOT NULL,
	"group" "measure_group" NOT NULL,
	"service_area" text NOT NULL,
	"owner_id" uuid,
	"unit" "unit" NOT NULL,
	"rate_per" integer,
	"secondary_label" text,
	"decimals" smallint NOT NULL,
	"polarity" "polarity" NOT NULL,
	"basis" "rating_basis" NOT NULL,
	"annual_month" smallint,
	"basis_note" text,
	"source" text NOT NULL,
	"data_lag_note" text,
	"definition" text,
	"display_order" integer NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "measures_ref_unique" UNIQUE("ref"),
	CONSTRAINT "measures_rate_per" CHECK (("measures"."unit" = 'rate') = ("measures"."rate_per" is not null)),
	CONSTRAINT "measures_secondary_only_for_counts" CHECK ("measures"."secondary_label" is null or "measures"."unit" = 'count'),
	CONSTRAINT "measures_decimals" CHECK ("measures"."decimals" between 0 and 4),
	CONSTRAINT "measures_annual_month" CHECK (("measures"."basis" = 'annual') = ("measures"."annual_month" is not null) and ("measures"."annual_month" is null or "measures"."annual_month" between 1 and 12))
);
--> statement-breakpoint
CREATE TABLE "periods" (
	"id" serial PRIMARY KEY NOT NULL,
	"month" date NOT NULL,
	"financial_year" smallint NOT NULL,
	"state" "period_state" DEFAULT 'open' NOT NULL,
	"due_date" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "periods_month_unique" UNIQUE("month"),
	CONSTRAINT "periods_first_of_month" CHECK (extract(day from "periods"."month") = 1),
	CONSTRAINT "periods_financial_year" CHECK ("periods"."financial_year" = extract(year from "periods"."month" - interval '3 months'))
);
--> statement-breakpoint
CREATE TABLE "published_packs" (
	"id" serial PRIMARY KEY NOT NULL,
	"period_id" integer NOT NULL,
	"version" integer NOT NULL,
	"snapshot" jsonb NOT NULL,
	"content_hash" text NOT NULL,
	"change_note" text,
	"published_by_id" uuid,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "published_packs_period_version" UNIQUE("period_id","version"),
	CONSTRAINT "published_packs_version_positive" CHECK ("published_packs"."version" >= 1),
	CONSTRAINT "published_packs_change_note" CHECK ("published_packs"."version" = 1 or "published_packs"."change_note" is not null)
);
--> statement-breakpoint
CREATE TABLE "review_notes" (
	"id" serial PRIMARY KEY NOT NULL,
	"entry_id" integer NOT NULL,
	"author_id" uuid,
	"note" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "user_roles" (
	"user_id" uuid NOT NULL,
	"role" "role" NOT NULL,
	CONSTRAINT "user_roles_user_id_role_pk" PRIMARY KEY("user_id","role")
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"password_hash" text,
	"must_change_password" boolean DEFAULT false NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"session_version" integer DEFAULT 1 NOT NULL,
	"failed_sign_ins" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"last_sign_in_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_email_unique" UNIQUE("email"),
	CONSTRAINT "users_email_lower_case" CHECK ("users"."email" = lower("users"."email"))
);
--> statement-breakpoint
ALTER TABLE "annual_targets" ADD CONSTRAINT "annual_targets_measure_id_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."measures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benchmark_points" ADD CONSTRAINT "benchmark_points_measure_id_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."measures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entries" ADD CONSTRAINT "entries_measure_id_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."measures"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entries" ADD CONSTRAINT "entries_period_id_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."periods"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entries" ADD CONSTRAINT "entries_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entries" ADD CONSTRAINT "entries_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measures" ADD CONSTRAINT "measures_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "published_packs" ADD CONSTRAINT "published_packs_period_id_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."periods"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "published_packs" ADD CONSTRAINT "published_packs_published_by_id_users_id_fk" FOREIGN KEY ("published_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_notes" ADD CONSTRAINT "review_notes_entry_id_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."entries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_notes" ADD CONSTRAINT "review_notes_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_roles" ADD CONSTRAINT "user_roles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_events_subject_idx" ON "audit_events" USING btree ("subject_type","subject_id");--> statement-breakpoint
CREATE INDEX "audit_events_at_idx" ON "audit_events" USING btree ("at");--> statement-breakpoint
CREATE INDEX "entries_period_idx" ON "entries" USING btree ("period_id");--> statement-breakpoint
CREATE INDEX "measures_owner_idx" ON "measures" USING btree ("owner_id");--> statement-breakpoint
CREATE INDEX "review_notes_entry_idx" ON "review_notes" USING btree ("entry_id");