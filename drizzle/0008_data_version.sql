CREATE TABLE "data_version" (
	"slot" smallint PRIMARY KEY NOT NULL,
	"version" bigint DEFAULT 0 NOT NULL,
	"last_transaction" text,
	CONSTRAINT "data_version_eight_slots" CHECK ("data_version"."slot" between 0 and 7)
);
