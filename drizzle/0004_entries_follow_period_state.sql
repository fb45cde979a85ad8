-- An entry's figures change only while its month is open: a save racing the month into review, a
-- bug or a hand-run statement cannot change a figure under review, signed off or published. The
-- month's row is read `for share`, so an entry write and a change of state (which takes the row
-- `for update`) never interleave: each sees the other whole.
-- While a month is in review two changes remain, for returning an entry to its lead: the return
-- itself (a submitted entry becomes `returned`, its figures untouched), and the lead's changes to
-- an entry that was returned to them, up to resubmitting it.
CREATE FUNCTION entries_follow_period_state() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  old_state period_state;
  new_state period_state;
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    SELECT state INTO old_state FROM periods WHERE id = OLD.period_id FOR SHARE;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    SELECT state INTO new_state FROM periods WHERE id = NEW.period_id FOR SHARE;
  END IF;

  IF TG_OP = 'INSERT' AND new_state = 'open' THEN
    RETURN NEW;
  ELSIF TG_OP = 'DELETE' AND old_state = 'open' THEN
    RETURN OLD;
  ELSIF TG_OP = 'UPDATE' THEN
    IF old_state = 'open' AND new_state = 'open' THEN
      RETURN NEW;
    END IF;
    IF old_state = 'in_review' AND NEW.period_id = OLD.period_id AND NEW.measure_id = OLD.measure_id AND (
      OLD.status = 'returned'
      OR (
        OLD.status = 'submitted' AND NEW.status = 'returned'
        AND (NEW.value, NEW.secondary_value, NEW.ytd_value, NEW.ytd_secondary_value, NEW.availability, NEW.commentary,
             NEW.improvement_action, NEW.judged_rating, NEW.judged_justification)
          IS NOT DISTINCT FROM
            (OLD.value, OLD.secondary_value, OLD.ytd_value, OLD.ytd_secondary_value, OLD.availability, OLD.commentary,
             OLD.improvement_action, OLD.judged_rating, OLD.judged_justification)
      )
    ) THEN
      RETURN NEW;
    END IF;
  END IF;

  RAISE EXCEPTION 'entries cannot be changed while their month is %', coalesce(nullif(old_state, 'open'), new_state)
    USING ERRCODE = 'raise_exception';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER entries_follow_period_state BEFORE INSERT OR UPDATE OR DELETE ON entries
  FOR EACH ROW EXECUTE FUNCTION entries_follow_period_state();
