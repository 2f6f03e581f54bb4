"""Check the claim extractor on sentences written for each family of communication verbs.

``python -m bench.claims_dev [-v]`` runs the whole pipeline (entities, quotes, times, claims) on
each sentence of ``families.tsv`` (written for this folder from the FrameNet and VerbNet families of
saying, judging, requesting, promising, complaining, thanking; no sentence comes from an article)
and prints, per family, how many sentences get the expected status and source; ``-v`` lists the
misses. A development check, not an evaluation: the rules were written while reading these.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

FAMILIES = Path(__file__).resolve().parent / "families.tsv"


def read_families(path: Path = FAMILIES) -> list[tuple[str, str, str | None, str]]:
    """(family, status, source substring or None, sentence) rows of the TSV file."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            family, status, source, sentence = line.split("\t")
            rows.append((family, status, None if source == "-" else source, sentence))
    return rows


def check(sentence: str, status: str, source: str | None) -> tuple[bool, str]:
    """Whether the sentence's first claim has the status and source expected, and what it got."""
    from newsgraph import analyze

    claims = analyze(sentence).claims
    if not claims:
        return False, "no claim"
    claim = claims[0]
    name = claim.source.name if claim.source is not None else None
    right = claim.status == status and (name is None if source is None else name is not None and source.lower() in name.lower())
    return right, f"{claim.status} / {name} / {claim.text!r}"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.claims_dev", description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list the sentences not right")
    args = parser.parse_args(argv)
    right, total = Counter(), Counter()
    for family, status, source, sentence in read_families():
        ok, got = check(sentence, status, source)
        total[family] += 1
        right[family] += ok
        if args.verbose and not ok:
            print(f"  MISS [{family}] {sentence}\n       expected {status} / {source}, got {got}")
    for family in total:
        print(f"{family}: {right[family]}/{total[family]}")
    print(f"all: {sum(right.values())}/{sum(total.values())}")


if __name__ == "__main__":
    main()
