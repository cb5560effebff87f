#!/usr/bin/env bash
# What a stored consignment costs PostgreSQL in different table shapes (docs/formats.md, "What
# makes the import fast"; migration V9): imports N synthetic consignments into a scratch embedded
# database, then times COPY of the same rows into copies of the declarations and events tables
# that differ in one thing each. Needs psql (Debian: postgresql-client). Usage:
#   bench/row-shape-costs.sh [N]        (default 50000; takes a few minutes)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-50000}
. bench/scratch-database.sh
scratch_database "$N" row-shapes
psql -X -q -h localhost -p "$PORT" -U postgres -v ON_ERROR_STOP=1 -v n="$N" -v dir="$WORK" <<'SQL'
\set declarations '''' :dir '/declarations.copy' ''''
\set declarations_bin '''' :dir '/declarations.bin' ''''
\set events_bin '''' :dir '/events.bin' ''''
COPY (SELECT mrn, owner, declarant_id, lrn, type, status, lane, content_hash, declaration, assessment, version, lodged_at, updated_at, lodgement_assessed, lodgement_released_lane FROM declarations WHERE lrn LIKE 'PARCEL-%') TO :declarations;
CREATE TEMP TABLE shape (name text, seconds float8);
CREATE FUNCTION timed(what text, command text) RETURNS void LANGUAGE plpgsql AS $$
DECLARE t0 timestamptz := clock_timestamp();
BEGIN EXECUTE command; INSERT INTO shape VALUES (what, extract(epoch FROM clock_timestamp() - t0)); END $$;
-- declarations: the primary key only, the documents as jsonb, json or text (text COPY)
CREATE TABLE s_jsonb (LIKE declarations INCLUDING DEFAULTS) WITH (toast_tuple_target = 8160);
ALTER TABLE s_jsonb ADD PRIMARY KEY (mrn), ALTER declaration TYPE jsonb USING declaration::jsonb, ALTER assessment TYPE jsonb USING assessment::jsonb;
CREATE TABLE s_json (LIKE s_jsonb INCLUDING ALL) WITH (toast_tuple_target = 8160);
ALTER TABLE s_json ALTER declaration TYPE json USING declaration::json, ALTER assessment TYPE json USING assessment::json;
CREATE TABLE s_text (LIKE s_jsonb INCLUDING ALL) WITH (toast_tuple_target = 8160);
ALTER TABLE s_text ALTER declaration TYPE text USING declaration::text, ALTER assessment TYPE text USING assessment::text;
CHECKPOINT;
SELECT timed('text COPY, primary key only, jsonb', format('COPY s_jsonb FROM %L', :declarations));
SELECT timed('text COPY, primary key only, json', format('COPY s_json FROM %L', :declarations));
SELECT timed('text COPY, primary key only, text', format('COPY s_text FROM %L', :declarations));
COPY s_text TO :declarations_bin WITH (FORMAT binary);
TRUNCATE s_json, s_text; CHECKPOINT;
SELECT timed('binary COPY, primary key only, json', format('COPY s_json FROM %L WITH (FORMAT binary)', :declarations_bin));
SELECT timed('binary COPY, primary key only, text', format('COPY s_text FROM %L WITH (FORMAT binary)', :declarations_bin));
-- the table as it is (all its indexes), and without the profile-selection index's text test
CREATE TABLE s_now (LIKE declarations INCLUDING ALL) WITH (toast_tuple_target = 8160);
-- the table as migration V9 left it: json documents, status and lane indexed for every row
CREATE FUNCTION v9_selecting_profiles(assessment json) RETURNS bigint[] LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT public.selecting_profiles(assessment::text) $$;
CREATE TABLE s_v9 (LIKE declarations INCLUDING DEFAULTS INCLUDING CONSTRAINTS, PRIMARY KEY (mrn), UNIQUE (declarant_id, lrn)) WITH (toast_tuple_target = 8160);
ALTER TABLE s_v9 ALTER declaration TYPE json USING declaration::json, ALTER assessment TYPE json USING assessment::json;
CREATE INDEX ON s_v9 (owner, lodged_at DESC);
CREATE INDEX ON s_v9 (status, lodged_at DESC);
CREATE INDEX ON s_v9 (lane, lodged_at DESC);
CREATE INDEX ON s_v9 (lodged_at DESC);
CREATE INDEX ON s_v9 USING gin (v9_selecting_profiles(assessment)) WHERE strpos(assessment::text, 'PROFILE_') > 0 AND v9_selecting_profiles(assessment) <> '{}';
CREATE TABLE s_gin_parse (LIKE declarations INCLUDING DEFAULTS INCLUDING CONSTRAINTS) WITH (toast_tuple_target = 8160);
CREATE INDEX ON s_gin_parse USING gin (selecting_profiles(assessment)) WHERE selecting_profiles(assessment) <> '{}';
CREATE TABLE s_no_gin (LIKE declarations INCLUDING DEFAULTS INCLUDING CONSTRAINTS) WITH (toast_tuple_target = 8160);
CHECKPOINT;
SELECT timed('binary COPY, declarations as in V9 (json, status and lane indexed for every row)', format('COPY s_v9 FROM %L WITH (FORMAT binary)', :declarations_bin));
SELECT timed('binary COPY, declarations as they are (all indexes)', format('COPY s_now FROM %L WITH (FORMAT binary)', :declarations_bin));
SELECT timed('binary COPY, no index but the profile index, reasons parsed for every row', format('COPY s_gin_parse FROM %L WITH (FORMAT binary)', :declarations_bin));
SELECT timed('binary COPY, no index at all', format('COPY s_no_gin FROM %L WITH (FORMAT binary)', :declarations_bin));
-- events: two indexes (id, then mrn and id) or one (mrn and id)
-- Since V11 an import writes no event rows: its lodgement's steps are in the declaration's row. The
-- events timed here are those steps as rows again, as imports wrote them before (LodgementSteps.events).
COPY (SELECT mrn, type, at, actor, from_status, to_status, detail FROM (
          SELECT mrn, 'SUBMITTED' AS type, lodged_at AS at, owner AS actor, NULL::text AS from_status, 'ACCEPTED' AS to_status,
                 'received and validated with no problems; MRN given' AS detail, 0 AS step FROM declarations WHERE lrn LIKE 'PARCEL-%'
          UNION ALL SELECT mrn, 'ASSESSED', lodged_at, 'clearway', 'ACCEPTED', 'ASSESSED', lodgement_assessed, 1
                    FROM declarations WHERE lrn LIKE 'PARCEL-%'
          UNION ALL SELECT mrn, 'RELEASED', lodged_at, 'clearway', 'ASSESSED', 'RELEASED', 'released automatically: ' || lodgement_released_lane || ' lane', 2
                    FROM declarations WHERE lrn LIKE 'PARCEL-%' AND lodgement_released_lane IS NOT NULL) steps
      ORDER BY mrn, step) TO :events_bin WITH (FORMAT binary);
CREATE TABLE e_two (id bigserial PRIMARY KEY, mrn text, type text, at timestamptz, actor text, from_status text, to_status text, detail text);
CREATE INDEX ON e_two (mrn, id);
CREATE TABLE e_one (id bigserial, mrn text, type text, at timestamptz, actor text, from_status text, to_status text, detail text, PRIMARY KEY (mrn, id));
-- the events' statement check (V8 looks up every event row's MRN; each MRN once was tried for V10 and left out), over s_now
CREATE TABLE e_v8 (LIKE e_one INCLUDING ALL);
CREATE TABLE e_v10 (LIKE e_one INCLUDING ALL);
CREATE FUNCTION e_v8_check() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE unknown text;
BEGIN
    SELECT n.mrn INTO unknown FROM inserted_events n WHERE NOT EXISTS (SELECT 1 FROM s_now d WHERE d.mrn = n.mrn) LIMIT 1;
    IF unknown IS NOT NULL THEN RAISE EXCEPTION 'unknown MRN %', unknown; END IF;
    RETURN NULL;
END $$;
CREATE FUNCTION e_v10_check() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE unknown text;
BEGIN
    SELECT n.mrn INTO unknown FROM (SELECT DISTINCT mrn FROM inserted_events) n WHERE NOT EXISTS (SELECT 1 FROM s_now d WHERE d.mrn = n.mrn) LIMIT 1;
    IF unknown IS NOT NULL THEN RAISE EXCEPTION 'unknown MRN %', unknown; END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER e_v8_check AFTER INSERT ON e_v8 REFERENCING NEW TABLE AS inserted_events FOR EACH STATEMENT EXECUTE FUNCTION e_v8_check();
CREATE TRIGGER e_v10_check AFTER INSERT ON e_v10 REFERENCING NEW TABLE AS inserted_events FOR EACH STATEMENT EXECUTE FUNCTION e_v10_check();
-- in statements of 3,000 event rows (a batch of 1,000 consignments), as the import writes them
CREATE TEMP TABLE staged_events (n bigserial, mrn text, type text, at timestamptz, actor text, from_status text, to_status text, detail text);
COPY staged_events (mrn, type, at, actor, from_status, to_status, detail) FROM :events_bin WITH (FORMAT binary);
CREATE FUNCTION in_batches(tbl text) RETURNS void LANGUAGE plpgsql AS $$
DECLARE i bigint := 0; total bigint := (SELECT count(*) FROM staged_events);
BEGIN
    WHILE i < total LOOP
        EXECUTE format('INSERT INTO %I (mrn, type, at, actor, from_status, to_status, detail) SELECT mrn, type, at, actor, from_status, to_status, detail FROM staged_events WHERE n > $1 AND n <= $1 + 3000', tbl) USING i;
        i := i + 3000;
    END LOOP;
END $$;
CHECKPOINT;
SELECT timed('events, binary COPY, two indexes (per event row)', format('COPY e_two (mrn, type, at, actor, from_status, to_status, detail) FROM %L WITH (FORMAT binary)', :events_bin));
SELECT timed('events, binary COPY, one index (per event row)', format('COPY e_one (mrn, type, at, actor, from_status, to_status, detail) FROM %L WITH (FORMAT binary)', :events_bin));
TRUNCATE e_one; CHECKPOINT;
SELECT timed('events, INSERT of 3,000 a statement, one index, no check (per event row)', 'SELECT in_batches(''e_one'')');
SELECT timed('events, INSERT of 3,000 a statement, one index, the check as in V8 (per event row)', 'SELECT in_batches(''e_v8'')');
SELECT timed('events, INSERT of 3,000 a statement, one index, each MRN checked once (tried, not kept; per event row)', 'SELECT in_batches(''e_v10'')');
\pset footer off
SELECT name AS "shape", round((seconds * 1e6 / CASE WHEN name LIKE 'events%' THEN (SELECT count(*) FROM e_one) ELSE :n END)::numeric, 1) AS "us a row" FROM shape;
SELECT round(avg(length(declaration::text))) AS "declaration bytes", round(avg(length(assessment::text))) AS "assessment bytes" FROM s_text;
SQL
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
