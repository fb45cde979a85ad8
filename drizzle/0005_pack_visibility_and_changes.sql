CREATE TYPE "public"."pack_visibility" AS ENUM('public', 'members_only');--> statement-breakpoint
ALTER TABLE "published_packs" ADD COLUMN "changes" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "published_packs" ADD COLUMN "visibility" "pack_visibility" DEFAULT 'public' NOT NULL;