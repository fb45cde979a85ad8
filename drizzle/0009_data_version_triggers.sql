-- The data version (db/schema.ts, `data_version`: the sum of eight slots) moves when a transaction
-- that changed anything a page shows commits. The triggers are deferred to the commit, so a slot is
-- locked only for the moment of committing (never while a transaction still waits on other rows,
-- which could deadlock), and a reader that sees the new sum sees the change with it. A transaction
-- moves its slot once, however many rows it changes: an import of 10,000 figures updates it once.
-- Not moved by sign-ins (users.last_sign_in_at), the sign-in throttle or ended sessions: nothing a
-- page keeps depends on them, and sessions are checked against the database on every request.
INSERT INTO data_version (slot) SELECT generate_series(0, 7) ON CONFLICT (slot) DO NOTHING;
--> statement-breakpoint
CREATE FUNCTION move_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE data_version SET version = version + 1, last_transaction = pg_current_xact_id()::text
    WHERE slot = pg_current_xact_id()::text::bigint % 8 AND last_transaction IS DISTINCT FROM pg_current_xact_id()::text;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER users_move_data_version AFTER INSERT OR DELETE OR UPDATE OF name, email, active ON users
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION move_data_version();
--> statement-breakpoint
-- Every table a page shows, whole.
DO $$
DECLARE
  shown text;
BEGIN
  FOREACH shown IN ARRAY ARRAY['user_roles', 'measures', 'annual_targets', 'periods', 'entries', 'benchmark_points',
                               'published_packs', 'pack_files', 'review_notes'] LOOP
    EXECUTE format(
      'CREATE CONSTRAINT TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I
         DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION move_data_version()',
      shown || '_move_data_version', shown);
  END LOOP;
END;
$$;
--> statement-breakpoint
-- The administrator's home shows the last import from its audit event, which an import that
-- changed no figure still records.
CREATE CONSTRAINT TRIGGER audit_events_move_data_version AFTER INSERT ON audit_events
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (NEW.action = 'figures.import')
  EXECUTE FUNCTION move_data_version();
