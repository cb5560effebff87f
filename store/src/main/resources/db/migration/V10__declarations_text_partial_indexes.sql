-- Cheaper writes of every declaration, bulk manifests above all (issue 5; docs/formats.md, "What
-- makes the import fast"). Measured by bench/row-shape-costs.sh, which times COPY of imported
-- consignments into copies of the tables that differ in one thing each: what is stored, found and
-- refused stays the same.

-- 1. The declaration and its assessment become text. As json, PostgreSQL parsed both documents on
--    every insert only to check that they are JSON, and the profile index's test below copied the
--    assessment to text again. Both documents are written by Clearway alone, from its canonical
--    writers (the declaration's text is the one its content_hash was computed from), and are read
--    whole, back into Java, where they are parsed; the few queries that look inside them cast to
--    json (the dashboard's customs office, the profiles' statistics through the function below).
-- The profile-selection index (V6, V9) is made again over text: the same ids from the same reasons.
DROP INDEX declarations_selecting_profiles;
DROP FUNCTION selecting_profiles(json);
ALTER TABLE declarations
    ALTER COLUMN declaration TYPE text,
    ALTER COLUMN assessment TYPE text;
CREATE FUNCTION selecting_profiles(assessment text) RETURNS bigint[]
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT coalesce(array_agg(DISTINCT substring(r ->> 'text' FROM '^profile ([0-9]{1,18}) v')::bigint), '{}')
    FROM (SELECT assessment::json -> 'laneDecision' -> 'reasons' AS reasons) a,
         json_array_elements(CASE WHEN json_typeof(a.reasons) = 'array' THEN a.reasons ELSE '[]'::json END) AS r
    WHERE r ->> 'code' IN ('PROFILE_HIT', 'PROFILE_SCORE') AND (r ->> 'text') ~ '^profile [0-9]{1,18} v'
$$;
CREATE INDEX declarations_selecting_profiles ON declarations USING gin (selecting_profiles(assessment))
    WHERE strpos(assessment, 'PROFILE_') > 0 AND selecting_profiles(assessment) <> '{}';

-- 2. Status and lane are indexed for their rare values only. Most declarations end RELEASED, and
--    most are in the GREEN lane (a low-value manifest: nearly all of it); those rows were entered
--    in two indexes that only serve lists of the other values (an officer's queue, the red lane).
--    A list of released or green declarations is read in lodgement order from declarations_lodged,
--    in which nearly every row matches. The list query names the value as a literal, so that
--    PostgreSQL can see the partial index applies.
DROP INDEX declarations_status_lodged;
DROP INDEX declarations_lane_lodged;
CREATE INDEX declarations_status_lodged ON declarations (status, lodged_at DESC) WHERE status <> 'RELEASED';
CREATE INDEX declarations_lane_lodged ON declarations (lane, lodged_at DESC) WHERE lane <> 'GREEN';

-- Tried and left out: checking each event MRN once (SELECT DISTINCT over the transition table)
-- instead of per event row (V8). It measured no faster in isolation, and in the import it was far
-- slower: in 300,000-consignment benches on an idle machine PostgreSQL's CPU a consignment was 167
-- and 176 us with it against 78 and 88 us without (the plan PL/pgSQL keeps for the session was
-- probably made while the table was small; not examined further).
