#!/usr/bin/env bash
# The dashboard over a large bulk import (docs/BENCHMARKS.md, "The dashboard after a million
# consignments"): imports N synthetic consignments as trader1 into a scratch embedded database (the
# demo data first), serves it, signs in as officer1 and asks for the dashboard (30 days, every
# consignment in the period) ROUNDS times, one request at a time. Baseline, timed in the same
# database: one pass over every declaration's stored text (SELECT sum(octet_length(declaration))),
# the least any figure by customs office must read. Prints each request and the median of each, in
# seconds, and their ratio. Needs psql (Debian: postgresql-client) and curl. Usage:
#   bench/dashboard-after-import.sh [N] [ROUNDS]   (defaults 1000000 and 3; about 5 minutes at 1,000,000)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-1000000}
ROUNDS=${2:-3}
. bench/scratch-database.sh
scratch_database "$N" dashboard
HTTP=$(grep -o 'listening on http://127.0.0.1:[0-9]*' "$WORK/serve.log" | grep -o '[0-9]*$')
TOKEN=$(curl -sf -X POST -H 'Content-Type: application/json' -d '{"username":"officer1","password":"officer1"}' \
    "http://127.0.0.1:$HTTP/api/v1/auth/token" | sed 's/.*"token":"\([^"]*\)".*/\1/')
declarations=$(psql -X -At -h localhost -p "$PORT" -U postgres -c "SELECT count(*) FROM declarations")
page=() base=()
for round in $(seq "$ROUNDS"); do
  t=$(curl -sf -o "$WORK/dashboard.html" -m 900 -w '%{time_total}' --cookie "clearway_session=$TOKEN" "http://127.0.0.1:$HTTP/dashboard")
  grep -q 'Time from lodgement to release' "$WORK/dashboard.html" || { echo "round $round: no dashboard in the answer" >&2; exit 1; }
  start=$(date +%s.%N)
  psql -X -q -At -h localhost -p "$PORT" -U postgres -c "SELECT sum(octet_length(declaration)) FROM declarations" >/dev/null
  b=$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN {printf "%.3f", e - s}')
  echo "round $round: dashboard (30 days, $declarations declarations) ${t} s; baseline (one pass over every declaration's text) ${b} s"
  page+=("$t") base+=("$b")
done
median() { printf '%s\n' "$@" | sort -g | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2}'; }
mp=$(median "${page[@]}") mb=$(median "${base[@]}")
echo "median of $ROUNDS: dashboard ${mp} s, baseline ${mb} s, ratio $(awk -v p="$mp" -v b="$mb" 'BEGIN {printf "%.1f", p / b}')"
