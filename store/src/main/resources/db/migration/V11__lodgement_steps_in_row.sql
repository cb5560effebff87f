-- The lodgement's steps kept in the declaration's row (issue 5; docs/formats.md, "What makes the
-- import fast"; org.clearway.core.lifecycle.LodgementSteps).
--
-- Accepting a declaration is one act, in one instant: it is received and validated (SUBMITTED, by
-- the declarant), assessed (ASSESSED, by Clearway) and, when its lane releases at once, released
-- (RELEASED, by Clearway). Until now each step was a row of declaration_events, with its sequence
-- number, two index entries and the statement's check of its MRN: for a bulk manifest, three rows a
-- consignment, which cost PostgreSQL more than the declaration's own row (with events, 82-93 us a
-- consignment in 1,000,000 and 300,000 benches; without, 45 us; docs/BENCHMARKS.md).
--
-- What the three rows said that the declaration row does not already say (lodged_at, owner) is the
-- assessment's detail and whether, and in which lane, it was released at once. Those two values are
-- now columns, written when the declaration is lodged and never changed; the events are derived from
-- them when read (the timeline, the dashboard). What happens after lodgement (inspection, release by
-- an officer, amendment, seizure...) is still one event row a step.
--
-- Declarations lodged before this migration keep their lodgement events as rows and have NULL here;
-- the readers take both (a declaration has one or the other, never both).
ALTER TABLE declarations
    ADD COLUMN lodgement_assessed text,
    ADD COLUMN lodgement_released_lane text,
    ADD CONSTRAINT declarations_lodgement_released_assessed
        CHECK (lodgement_released_lane IS NULL OR lodgement_assessed IS NOT NULL);

COMMENT ON COLUMN declarations.lodgement_assessed IS
    'the ASSESSED event''s detail at lodgement (lane, reasons, amounts due); NULL if lodged before V11 (its events are rows)';
COMMENT ON COLUMN declarations.lodgement_released_lane IS
    'the lane it was released in at lodgement (RELEASED event by clearway), NULL if it waited for an officer';

-- Written once, at lodgement: the lodgement's steps are history, like the event rows they replace.
CREATE FUNCTION declarations_lodgement_unchanged() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the lodgement steps of declaration % are history and cannot be changed', OLD.mrn
        USING ERRCODE = 'integrity_constraint_violation';
END $$;
CREATE TRIGGER declarations_lodgement_unchanged BEFORE UPDATE OF lodgement_assessed, lodgement_released_lane ON declarations
    FOR EACH ROW WHEN (OLD.lodgement_assessed IS DISTINCT FROM NEW.lodgement_assessed
                       OR OLD.lodgement_released_lane IS DISTINCT FROM NEW.lodgement_released_lane)
    EXECUTE FUNCTION declarations_lodgement_unchanged();

-- V8's rule "a declaration with lifecycle events cannot be deleted or given another MRN" looked for
-- event rows; a declaration lodged from now on has its first events in its row, so the rule looks
-- there too (every declaration lodged since has them, as every one before had event rows).
CREATE OR REPLACE FUNCTION declaration_events_mrn_unchanged() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_TABLE_NAME = 'declaration_events' THEN
        IF NOT EXISTS (SELECT 1 FROM declarations d WHERE d.mrn = NEW.mrn) THEN
            RAISE EXCEPTION 'declaration event for unknown MRN %', NEW.mrn
                USING ERRCODE = 'foreign_key_violation', CONSTRAINT = 'declaration_events_mrn_fkey';
        END IF;
        RETURN NEW;
    END IF;
    IF OLD.lodgement_assessed IS NOT NULL OR EXISTS (SELECT 1 FROM declaration_events e WHERE e.mrn = OLD.mrn) THEN
        RAISE EXCEPTION 'declaration % has lifecycle events and cannot be deleted or given another MRN', OLD.mrn
            USING ERRCODE = 'foreign_key_violation', CONSTRAINT = 'declaration_events_mrn_fkey';
    END IF;
    RETURN CASE TG_OP WHEN 'DELETE' THEN OLD ELSE NEW END;
END $$;
