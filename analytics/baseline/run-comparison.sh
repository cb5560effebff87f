#!/usr/bin/env bash
# Clearway's targeting model against a plain XGBoost baseline on exactly the same split, in one run:
# train on the KCS training year (its last two calendar months held out for early stopping),
# measure on the validation quarter (2021-01..03). The baseline is Debian's python3-xgboost with
# label-encoded categories; this script installs it if missing (needs root and apt).
# Usage: analytics/baseline/run-comparison.sh [TRAIN.csv VALID.csv]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
TRAIN="${1:-$ROOT/analytics/data/kcs/kcs_df_syn_train_eng.csv}"
VALID="${2:-$ROOT/analytics/data/kcs/kcs_df_syn_valid_eng.csv}"
PY=/usr/bin/python3   # Debian's python, where python3-xgboost installs (not a pyenv or venv one)

if ! "$PY" -c 'import xgboost' 2>/dev/null; then
  apt-cache policy python3-xgboost | sed -n '1,3p'
  echo "installing python3-xgboost from Debian ..." >&2
  apt-get install -y -q python3-xgboost >/dev/null
fi

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

echo "== $(date -u '+%Y-%m-%d %H:%M UTC') on $(nproc) cores; train $(basename "$TRAIN"), measure on $(basename "$VALID")"
echo "== baseline: plain XGBoost (Debian python3-xgboost)"
"$PY" "$ROOT/analytics/baseline/xgboost_baseline.py" "$TRAIN" "$VALID" | tee "$WORK/baseline.txt"

echo "== Clearway: ./clearway model train, then model evaluate"
"$ROOT/clearway" model train --format kcs --data "$TRAIN" --out "$WORK/model.bin"
"$ROOT/clearway" model evaluate --model "$WORK/model.bin" --format kcs --data "$VALID" | tee "$WORK/clearway.txt"

echo "== side by side, on $(basename "$VALID")"
printf '%-10s %10s %10s %9s\n' budget baseline clearway margin
for p in 1 2 5 10; do
  b=$(awk -v k="precision@$p%" '$2 == k {print $3}' "$WORK/baseline.txt")
  c=$(awk -v k="$p" '$1 == k && $2 == "%" {print $4}' "$WORK/clearway.txt")
  printf '%-10s %10s %10s %+9.4f\n' "precision@$p%" "$b" "$c" "$(echo "$c - $b" | bc -l)"
done
b=$(awk '$2 == "rocauc" {print $3}' "$WORK/baseline.txt")
c=$(awk '/ROC AUC/ {print $NF}' "$WORK/clearway.txt")
printf '%-10s %10s %10s %+9.4f\n' "ROC AUC" "$b" "$c" "$(echo "$c - $b" | bc -l)"
