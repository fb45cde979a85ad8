CREATE TYPE "public"."pack_file_format" AS ENUM('pdf', 'csv', 'xlsx');--> statement-breakpoint
CREATE TABLE "pack_files" (
	"id" serial PRIMARY KEY NOT NULL,
	"pack_id" integer NOT NULL,
	"format" "pack_file_format" NOT NULL,
	"content" "bytea" NOT NULL,
	"sha256" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pack_files_pack_format" UNIQUE("pack_id","format")
);
--> statement-breakpoint
ALTER TABLE "pack_files" ADD CONSTRAINT "pack_files_pack_id_published_packs_id_fk" FOREIGN KEY ("pack_id") REFERENCES "public"."published_packs"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
-- A download, once made, is part of the published record: the same bytes for everyone, for ever.
CREATE TRIGGER pack_files_immutable BEFORE UPDATE OR DELETE ON pack_files
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
