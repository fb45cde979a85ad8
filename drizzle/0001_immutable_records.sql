-- Audit events are append-only and a published pack never changes: the database refuses, so a bug
-- or a hand-run statement cannot rewrite history.
CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% rows cannot be changed or deleted', TG_TABLE_NAME USING ERRCODE = 'raise_exception';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
--> statement-breakpoint
CREATE TRIGGER published_packs_immutable BEFORE UPDATE OR DELETE ON published_packs
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
