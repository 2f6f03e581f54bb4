"""Corpus store: ingest throughput, bytes stored per article, and query latency at 10k and 100k articles.

``python -m bench.store [--sizes 10000,100000] [--queries 200] [--rebuild] [--skip-nlp]`` writes the
``store`` section of BENCHMARKS.md. Everything is read at bench time from the PolNeAR corpus under
``../shared/data`` (political news, 2015-2016), never committed:

1. **Ingest with NLP**: the 84 PolNeAR dev articles through ``Corpus.ingest`` with the full pipeline.
2. **Ingest without NLP** (``--no-analyze``): the 840 train articles (reading, hashing, MinHash,
   near-duplicate check, FTS indexing, one transaction each).
3. **Query latency** on corpora of 10k and 100k articles built by a fast path: articles are made by
   mixing paragraphs of different PolNeAR articles, and their analysis records are synthetic - named
   entities from spaCy's NER run once over the PolNeAR texts (no parser, no extractors), quotes from
   quotation marks with the nearest person named after them as speaker. They go through the real
   store (``SQLiteStore.add_article``: entity resolution, counts, LSH, FTS), so the database is what
   an ingest would build; only the NLP is skipped. Claims, events and persuasion-technique spans are
   synthetic too, drawn at random over the article's sentences and entities (``synthetic_records``):
   they give the claim, event and technique queries realistic volumes, not realistic content.
   Latency is wall-clock time of the Python API call (name resolution included), warm page cache,
   one process.

The built corpora are kept in ``bench/out/store_bench_<size>.db`` (git-ignored) and reused unless
``--rebuild``; each size grows from a copy of the one below.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import random
import re
import statistics
import tempfile
import time
from pathlib import Path

from bench.common import REPO, data_path, stamp, table, write_section

OUT = REPO / "bench" / "out"
PARAGRAPH_CACHE = OUT / "store_polnear_paragraphs.pkl"
QUOTE = re.compile(r"[\u201c\"]([^\u201c\u201d\"]{20,600})[\u201d\"]")
PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
ENTITY_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT"}


# --------------------------------------------------------------------------- PolNeAR


def polnear_articles(split: str) -> list[dict]:
    """Text, outlet and date of each PolNeAR article of ``split`` (train, dev)."""
    root = data_path("polnear")
    meta = {}
    with open(root / "metadata.tsv", encoding="utf-8") as handle:
        header = handle.readline().rstrip("\n").split("\t")
        for line in handle:
            row = dict(zip(header, line.rstrip("\n").split("\t")))
            meta[row["filename"]] = row
    articles = []
    for path in sorted((root / split / "text").glob("*.txt")):
        row = meta.get(path.stem, {})
        articles.append({
            "path": str(path), "text": path.read_text(encoding="utf-8"), "outlet": row.get("publisher"),
            "published": row.get("publication_date"), "title": row.get("title"),
        })
    return articles


def paragraphs_with_records(articles: list[dict]) -> list[dict]:
    """Each paragraph of the articles with its named entities (spaCy NER only) and quoted spans."""
    if PARAGRAPH_CACHE.exists():
        return pickle.loads(PARAGRAPH_CACHE.read_bytes())
    from newsgraph import nlp

    pipeline = nlp.load_bare()
    keep = {"tok2vec", "ner"}
    disabled = [name for name in pipeline.pipe_names if name not in keep]
    paragraphs = []
    texts = [a["text"] for a in articles]
    with pipeline.select_pipes(disable=disabled):
        for article, doc in zip(articles, pipeline.pipe(texts, batch_size=32)):
            text = article["text"]
            ents = [(e.start_char, e.end_char, e.label_) for e in doc.ents if e.label_ in ENTITY_LABELS]
            start = 0
            for match in [*PARAGRAPH_BREAK.finditer(text), None]:
                end = match.start() if match else len(text)
                block = text[start:end]
                if block.strip():
                    inner = [(s - start, e - start, label) for s, e, label in ents if start <= s and e <= end]
                    quotes = [(m.start(), m.end()) for m in QUOTE.finditer(block)]
                    paragraphs.append({"text": block, "ents": inner, "quotes": quotes, "outlet": article["outlet"], "published": article["published"]})
                start = match.end() if match else len(text)
    OUT.mkdir(parents=True, exist_ok=True)
    PARAGRAPH_CACHE.write_bytes(pickle.dumps(paragraphs))
    return paragraphs


# --------------------------------------------------------------------------- synthetic articles


def synthetic_analysis(number: int, paragraphs: list[dict], rng: random.Random):
    """A new article mixing 6-12 paragraphs of different PolNeAR articles, with its analysis records."""
    from newsgraph.analyze import document_id
    from newsgraph.types import Analysis, Article, Document, Entity, Mention, Quote, Speaker

    chosen = rng.sample(paragraphs, rng.randint(6, 12))
    pieces, ents, quotes, offset = [], [], [], 0
    for paragraph in chosen:
        pieces.append(paragraph["text"])
        ents += [(s + offset, e + offset, label) for s, e, label in paragraph["ents"]]
        quotes += [(s + offset, e + offset) for s, e in paragraph["quotes"]]
        offset += len(paragraph["text"]) + 2
    text = "\n\n".join(pieces) + f"\n\n(Digest {number})\n"
    # Group mentions as a simple article-level coreference would: exact name, and surname for people.
    clusters: dict[tuple[str, str], dict] = {}
    for start, end, label in ents:
        surface = text[start:end]
        key = (label, surface.split()[-1].lower() if label == "PERSON" else surface.lower())
        cluster = clusters.setdefault(key, {"label": label, "name": surface, "mentions": []})
        if len(surface) > len(cluster["name"]):
            cluster["name"] = surface
        cluster["mentions"].append(Mention(start, end, surface))
    entities = tuple(Entity(f"e{i + 1}", c["name"], c["label"], tuple(c["mentions"])) for i, c in enumerate(clusters.values()))
    people = [(m, e) for e in entities if e.type == "PERSON" for m in e.mentions]
    quote_records = []
    for index, (start, end) in enumerate(quotes):
        after = [(m, e) for m, e in people if end <= m.start <= end + 80]
        before = [(m, e) for m, e in people if start - 120 <= m.end <= start]
        found = after[:1] or before[-1:]
        speaker = Speaker(found[0][1].id, found[0][1].name, found[0][0].start, found[0][0].end) if found else None
        quote_records.append(Quote(f"q{index + 1}", text[start:end], start, end, "direct", None, speaker))
    claims, events, techniques, summary = synthetic_records(text, entities, quote_records, rng)
    first = chosen[0]
    published = first["published"]
    if published:
        year, month, day = map(int, published.split("-"))
        published = f"{year}-{(month + rng.randint(0, 5) - 1) % 12 + 1:02d}-{min(day, 28):02d}"
    article = Article(text=text, source=f"synthetic-{number}", published=published, outlet=first["outlet"])
    analysis = Analysis(
        document=Document(document_id(text), article.source, None, published, text),
        entities=entities,
        quotes=tuple(quote_records),
        claims=claims,
        events=events,
        techniques=techniques,
        summary=summary,
        pipeline={"newsgraph": "bench-synthetic"},
    )
    return article, analysis


SENTENCE = re.compile(r"[^.!?\n]+[.!?]")
COUNTRIES = ("USA", "RUS", "CHN", "UKR", "GBR", "FRA", "DEU", "IRN", "ISR", "MEX", "SYR", "PRK")


def synthetic_records(text: str, entities: tuple, quotes: list, rng: random.Random):
    """Random claims, events and technique spans over the sentences and entities of ``text``, at about
    the rates the pipeline finds them (a few claims and techniques per article, fewer events), with a
    techniques summary counting sentences as the pipeline does. Offsets are exact; content is not."""
    from newsgraph.extract.techniques import TECHNIQUES
    from newsgraph.types import PLOVER_TYPES, Claim, Event, Party, Source, Span, Technique

    found = [m for m in SENTENCE.finditer(text) if len(m.group().split()) >= 4]
    sentences = []
    for match in found:
        lead = len(match.group()) - len(match.group().lstrip())
        sentences.append(Span(match.start() + lead, match.end(), match.group()[lead:]))
    actors = [e for e in entities if e.type in ("PERSON", "ORG", "GPE", "NORP")]

    def source(entity) -> Source:
        mention = rng.choice(entity.mentions)
        return Source(entity.id, entity.name, mention.start, mention.end)

    def party(entity) -> Party:
        mention = entity.mentions[0]
        return Party(entity.id, entity.name, rng.choice(COUNTRIES) if rng.random() < 0.7 else None, mention.start, mention.end)

    kinds = ("fact", "opinion", "prediction")
    claims = []
    for quote in quotes:
        if quote.speaker and rng.random() < 0.5:
            speaker = quote.speaker
            claims.append(Claim(f"c{len(claims) + 1}", quote.text, quote.start, quote.end, "quoted",
                                Source(speaker.entity, speaker.name, speaker.start, speaker.end), rng.choice(kinds),
                                round(rng.random(), 3), quote=quote.id))
    for sentence in rng.sample(sentences, min(len(sentences), rng.randint(1, 5))):
        attributed = bool(actors) and rng.random() < 0.6
        claims.append(Claim(f"c{len(claims) + 1}", sentence.text, sentence.start, sentence.end,
                            "attributed" if attributed else "unattributed", source(rng.choice(actors)) if attributed else None,
                            rng.choice(kinds), round(rng.random(), 3)))
    events = []
    for sentence in rng.sample(sentences, min(len(sentences), rng.randint(0, 3))):
        words = list(re.finditer(r"[a-z]{4,}", sentence.text))
        if not words or len(actors) < 2:
            continue
        word = rng.choice(words)
        actor, target = rng.sample(actors, 2)
        trigger = Span(sentence.start + word.start(), sentence.start + word.end(), word.group())
        events.append(Event(f"v{len(events) + 1}", rng.choice(PLOVER_TYPES), trigger, party(actor), party(target), None, None, None,
                            sentence, confidence=round(rng.uniform(0.4, 1.0), 3)))
    touched = sorted(rng.sample(sentences, min(len(sentences), rng.randint(0, 5))), key=lambda s: s.start)
    techniques = tuple(Technique(rng.choice(TECHNIQUES), s.start, s.end, s.text, round(rng.uniform(0.3, 1.0), 3)) for s in touched)
    summary = {"techniques": {"sentences": len(sentences), "sentences_with_technique": len(touched)}}
    return tuple(claims), tuple(events), techniques, summary


def grow(db: Path, size: int, paragraphs: list[dict]) -> dict:
    """Add synthetic articles to ``db`` until it holds ``size``; returns build figures."""
    from newsgraph.store import dedup, open_store
    from newsgraph.store.base import ArticleInput

    store = open_store(db)
    have = store.stats(True, "")["articles"]
    rng = random.Random(1000 + have)
    started = time.perf_counter()
    added = 0
    for number in range(have, size):
        article, analysis = synthetic_analysis(number, paragraphs, rng)
        store.add_article(ArticleInput(article, article.outlet, dedup.fingerprint(article.text)), analysis, "bench-synthetic")
        added += 1
        if added % 5000 == 0:
            print(f"   {number + 1} articles, {added / (time.perf_counter() - started):.0f} articles/s", flush=True)
    store.close()
    return {"added": added, "seconds": time.perf_counter() - started}


def copy_database(source: Path, target: Path) -> None:
    """A consistent copy of a SQLite database (the backup API, not a file copy of a WAL database)."""
    import sqlite3

    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)


# --------------------------------------------------------------------------- latency


def percentiles(samples: list[float]) -> tuple[float, float, float]:
    ordered = sorted(samples)
    p50 = statistics.median(ordered)
    p95 = ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]
    return p50 * 1000, p95 * 1000, ordered[-1] * 1000


def query_latencies(db: Path, queries: int) -> tuple[list[list], dict]:
    """p50/p95/max (ms) of each query, parameters drawn from what analysts ask about: the actors most
    present in the corpus, and words and phrases of its text."""
    from newsgraph.corpus import Corpus

    rng = random.Random(7)
    corpus = Corpus(db)
    from newsgraph.types import PLOVER_TYPES

    people = [e.name for e in corpus.entities(type="PERSON", top=200, sort="quotes")]
    actors = [e.name for e in corpus.entities(top=200)]
    text_sample = [corpus.analysis(i) for i in rng.sample(range(1, 1001), 50)]
    words = [w for a in text_sample if a for w in re.findall(r"[a-z]{5,}", a.document.text)]
    phrases = []
    for a in text_sample:
        if a:
            tokens = re.findall(r"[A-Za-z]{4,}", a.document.text)
            for _ in range(4):
                i = rng.randrange(len(tokens) - 1)
                phrases.append(f'"{tokens[i]} {tokens[i + 1]}"')
    searches = [*rng.sample(actors, min(len(actors), queries // 2)), *rng.sample(phrases, min(len(phrases), queries // 4)),
                *rng.sample(words, queries // 4)]
    checks = {
        "quotes --speaker NAME (newest 100)": (lambda name: corpus.quotes(speaker=name, limit=100), [rng.choice(people) for _ in range(queries)]),
        "dossier NAME": (lambda name: corpus.dossier(name), [rng.choice(people) for _ in range(queries)]),
        "search TEXT (best 20)": (lambda text: corpus.search(text, limit=20), searches[:queries]),
        "quotes --about NAME (newest 100)": (lambda name: corpus.quotes(about=name, limit=100), [rng.choice(actors) for _ in range(queries // 2)]),
        "quotes --outlet X --since DATE": (lambda outlet: corpus.quotes(outlet=outlet, since="2016-06", limit=100), ["nyt", "breitbart", "politico"] * 20),
        "claims --status unattributed --checkworthy 0.5 (newest 100)": (
            lambda _: corpus.claims(status="unattributed", checkworthy=0.5, limit=100), [None] * 50),
        "claims --source NAME (newest 100)": (lambda name: corpus.claims(source=name, limit=100), [rng.choice(actors) for _ in range(queries)]),
        "claims --about NAME --checkworthy 0.8 (newest 100)": (
            lambda name: corpus.claims(about=name, checkworthy=0.8, limit=100), [rng.choice(actors) for _ in range(queries // 2)]),
        "events --actor NAME (newest 100)": (lambda name: corpus.events(actor=name, limit=100), [rng.choice(actors) for _ in range(queries)]),
        "events --type TYPE --country ISO3 (newest 100)": (
            lambda pair: corpus.events(type=pair[0], country=pair[1], limit=100),
            [(rng.choice(PLOVER_TYPES), rng.choice(COUNTRIES)) for _ in range(queries // 2)]),
        "techniques --by outlet": (lambda _: corpus.techniques(by="outlet"), [None] * 10),
        "techniques --by month": (lambda _: corpus.techniques(by="month"), [None] * 10),
        "techniques --by month --outlet X --technique T": (
            lambda outlet: corpus.techniques(by="month", outlet=outlet, technique="Loaded_Language"), ["nyt", "breitbart", "politico"] * 4),
        "techniques --by outlet --threshold 0.5 (counts the spans)": (lambda _: corpus.techniques(by="outlet", threshold=0.5), [None] * 5),
        "entities --top 20": (lambda _: corpus.entities(top=20), [None] * 20),
        "stats": (lambda _: corpus.stats(), [None] * 5),
    }
    rows, extra = [], {}
    for name, (call, params) in checks.items():
        call(params[0])  # warm up
        samples, results = [], 0
        for param in params:
            started = time.perf_counter()
            found = call(param)
            samples.append(time.perf_counter() - started)
            results += len(found) if isinstance(found, list) else 1
        p50, p95, worst = percentiles(samples)
        rows.append([name, len(params), round(p50, 1), round(p95, 1), round(worst, 1), round(results / len(params), 1)])
    stats = corpus.stats()
    corpus.close()
    extra.update({k: stats[k] for k in ("articles", "quotes", "entities", "mentions", "claims", "events", "techniques", "bytes")})
    return rows, extra


# --------------------------------------------------------------------------- ingest throughput


def ingest_throughput(articles: list[dict], analyze: bool) -> dict:
    from newsgraph.corpus import Corpus

    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "articles.jsonl"
        source.write_text("".join(json.dumps({k: a[k] for k in ("text", "outlet", "published", "title")}) + "\n" for a in articles), encoding="utf-8")
        db = Path(folder) / "corpus.db"
        words = sum(len(a["text"].split()) for a in articles)
        started = time.perf_counter()
        with Corpus(db) as corpus:
            report = corpus.ingest([str(source)], analyze=analyze)
        seconds = time.perf_counter() - started
        with Corpus(db) as corpus:
            stats = corpus.stats(include_duplicates=True)
        stored = report.ingested + report.near_duplicates
        return {
            "articles": len(articles), "stored": stored, "failed": len(report.failed), "seconds": seconds,
            "articles_per_s": len(articles) / seconds, "words_per_s": words / seconds,
            "bytes_per_article": stats["bytes"] / max(1, stored), "text_bytes_per_article": sum(len(a["text"].encode()) for a in articles) / len(articles),
            "failures": [f.reason for f in report.failed[:3]],
        }


# --------------------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="10000,100000", help="Corpus sizes for the latency measurements.")
    parser.add_argument("--queries", type=int, default=200, help="Queries per latency measurement.")
    parser.add_argument("--rebuild", action="store_true", help="Build the synthetic corpora again.")
    parser.add_argument("--skip-nlp", action="store_true", help="Skip the ingest-with-NLP measurement.")
    args = parser.parse_args(argv)
    sizes = sorted(int(s) for s in args.sizes.split(","))
    command = "python -m bench.store" + "".join(
        flag for flag, given in ((f" --sizes {args.sizes}", args.sizes != "10000,100000"), (f" --queries {args.queries}", args.queries != 200),
                                 (" --rebuild", args.rebuild), (" --skip-nlp", args.skip_nlp)) if given
    )

    sections = [stamp(command)]
    dev, train = polnear_articles("dev"), polnear_articles("train")

    throughput_rows = []
    runs = [("without NLP (`--no-analyze`)", train, False)] + ([] if args.skip_nlp else [("with NLP (full pipeline)", dev, True)])
    for label, articles, analyze in runs:
        print(f"== ingest {label}: {len(articles)} PolNeAR articles", flush=True)
        result = ingest_throughput(articles, analyze)
        print(f"   {result}", flush=True)
        throughput_rows.append([
            label, result["articles"], result["stored"], result["failed"], round(result["articles_per_s"], 1),
            round(result["words_per_s"]), round(result["bytes_per_article"]), round(result["text_bytes_per_article"]),
        ])
    sections.append(
        "### Ingest\n\nOne process, PolNeAR articles in one JSONL file, each article committed in its own transaction. "
        "Bytes per article = database file (with its WAL) / stored articles, next to the size of the article text itself.\n\n"
        + table(["ingest", "articles", "stored", "failed", "articles/s", "words/s", "bytes/article", "text bytes/article"], throughput_rows)
    )

    print("== NER over PolNeAR texts for the synthetic corpora", flush=True)
    paragraphs = paragraphs_with_records(train + dev)
    OUT.mkdir(parents=True, exist_ok=True)
    latency_rows, scale_rows = [], []
    smaller: Path | None = None
    for size in sizes:
        db = OUT / f"store_bench_{size}.db"
        if args.rebuild:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{db}{suffix}").unlink(missing_ok=True)
        if not db.exists() and smaller is not None:
            copy_database(smaller, db)  # grow the next size from the previous one
        print(f"== growing the synthetic corpus to {size} articles", flush=True)
        build = grow(db, size, paragraphs)
        smaller = db
        rows, extra = query_latencies(db, args.queries)
        for row in rows:
            latency_rows.append([f"{size:,}", *row])
            print(f"   {size}: {row}", flush=True)
        scale_rows.append([
            f"{size:,}", extra["articles"], extra["quotes"], extra["entities"], extra["mentions"], extra["claims"], extra["events"],
            extra["techniques"],
            round(extra["bytes"] / extra["articles"]), round(build["added"] / build["seconds"], 1) if build["added"] else "(reused)",
        ])
    sections.append(
        "### Synthetic corpora for query latency\n\nArticles mix 6-12 paragraphs of different PolNeAR articles; their records are "
        "synthetic (spaCy NER entities, quotes from quotation marks; claims, events and technique spans drawn at random over "
        "the sentences and entities) and go through the real store code - entity resolution, "
        "counts, near-duplicate check, FTS. No NLP pipeline runs on them, so these figures say nothing about analysis quality.\n\n"
        + table(["articles", "stored", "quotes", "entities", "mentions", "claims", "events", "technique spans", "bytes/article",
                 "build articles/s"], scale_rows)
    )
    sections.append(
        "### Query latency (ms, Python API, warm cache)\n\nNames are drawn from the 200 persons quoted most (quotes, dossier) or the 200 "
        "most present entities (about, search); searches mix those names, two-word phrases and single words from the texts. "
        "Claims and events by actor draw from the 200 most present entities; technique counts aggregate the whole corpus (or one "
        "outlet's technique per month) from the counts kept per day and outlet, except with a score threshold, which counts the "
        "spans themselves. Target: p95 <= 50 ms at 100k articles for quotes by speaker, dossier and search.\n\n"
        + table(["corpus", "query", "runs", "p50", "p95", "max", "results/query"], latency_rows)
    )
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    sections.insert(1, f"The machine is shared: load average {load} (1, 5, 15 min) when the run ended; latencies include that contention.")
    write_section("store", "## Corpus store\n\n" + "\n\n".join(sections))


if __name__ == "__main__":
    main()
