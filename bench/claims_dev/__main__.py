"""Check the claim extractor on sentences written for each family of communication verbs and of sources.

``python -m bench.claims_dev [-v] [--file families|sources|continuations|articles8|articles9] [--split A|B]``
runs the claim pipeline (entities, quotes, times, claims) on each row of ``families.tsv`` (written for this folder from the FrameNet
and VerbNet families of saying, judging, requesting, promising, complaining, thanking) and of
``sources.tsv`` (short snippets written for this folder from general news phrasing: who the source
is — pronouns and titles after a name, spokespeople, unnamed officials, documents, institutions,
capitals, outlets relaying a speaker, pairs, claims continued over sentences — and which sentences
are the writer's) and of ``continuations.tsv`` (snippets of one to three sentences, each sentence
with its own gold: claims continued over sentences and after a colon, sources given by office or as
groups or after a long content, hedged sentences and speech acts mentioned as events that are the
writer's, "according to" with data sources, questions in quotes) and of ``articles8/`` and
``articles9/`` (whole short articles, split A studied and split B held out, sources judged as the
blind sets are); no row
comes from an article. It prints, per family, how many rows (for ``continuations.tsv`` and
``articles8/``, sentences) get the expected status and source; ``-v`` lists the misses. A development check, not an evaluation: the rules were written
while reading these.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

FAMILIES = Path(__file__).resolve().parent / "families.tsv"
SOURCES = Path(__file__).resolve().parent / "sources.tsv"
CONTINUATIONS = Path(__file__).resolve().parent / "continuations.tsv"
# Whole articles of rounds 8 and 9, each folder with a split A (studied) and a split B (held out).
ARTICLE_FOLDERS = {name: Path(__file__).resolve().parent / name for name in ("articles8", "articles9")}
ARTICLES = ARTICLE_FOLDERS["articles8"]
PARAGRAPH = " ¶ "  # a paragraph break inside a snippet of sources.tsv and continuations.tsv
SENTENCE = " | "  # a sentence break inside a paragraph of continuations.tsv (and between its golds)
NO_CLAIM = "none"  # the gold of a sentence that makes no claim (a bare frame "He added:", a question)


def read_families(path: Path = FAMILIES) -> list[tuple[str, str, str | None, str]]:
    """(family, status, source substring or None, sentence) rows of the TSV file (" ¶ " in a
    snippet is a paragraph break)."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            family, status, source, sentence = line.split("\t")
            rows.append((family, status, None if source == "-" else source, sentence.replace(PARAGRAPH, "\n")))
    return rows


def _claims(text: str) -> tuple:
    """The claims the pipeline (entities, quotes, times, claims) finds in ``text``."""
    from bench.claims import _stages

    nlp, extract_entities, extract_quotes, extract_times, extract_claims = _stages()
    doc = nlp.parse(text)
    entities = extract_entities(doc)
    return extract_claims(doc, extract_quotes(doc, entities), extract_times(doc), entities)


def _judge(claim, status: str, source: str | None) -> tuple[bool, str]:
    """Whether ``claim`` has the status and source (a substring of its name) expected, and what it got."""
    name = claim.source.name if claim.source is not None else None
    right = claim.status == status and (name is None if source is None else name is not None and source.lower() in name.lower())
    return right, f"{claim.status} / {name} / {claim.text!r}"


def _judge_names(claim, status: str, source: str | None) -> tuple[bool, str]:
    """Like ``_judge``, with the source rule of the claim scorer (``names_match``, as the blind sets
    are scored) against any of the gold names joined by "|"."""
    from newsgraph.eval.claims import names_match

    name = claim.source.name if claim.source is not None else None
    right = claim.status == status and (name is None if source is None else any(names_match(gold, name) for gold in source.split("|")))
    return right, f"{claim.status} / {name} / {claim.text!r}"


def check(sentence: str, status: str, source: str | None, last: bool = False) -> tuple[bool, str]:
    """Whether the first claim of ``sentence`` (the last one with ``last``: a snippet's context
    sentences come before the one checked) has the status and source expected, and what it got."""
    claims = _claims(sentence)
    if not claims:
        return False, "no claim"
    return _judge(claims[-1] if last else claims[0], status, source)


def read_continuations(path: Path = CONTINUATIONS) -> list[tuple[str, str, list[tuple[int, int, str, str | None]]]]:
    """(family, text, sentences) rows of continuations.tsv, where each sentence is (start, end,
    gold status, gold source substring or None) in the text joined from the snippet: sentences of
    a paragraph joined by a space, paragraphs by a line break."""
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        family, golds, snippet = line.split("\t")
        text, sentences = "", []
        for p, paragraph in enumerate(snippet.split(PARAGRAPH)):
            for s, sentence in enumerate(paragraph.split(SENTENCE)):
                text += ("\n" if p and not s else " " if s else "")
                sentences.append((len(text), len(text) + len(sentence)))
                text += sentence
        golds = [gold.split(":", 1) for gold in golds.split(SENTENCE)]
        if len(golds) != len(sentences):
            raise SystemExit(f"{path.name} line {number}: {len(golds)} golds for {len(sentences)} sentences")
        rows.append((family, text, [(a, b, status, None if who == "-" else who) for (a, b), (status, who) in zip(sentences, golds)]))
    return rows


def read_articles(folder: Path = ARTICLES) -> list[tuple[str, str, str, list[tuple[int, int, str, str | None]]]]:
    """(split, name, text, sentences) of each article of ``folder``: a file holds one sentence a
    line as "status:source<TAB>sentence" and a blank line between paragraphs; its name starts with
    its split ("a…" or "b…"). Sentences are as in ``read_continuations``."""
    articles = []
    for path in sorted(folder.glob("*.txt")):
        text, sentences, paragraph_start = "", [], True
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.startswith("#"):
                continue
            if not line.strip():
                paragraph_start = True
                continue
            gold, sep, sentence = line.partition("\t")
            status, colon, who = gold.partition(":")
            if not sep or not colon:
                raise SystemExit(f"{path.name} line {number}: expected status:source<TAB>sentence")
            text += ("\n" if paragraph_start else " ") if text else ""
            sentences.append((len(text), len(text) + len(sentence), status, None if who == "-" else who))
            text += sentence
            paragraph_start = False
        articles.append((path.name[0].upper(), path.stem, text, sentences))
    return articles


def check_snippet(text: str, sentences: list[tuple[int, int, str, str | None]], judge=_judge) -> list[tuple[bool, str]]:
    """For each sentence of a snippet, whether its first claim (or, for the gold "none", its having
    no claim) is as expected, and what it got."""
    claims = _claims(text)
    results = []
    for a, b, status, source in sentences:
        own = [c for c in claims if a <= c.start < b]
        if status == NO_CLAIM:
            results.append((not own, "no claim" if not own else judge(own[0], status, source)[1]))
        else:
            results.append(judge(own[0], status, source) if own else (False, "no claim"))
    return results


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.claims_dev", description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list the rows not right")
    parser.add_argument("--file", choices=("families", "sources", "continuations", *ARTICLE_FOLDERS), help="only this file (default: all)")
    parser.add_argument("--split", choices=("A", "B"), help="articles8/9: only this split (-v lists misses of split A only)")
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
    if args.file in (None, "continuations"):
        _continuations(args.verbose)
    for name, folder in ARTICLE_FOLDERS.items():
        if args.file in (None, name):
            _articles(args.verbose, args.split, folder)


def _continuations(verbose: bool) -> None:
    """Print, per family of continuations.tsv, how many sentences are right (``verbose``: list the rest)."""
    right, total = Counter(), Counter()
    for family, text, sentences in read_continuations():
        for (a, b, status, source), (ok, got) in zip(sentences, check_snippet(text, sentences)):
            total[family] += 1
            right[family] += ok
            if verbose and not ok:
                print(f"  MISS [{family}] {text[a:b]!r} in {text!r}\n       expected {status} / {source}, got {got}")
    print(f"== {CONTINUATIONS.name} (sentences)")
    for family in total:
        print(f"{family}: {right[family]}/{total[family]}")
    print(f"all: {sum(right.values())}/{sum(total.values())}")


def _articles(verbose: bool, split: str | None, folder: Path = ARTICLES) -> None:
    """Print, per split of ``folder`` (articles8/ or articles9/) and per article, how many sentences
    are right; ``verbose`` lists the misses of split A only: split B is held out, its errors are
    never printed."""
    right, total = Counter(), Counter()
    for part, name, text, sentences in read_articles(folder):
        if split not in (None, part):
            continue
        results = check_snippet(text, sentences, _judge_names)
        good = sum(ok for ok, _ in results)
        right[part] += good
        total[part] += len(sentences)
        print(f"  {name}: {good}/{len(sentences)}")
        for (a, b, status, source), (ok, got) in zip(sentences, results):
            if verbose and part == "A" and not ok:
                print(f"  MISS [{name}] {text[a:b]!r}\n       expected {status} / {source}, got {got}")
    print(f"== {folder.name} (sentences)")
    for part in sorted(total):
        print(f"split {part}: {right[part]}/{total[part]}")
    print(f"all: {sum(right.values())}/{sum(total.values())}")


if __name__ == "__main__":
    main()
