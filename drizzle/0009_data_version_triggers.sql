-- The data version (db/schema.ts, `data_version`) moves when a transaction that changed anything a
-- page shows commits. The triggers are deferred to the commit, so the row is locked only for the
-- moment of committing (never while a transaction still waits on other rows, which could deadlock),
-- and a reader that sees the new number sees the change with it. A transaction moves it once,
-- however many rows it changes: an import of 10,000 figures updates the row once.
-- Not moved by sign-ins (users.last_sign_in_at), the sign-in throttle or ended sessions: nothing a
-- page keeps depends on them, and sessions are checked against the database on every request.
INSERT INTO data_version (id, version) VALUES (1, 0) ON CONFLICT (id) DO NOTHING;
--> statement-breakpoint
CREATE FUNCTION move_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE data_version SET version = version + 1, last_transaction = pg_current_xact_id()::text
    WHERE id = 1 AND last_transaction IS DISTINCT FROM pg_current_xact_id()::text;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER users_move_data_version AFTER INSERT OR DELETE OR UPDATE OF name, email, active ON users
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION move_data_version();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER user_roles_move_data_version AFTER INSERT OR UPDATE OR DELETE ON user_roles
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION move_data_version();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER measures_move_data_version AFTER INSERT OR UPDATE OR DELETE ON measures
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION move_data_version();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER annual_targets_move_data_version AFTER INSERT OR UPDATE OR DELETE ON annual_targets
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION move_data_version();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER periods_move_data_version AFTER INSERT OR UPDATE OR DELETE ON periods
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION move_data_version();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER entries_move_data_version AFTER INSERT OR UPDATE OR DELETE ON entries
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION move_data_version();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER benchmark_points_move_data_version AFTER INSERT OR UPDATE OR DELETE ON benchmark_points
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION move_data_version();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER published_packs_move_data_version AFTER INSERT OR UPDATE OR DELETE ON published_packs
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION move_data_version();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER pack_files_move_data_version AFTER INSERT OR UPDATE OR DELETE ON pack_files
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION move_data_version();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER review_notes_move_data_version AFTER INSERT OR UPDATE OR DELETE ON review_notes
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION move_data_version();
--> statement-breakpoint
-- The administrator's home shows the last import from its audit event, which an import that
-- changed no figure still records.
CREATE CONSTRAINT TRIGGER audit_events_move_data_version AFTER INSERT ON audit_events
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (NEW.action = 'figures.import')
  EXECUTE FUNCTION move_data_version();
