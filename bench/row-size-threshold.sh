#!/usr/bin/env bash
# What a declaration row's size costs PostgreSQL around 2,032 bytes (docs/formats.md, "What
# remains"): a heap row longer than that (TOAST_TUPLE_THRESHOLD, fixed when PostgreSQL is built)
# goes through the TOAST code on every insert, even where nothing is compressed or moved out
# (toast_tuple_target = 8160), and a page holds three 2.2 kB rows instead of four. Imports N synthetic
# consignments into a scratch embedded database, then times COPY of 10 statements of 1,000 of their
# rows (as the import sends a batch) into a copy of the declarations table with all its indexes, in
# three shapes: as stored (about 2,230 bytes a row), the assessment 150 bytes shorter (still over the
# threshold) and 260 bytes shorter (under it). The shortened assessments are not JSON any more: this
# only measures size. Rounds alternate the shapes; prints each round and the medians, in us a row.
# Needs psql (Debian: postgresql-client). Usage:
#   bench/row-size-threshold.sh [N] [ROUNDS]     (defaults 20000 and 7; takes a few minutes)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-20000}
ROUNDS=${2:-7}
[ "$N" -ge 10000 ] || { echo "N must be at least 10000 (10 statements of 1,000 rows)" >&2; exit 2; }
. bench/scratch-database.sh
scratch_database "$N" row-size
psql -X -q -h localhost -p "$PORT" -U postgres -v ON_ERROR_STOP=1 -v dir="$WORK" <<'SQL'
CREATE TABLE size_shape (LIKE declarations INCLUDING ALL) WITH (toast_tuple_target = 8160);
CREATE FUNCTION export_shape(shape text, cut int, dir text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    FOR k IN 0..9 LOOP
        EXECUTE format('COPY (SELECT mrn, owner, declarant_id, lrn, type, status, lane, content_hash, declaration,'
            || ' left(assessment, length(assessment) - %s), version, lodged_at, updated_at, lodgement_assessed, lodgement_released_lane'
            || ' FROM declarations WHERE lrn LIKE ''PARCEL-%%'' ORDER BY mrn LIMIT 1000 OFFSET %s) TO %L WITH (FORMAT binary)',
            cut, k * 1000, dir || '/' || shape || '-' || k || '.bin');
    END LOOP;
END $$;
\o /dev/null
SELECT export_shape('stored', 0, :'dir'), export_shape('cut150', 150, :'dir'), export_shape('cut260', 260, :'dir');
\o
CREATE FUNCTION copy_shape(shape text, dir text) RETURNS float8 LANGUAGE plpgsql AS $$
DECLARE t0 timestamptz;
BEGIN
    TRUNCATE size_shape;
    t0 := clock_timestamp();
    FOR k IN 0..9 LOOP
        EXECUTE format('COPY size_shape (mrn, owner, declarant_id, lrn, type, status, lane, content_hash, declaration, assessment,'
            || ' version, lodged_at, updated_at, lodgement_assessed, lodgement_released_lane) FROM %L WITH (FORMAT binary)',
            dir || '/' || shape || '-' || k || '.bin');
    END LOOP;
    RETURN extract(epoch FROM clock_timestamp() - t0) * 1e6 / 10000;
END $$;
CREATE FUNCTION shape_size() RETURNS text LANGUAGE sql AS $$
    SELECT round(avg(pg_column_size(s.*))) || ' bytes a row on average, '
        || round(100.0 * count(*) FILTER (WHERE pg_column_size(s.*) <= 2032) / count(*)) || ' % of rows at most 2,032 bytes' FROM size_shape s $$;
SQL
q() { psql -X -q -At -h localhost -p "$PORT" -U postgres -v ON_ERROR_STOP=1 -c "$1"; }
for shape in stored cut150 cut260; do
  q "SELECT copy_shape('$shape', '$WORK')" >/dev/null
  echo "$shape: $(q "SELECT shape_size()")"
done
: >"$WORK/times"
for r in $(seq 1 "$ROUNDS"); do
  if [ $((r % 2)) -eq 0 ]; then order="cut260 cut150 stored"; else order="stored cut150 cut260"; fi
  line="round $r:"
  for shape in $order; do
    us=$(q "SELECT round(copy_shape('$shape', '$WORK')::numeric, 1)")
    echo "$shape $us" >>"$WORK/times"
    line="$line $shape $us"
  done
  echo "$line (us a row)"
done
for shape in stored cut150 cut260; do
  echo "median $shape: $(awk -v s="$shape" '$1 == s {print $2}' "$WORK/times" | sort -n | awk '{a[NR] = $1} END {print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2)}') us a row"
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
