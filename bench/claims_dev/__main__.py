"""Check the claim extractor on sentences written for each family of communication verbs and of sources.

``python -m bench.claims_dev [-v] [--file families|sources]`` runs the claim pipeline (entities,
quotes, times, claims) on each row of ``families.tsv`` (written for this folder from the FrameNet
and VerbNet families of saying, judging, requesting, promising, complaining, thanking) and of
``sources.tsv`` (short snippets written for this folder from general news phrasing: who the source
is — pronouns and titles after a name, spokespeople, unnamed officials, documents, institutions,
capitals, outlets relaying a speaker, pairs, claims continued over sentences — and which sentences
are the writer's); no row comes from an article. It prints, per family, how many rows get the
expected status and source; ``-v`` lists the misses. A development check, not an evaluation: the
rules were written while reading these.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

FAMILIES = Path(__file__).resolve().parent / "families.tsv"
SOURCES = Path(__file__).resolve().parent / "sources.tsv"
PARAGRAPH = " ¶ "  # a paragraph break inside a snippet of sources.tsv


def read_families(path: Path = FAMILIES) -> list[tuple[str, str, str | None, str]]:
    """(family, status, source substring or None, sentence) rows of the TSV file (" ¶ " in a
    snippet is a paragraph break)."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            family, status, source, sentence = line.split("\t")
            rows.append((family, status, None if source == "-" else source, sentence.replace(PARAGRAPH, "\n")))
    return rows


def check(sentence: str, status: str, source: str | None, last: bool = False) -> tuple[bool, str]:
    """Whether the first claim of ``sentence`` (the last one with ``last``: a snippet's context
    sentences come before the one checked) has the status and source expected, and what it got."""
    from bench.claims import _stages

    nlp, extract_entities, extract_quotes, extract_times, extract_claims = _stages()
    doc = nlp.parse(sentence)
    entities = extract_entities(doc)
    claims = extract_claims(doc, extract_quotes(doc, entities), extract_times(doc), entities)
    if not claims:
        return False, "no claim"
    claim = claims[-1] if last else claims[0]
    name = claim.source.name if claim.source is not None else None
    right = claim.status == status and (name is None if source is None else name is not None and source.lower() in name.lower())
    return right, f"{claim.status} / {name} / {claim.text!r}"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.claims_dev", description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list the rows not right")
    parser.add_argument("--file", choices=("families", "sources"), help="only this file (default: both)")
    args = parser.parse_args(argv)
    for name, path in (("families", FAMILIES), ("sources", SOURCES)):
        if args.file not in (None, name):
            continue
        right, total = Counter(), Counter()
        for family, status, source, sentence in read_families(path):
            ok, got = check(sentence, status, source, last=name == "sources")
            total[family] += 1
            right[family] += ok
            if args.verbose and not ok:
                print(f"  MISS [{family}] {sentence!r}\n       expected {status} / {source}, got {got}")
        print(f"== {path.name}")
        for family in total:
            print(f"{family}: {right[family]}/{total[family]}")
        print(f"all: {sum(right.values())}/{sum(total.values())}")


if __name__ == "__main__":
    main()
