#!/usr/bin/env python3
"""Derives the compact reference files bundled in core from the raw public data in ../shared/data.

Run once by hand when the raw data changes; the build and the app never run it and never read
../shared (a fresh clone has no such folder). Usage:
    python3 core/tools/derive_reference_data.py /work/shared/data core/src/main/resources/org/clearway/reference
"""
import csv
import glob
import os
import re
import sys

# The UN/LOCODE code format (2-letter country, 3 letters or digits 2-9), as in UnLocode.java.
LOCODE = re.compile(r"[A-Z]{2}[A-Z2-9]{3}")


def unlocode(src, dst):
    """One sorted code,name file from the per-country files (geoapify/un-locode).

    Repairs upstream damage: a name with a comma ("Batu Lintang, Sarawak") was written unquoted
    over two columns, and a few names hold U+FFFD where diacritics were lost, for which the
    name without diacritics is taken instead. Rows whose code breaks the format (e.g. DE9B0,
    IT940: digits 0 and 1 are not allowed) are dropped.
    """
    names = {}
    dropped = []
    for path in sorted(glob.glob(os.path.join(src, "un-locode", "by-country", "*.csv"))):
        with open(path, encoding="utf-8", newline="") as f:
            rows = csv.reader(f)
            next(rows)
            for r in rows:
                code = (r[0] + r[1]).strip()
                if r[2].startswith('"'):  # name split over two columns, see above
                    name, plain = r[2] + "," + r[3], r[4] + "," + r[5]
                else:
                    name, plain = r[2], r[3]
                name = name.strip('"').strip()
                plain = plain.strip('"').strip()
                if "\ufffd" in name:
                    name = plain
                name = re.sub(r"\s+", " ", name)
                if not LOCODE.fullmatch(code):
                    dropped.append(code)
                    continue
                names.setdefault(code, name)
    with open(os.path.join(dst, "un-locode", "unlocode.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["code", "name"])
        for code in sorted(names):
            w.writerow([code, names[code]])
    print(f"unlocode.csv: {len(names)} codes, dropped {dropped}")


def countries(src, dst):
    """ISO 3166-1 alpha-2 and English short name only, from datasets/country-codes."""
    out = []
    with open(os.path.join(src, "countries", "country-codes.csv"), encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            code = r["ISO3166-1-Alpha-2"].strip()
            name = (r["official_name_en"] or r["CLDR display name"]).strip()
            if re.fullmatch(r"[A-Z]{2}", code):
                out.append((code, name))
    with open(os.path.join(dst, "countries", "country-codes.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["alpha2", "name"])
        w.writerows(sorted(out))
    print(f"country-codes.csv: {len(out)} countries")


if __name__ == "__main__":
    src, dst = sys.argv[1], sys.argv[2]
    for d in ("un-locode", "countries"):
        os.makedirs(os.path.join(dst, d), exist_ok=True)
    unlocode(src, dst)
    countries(src, dst)
