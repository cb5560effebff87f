#!/usr/bin/env python3
"""Plain XGBoost baseline on the KCS split, the bar Clearway's model must clear.

Train on the training year minus its last two calendar months, early-stop on those two months,
score the validation file and print precision and recall at 1, 2, 5 and 10 % and the ROC AUC.
Categories are label-encoded (codes learned on the training year; a value never seen there is
missing). Nothing is chosen by looking at the validation file: its labels are read only to measure.
"""
import csv
import datetime as dt
import math
import sys

import numpy as np
import xgboost as xgb

CATEGORICAL = ["Office ID", "Process Type", "Import Type", "Import Use", "Payment Type", "Mode of Transport",
               "Declarant ID", "Importer ID", "Seller ID", "Courier ID", "HS6 Code", "Country of Departure",
               "Country of Origin", "Tax Type", "Country of Origin Indicator"]
NUMERIC = ["Tax Rate", "Net Mass", "Item Price"]


def read(path):
    with open(path, newline="") as f:
        return list(csv.DictReader(f))


def main(train_path, valid_path):
    train, valid = read(train_path), read(valid_path)
    hs = "HS6 Code" if "HS6 Code" in train[0] else "HS10 Code"
    cats = [hs if c == "HS6 Code" else c for c in CATEGORICAL]
    codes = {c: {v: i for i, v in enumerate(sorted({r[c] for r in train}))} for c in cats}

    def matrix(rows):
        x = np.full((len(rows), len(cats) + len(NUMERIC)), np.nan, dtype=np.float32)
        for i, r in enumerate(rows):
            for j, c in enumerate(cats):
                x[i, j] = codes[c].get(r[c], np.nan)
            for j, c in enumerate(NUMERIC):
                x[i, len(cats) + j] = float(r[c]) if r[c] != "" else np.nan
        y = np.array([int(r["Fraud"]) for r in rows], dtype=np.float32)
        return x, y

    last = max(dt.date.fromisoformat(r["Date"]) for r in train)
    cut = (last.replace(day=1) - dt.timedelta(days=1)).replace(day=1)  # first day of the month before the last
    fit = [r for r in train if dt.date.fromisoformat(r["Date"]) < cut]
    hold = [r for r in train if dt.date.fromisoformat(r["Date"]) >= cut]
    xf, yf = matrix(fit)
    xh, yh = matrix(hold)
    xv, yv = matrix(valid)
    params = {"objective": "binary:logistic", "eval_metric": "aucpr", "tree_method": "hist", "seed": 0, "nthread": 1}
    booster = xgb.train(params, xgb.DMatrix(xf, label=yf), num_boost_round=2000,
                        evals=[(xgb.DMatrix(xh, label=yh), "holdout")], early_stopping_rounds=50, verbose_eval=False)
    scores = booster.predict(xgb.DMatrix(xv), iteration_range=(0, booster.best_iteration + 1))
    order = sorted(range(len(scores)), key=lambda i: (-scores[i], i))
    frauds = yv.sum()
    print(f"baseline: fit {len(fit)} rows to {cut - dt.timedelta(days=1)}, early stopping on {len(hold)} rows from {cut}, "
          f"{booster.best_iteration + 1} rounds (xgboost {xgb.__version__})")
    for p in (1, 2, 5, 10):
        k = max(1, math.ceil(len(scores) * p / 100 - 1e-9))
        hit = sum(yv[i] for i in order[:k])
        print(f"baseline precision@{p}% {hit / k:.4f} recall@{p}% {hit / frauds:.4f}")
    pos = [s for s, y in zip(scores, yv) if y == 1]
    ranks = np.argsort(np.argsort(scores, kind="stable"), kind="stable") + 1
    auc = (ranks[yv == 1].sum() - len(pos) * (len(pos) + 1) / 2) / (len(pos) * (len(scores) - len(pos)))
    print(f"baseline rocauc {auc:.4f}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
