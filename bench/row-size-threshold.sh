#!/usr/bin/env bash
# What a declaration row's size costs PostgreSQL around 2,032 bytes (docs/formats.md, "What
# remains"): a heap row longer than that (TOAST_TUPLE_THRESHOLD, fixed when PostgreSQL is built)
# goes through the TOAST code on every insert, even where nothing is compressed or moved out
# (toast_tuple_target = 8160), and a page holds three 2.2 kB rows instead of four. Imports N synthetic
# consignments into a scratch embedded database, then times COPY of 10 statements of 1,000 of their
# rows (as the import sends a batch) into a copy of the declarations table with all its indexes, in
# these shapes:
#   stored   as the database holds them
#   cut150   the assessment 150 bytes shorter (still over the threshold; not JSON any more)
#   cut260   the assessment 260 bytes shorter (under it; not JSON any more)
#   hash     the content hash as 32 raw bytes (bytea) instead of 64 hex characters
#   derived  hash, and the lodgement's ASSESSED detail left out ('': derived from the assessment)
#   noempty  derived, and the items' empty "measure" and "dutyExpression" left out of the assessment
#   nonote   noempty, and the assessment's note without its conversion sentence (which repeats
#            the exchangeRate object)
# Rounds alternate the order of the shapes; prints each round and the medians, in us a row.
# Needs psql (Debian: postgresql-client). Usage:
#   bench/row-size-threshold.sh [N] [ROUNDS] [SHAPES]   (defaults 20000, 7 and all; a few minutes)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-20000}
ROUNDS=${2:-7}
SHAPES=${3:-"stored cut150 cut260 hash derived noempty nonote"}
[ "$N" -ge 10000 ] || { echo "N must be at least 10000 (10 statements of 1,000 rows)" >&2; exit 2; }
. bench/scratch-database.sh
scratch_database "$N" row-size
psql -X -q -h localhost -p "$PORT" -U postgres -v ON_ERROR_STOP=1 -v dir="$WORK" <<'SQL'
CREATE FUNCTION shape_select(shape text) RETURNS text LANGUAGE sql AS $$
    SELECT 'mrn, owner, declarant_id, lrn, type, status, lane, '
        || CASE WHEN shape IN ('stored', 'cut150', 'cut260') THEN 'content_hash' ELSE 'decode(content_hash, ''hex'')' END
        || ', declaration, '
        || CASE shape WHEN 'stored' THEN 'assessment' WHEN 'cut150' THEN 'left(assessment, length(assessment) - 150)'
                      WHEN 'cut260' THEN 'left(assessment, length(assessment) - 260)' WHEN 'hash' THEN 'assessment'
                      WHEN 'derived' THEN 'assessment'
                      WHEN 'noempty' THEN 'replace(assessment, '',"measure":"","dutyExpression":""'', '''')'
                      ELSE 'regexp_replace(replace(assessment, '',"measure":"","dutyExpression":""'', ''''), ''"note":"converted at [^;]*; '', ''"note":"'')' END
        || ', version, lodged_at, updated_at, '
        || CASE WHEN shape IN ('stored', 'cut150', 'cut260', 'hash') THEN 'lodgement_assessed' ELSE '''''' END
        || ', lodgement_released_lane' $$;
CREATE FUNCTION make_shape(shape text, dir text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format('CREATE TABLE %I (LIKE declarations INCLUDING ALL) WITH (toast_tuple_target = 8160)', 'shape_' || shape);
    IF shape NOT IN ('stored', 'cut150', 'cut260') THEN
        EXECUTE format('ALTER TABLE %I ALTER COLUMN content_hash TYPE bytea USING decode(content_hash, ''hex'')', 'shape_' || shape);
    END IF;
    FOR k IN 0..9 LOOP
        EXECUTE format('COPY (SELECT %s FROM declarations WHERE lrn LIKE ''PARCEL-%%'' ORDER BY mrn LIMIT 1000 OFFSET %s) TO %L WITH (FORMAT binary)',
            shape_select(shape), k * 1000, dir || '/' || shape || '-' || k || '.bin');
    END LOOP;
END $$;
CREATE FUNCTION copy_shape(shape text, dir text) RETURNS float8 LANGUAGE plpgsql AS $$
DECLARE t0 timestamptz;
BEGIN
    EXECUTE format('TRUNCATE %I', 'shape_' || shape);
    t0 := clock_timestamp();
    FOR k IN 0..9 LOOP
        EXECUTE format('COPY %I (mrn, owner, declarant_id, lrn, type, status, lane, content_hash, declaration, assessment,'
            || ' version, lodged_at, updated_at, lodgement_assessed, lodgement_released_lane) FROM %L WITH (FORMAT binary)',
            'shape_' || shape, dir || '/' || shape || '-' || k || '.bin');
    END LOOP;
    RETURN extract(epoch FROM clock_timestamp() - t0) * 1e6 / 10000;
END $$;
CREATE FUNCTION shape_size(shape text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE r text;
BEGIN
    EXECUTE format('SELECT round(avg(pg_column_size(s.*))) || '' bytes a row on average, '''
        || ' || round(100.0 * count(*) FILTER (WHERE pg_column_size(s.*) <= 2032) / count(*)) || '' %% of rows at most 2,032 bytes'' FROM %I s',
        'shape_' || shape) INTO r;
    RETURN r;
END $$;
SQL
q() { psql -X -q -At -h localhost -p "$PORT" -U postgres -v ON_ERROR_STOP=1 -c "$1"; }
for shape in $SHAPES; do
  q "SELECT make_shape('$shape', '$WORK')" >/dev/null
  q "SELECT copy_shape('$shape', '$WORK')" >/dev/null
  echo "$shape: $(q "SELECT shape_size('$shape')")"
done
: >"$WORK/times"
reversed=$(echo "$SHAPES" | tr ' ' '\n' | tac | tr '\n' ' ')
for r in $(seq 1 "$ROUNDS"); do
  if [ $((r % 2)) -eq 0 ]; then order=$reversed; else order=$SHAPES; fi
  line="round $r:"
  for shape in $order; do
    us=$(q "SELECT round(copy_shape('$shape', '$WORK')::numeric, 1)")
    echo "$shape $us" >>"$WORK/times"
    line="$line $shape $us"
  done
  echo "$line (us a row)"
done
for shape in $SHAPES; do
  echo "median $shape: $(awk -v s="$shape" '$1 == s {print $2}' "$WORK/times" | sort -n | awk '{a[NR] = $1} END {print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2)}') us a row"
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
