-- A declaration's row under 2,032 bytes (issue 5; docs/formats.md, "What makes the import fast").
--
-- PostgreSQL sends a heap row longer than 2,032 bytes (TOAST_TUPLE_THRESHOLD, fixed when it is built)
-- through its TOAST code on every insert, even where nothing is compressed or moved out
-- (toast_tuple_target = 8160, V8), and a page then holds three rows of a low-value consignment
-- instead of four. Those rows were 2,230 bytes on average, none under. bench/row-size-threshold.sh
-- times COPY of the same rows into copies of the table in each shape. What is stored, read and
-- refused stays the same; the two changes below and the assessment JSON's (an item's empty
-- "measure" and "dutyExpression" left out, AnswerJson) take a row from 2,230 bytes on average to
-- 2,004, 98 % of rows at most 2,032.

-- 1. The content hash as its 32 bytes (bytea) instead of 64 hex characters. Readers still see hex
--    (encode(content_hash, 'hex')), and the audit entries keep it in hex as before.
ALTER TABLE declarations
    ALTER COLUMN content_hash TYPE bytea USING decode(content_hash, 'hex'),
    ADD CONSTRAINT declarations_content_hash_sha256 CHECK (length(content_hash) = 32);
COMMENT ON COLUMN declarations.content_hash IS 'SHA-256 of the canonical declaration JSON (32 bytes; hex to readers)';

-- 2. The lodgement's ASSESSED detail (V11) repeated what the assessment column says: the lane, each
--    reason's text and the total due (about 160 bytes a row). It is now '' (empty) when it is the
--    assessment's, and readers derive it from the assessment (LodgementAssessed). The assessment
--    column changes when an amendment is assessed again; the statement that replaces it writes the
--    lodgement's detail out first, derived from the assessment it replaces. Rows stored before keep
--    their text; NULL still means "lodged before V11, its events are rows".
COMMENT ON COLUMN declarations.lodgement_assessed IS
    'the ASSESSED event''s detail at lodgement (lane, reasons, amounts due); '''' when it is derived from the assessment column (unchanged since lodgement); NULL if lodged before V11 (its events are rows)';

-- The lodgement's steps stay history: the one change allowed is writing out a derived detail, and an
-- assessment may not be replaced while the lodgement's detail is still derived from it.
CREATE OR REPLACE FUNCTION declarations_lodgement_unchanged() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.lodgement_released_lane IS DISTINCT FROM NEW.lodgement_released_lane
       OR (OLD.lodgement_assessed IS DISTINCT FROM NEW.lodgement_assessed
           AND NOT (OLD.lodgement_assessed = '' AND NEW.lodgement_assessed <> '')) THEN
        RAISE EXCEPTION 'the lodgement steps of declaration % are history and cannot be changed', OLD.mrn
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    IF NEW.lodgement_assessed = '' AND OLD.assessment IS DISTINCT FROM NEW.assessment THEN
        RAISE EXCEPTION 'the assessment of declaration % cannot be replaced before its lodgement''s ASSESSED detail, derived from it, is written out', OLD.mrn
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;
END $$;
DROP TRIGGER declarations_lodgement_unchanged ON declarations;
CREATE TRIGGER declarations_lodgement_unchanged BEFORE UPDATE OF lodgement_assessed, lodgement_released_lane, assessment ON declarations
    FOR EACH ROW WHEN (OLD.lodgement_assessed IS DISTINCT FROM NEW.lodgement_assessed
                       OR OLD.lodgement_released_lane IS DISTINCT FROM NEW.lodgement_released_lane
                       OR (OLD.lodgement_assessed = '' AND OLD.assessment IS DISTINCT FROM NEW.assessment))
    EXECUTE FUNCTION declarations_lodgement_unchanged();
