# Sourced by the bench/*.sh scripts that time SQL on imported consignments (not run on its own):
# scratch_database N NAME generates N synthetic consignments, lodges them as trader1 into a new
# embedded database under /tmp (demo data first), and serves it. Sets WORK (the scratch directory,
# readable by the server for COPY TO/FROM files), SERVER (the server's pid) and PORT, and removes
# both when the script exits. Needs psql (Debian: postgresql-client).
scratch_database() {
  local n=$1 name=$2
  command -v psql >/dev/null || { echo "needs psql (apt-get install postgresql-client)" >&2; exit 1; }
  WORK=$(mktemp -d "/tmp/clearway-$name.XXXXXX")
  SERVER=
  trap 'kill "$SERVER" 2>/dev/null || true; sleep 3; rm -rf "$WORK"' EXIT
  ./clearway generate-manifest --count "$n" --out "$WORK/p.csv" >/dev/null
  ./clearway serve --demo --data-dir "$WORK/data" --port 0 >"$WORK/demo.log" 2>&1 & SERVER=$!
  until grep -q 'listening on' "$WORK/demo.log"; do sleep 1; kill -0 "$SERVER"; done
  kill "$SERVER"; wait "$SERVER" 2>/dev/null || true
  ./clearway import "$WORK/p.csv" --format csv --as trader1 --data-dir "$WORK/data" --no-progress 2>&1 | grep consignments
  ./clearway serve --data-dir "$WORK/data" --port 0 >"$WORK/serve.log" 2>&1 & SERVER=$!
  until grep -q 'listening on' "$WORK/serve.log"; do sleep 1; kill -0 "$SERVER"; done
  PORT=$(grep -o 'started on port [0-9]*' "$WORK/serve.log" | awk '{print $4}')
  chmod 777 "$WORK"
}
