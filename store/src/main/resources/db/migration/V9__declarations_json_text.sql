-- Cheaper writes of every declaration, for bulk manifests above all (issue 5; docs/formats.md,
-- "What makes the import fast"). Measured by bench/row-shape-costs.sh, which times COPY of imported
-- consignments into copies of the tables: what is stored, read and refused stays the same.

-- 1. The declaration and its assessment were jsonb: PostgreSQL parsed each into its binary tree on
--    every insert, the largest cost of storing a consignment (copying the rows into a table with
--    only its primary key, text COPY: 111 us a row with jsonb, 59 with json, 47 with text).
--    Clearway writes both documents itself (the canonical JSON of the codec, the assessment of the
--    clearance service) and reads them whole, back into Java; the only queries into them (the
--    dashboard's office, the profiles' statistics below) work on json as well. json also keeps
--    the canonical text exactly as it was hashed, field order included (jsonb reordered the keys),
--    so a stored declaration can be checked against its content_hash. Existing rows are converted
--    (their keys keep jsonb's order).
DROP INDEX declarations_selecting_profiles;
DROP FUNCTION selecting_profiles(jsonb);

ALTER TABLE declarations
    ALTER COLUMN declaration TYPE json USING declaration::json,
    ALTER COLUMN assessment TYPE json USING assessment::json;

-- As in V6, over json: the ids of the profiles whose hits a lane decision lists. json is parsed
-- again by each -> of the function (58 us a row), so the index first asks for the text PROFILE_;
-- only a lane decision with a profile's reason (a few in a hundred) is then read. Clearway writes reason codes without escapes, so a decision that lists a profile
-- always has that text. The statistics query repeats both conditions so the index serves it.
CREATE FUNCTION selecting_profiles(assessment json) RETURNS bigint[]
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT coalesce(array_agg(DISTINCT substring(r ->> 'text' FROM '^profile ([0-9]{1,18}) v')::bigint), '{}')
    FROM json_array_elements(CASE WHEN json_typeof(assessment -> 'laneDecision' -> 'reasons') = 'array'
                                  THEN assessment -> 'laneDecision' -> 'reasons' ELSE '[]'::json END) AS r
    WHERE r ->> 'code' IN ('PROFILE_HIT', 'PROFILE_SCORE') AND (r ->> 'text') ~ '^profile [0-9]{1,18} v'
$$;

CREATE INDEX declarations_selecting_profiles ON declarations USING gin (selecting_profiles(assessment))
    WHERE strpos(assessment::text, 'PROFILE_') > 0 AND selecting_profiles(assessment) <> '{}';

-- 2. Lifecycle events had two indexes, the primary key on id and (mrn, id) for a declaration's
--    timeline; every event row (three per lodged consignment) was entered in both. Nothing looks an
--    event up by id alone. (mrn, id) is now the key: unique, and still the timeline's index; id still
--    comes from its sequence and still orders a declaration's events.
ALTER TABLE declaration_events DROP CONSTRAINT declaration_events_pkey;
DROP INDEX declaration_events_mrn;
ALTER TABLE declaration_events ADD CONSTRAINT declaration_events_pkey PRIMARY KEY (mrn, id);
