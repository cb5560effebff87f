-- Cheaper writes of many declarations at once (bulk manifests, issue 5). Measured on a copy of
-- 20,000 imported consignments (docs/BENCHMARKS.md, manifest section): both changes below keep
-- what is stored and what is refused the same; they change how much work PostgreSQL does per row.

-- 1. A low-value consignment's declaration and assessment together make a row of about 2 kB, just
--    over the size (about 2,032 bytes) at which PostgreSQL starts compressing a row's largest
--    values with pglz on every insert and update. Compressing took about as long as the rest of the
--    row's insert. Rows up to 8,160 bytes now stay inline and uncompressed (the table is about 30 %
--    larger on disk); longer declarations (many goods items) are still moved out and compressed.
ALTER TABLE declarations SET (toast_tuple_target = 8160);

-- 2. The foreign key from declaration_events to declarations checked every event row on its own
--    (a query and a row lock on the declaration per event: three per lodged consignment). The same
--    rule is now checked once per statement, over all the rows the statement inserted, by an
--    anti-join on the declarations' primary key. An event for an unknown MRN is still refused, with
--    the same SQLSTATE (23503, foreign_key_violation), and the statement's rows with it.
--    What the key also did: refuse deleting a declaration that has events, and changing an MRN.
--    Clearway does neither; both are refused by the triggers below, so the rule holds as before
--    (the one difference: no row lock is taken, so a delete racing with an event insert in another
--    transaction is not prevented; nothing in Clearway deletes declarations).
ALTER TABLE declaration_events DROP CONSTRAINT declaration_events_mrn_fkey;

CREATE FUNCTION declaration_events_mrn_known() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    unknown text;
BEGIN
    SELECT n.mrn INTO unknown FROM inserted_events n
    WHERE NOT EXISTS (SELECT 1 FROM declarations d WHERE d.mrn = n.mrn) LIMIT 1;
    IF unknown IS NOT NULL THEN
        RAISE EXCEPTION 'declaration event for unknown MRN %', unknown
            USING ERRCODE = 'foreign_key_violation', CONSTRAINT = 'declaration_events_mrn_fkey';
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER declaration_events_mrn_known AFTER INSERT ON declaration_events
    REFERENCING NEW TABLE AS inserted_events
    FOR EACH STATEMENT EXECUTE FUNCTION declaration_events_mrn_known();

CREATE FUNCTION declaration_events_mrn_unchanged() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_TABLE_NAME = 'declaration_events' THEN
        IF NOT EXISTS (SELECT 1 FROM declarations d WHERE d.mrn = NEW.mrn) THEN
            RAISE EXCEPTION 'declaration event for unknown MRN %', NEW.mrn
                USING ERRCODE = 'foreign_key_violation', CONSTRAINT = 'declaration_events_mrn_fkey';
        END IF;
        RETURN NEW;
    END IF;
    IF EXISTS (SELECT 1 FROM declaration_events e WHERE e.mrn = OLD.mrn) THEN
        RAISE EXCEPTION 'declaration % has lifecycle events and cannot be deleted or given another MRN', OLD.mrn
            USING ERRCODE = 'foreign_key_violation', CONSTRAINT = 'declaration_events_mrn_fkey';
    END IF;
    RETURN CASE TG_OP WHEN 'DELETE' THEN OLD ELSE NEW END;
END $$;

CREATE TRIGGER declarations_mrn_referenced BEFORE DELETE ON declarations
    FOR EACH ROW EXECUTE FUNCTION declaration_events_mrn_unchanged();
CREATE TRIGGER declarations_mrn_changed BEFORE UPDATE OF mrn ON declarations
    FOR EACH ROW WHEN (OLD.mrn IS DISTINCT FROM NEW.mrn) EXECUTE FUNCTION declaration_events_mrn_unchanged();
CREATE TRIGGER declaration_events_mrn_changed BEFORE UPDATE OF mrn ON declaration_events
    FOR EACH ROW WHEN (OLD.mrn IS DISTINCT FROM NEW.mrn) EXECUTE FUNCTION declaration_events_mrn_unchanged();
