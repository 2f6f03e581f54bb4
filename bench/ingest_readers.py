"""Ingest readers: articles per second for each input format, and memory while streaming containers.

``python -m bench.ingest_readers [--scale 1.0]`` writes the ``ingest_readers`` section of
BENCHMARKS.md. The inputs are generated in a temporary directory from the sample articles
(``samples/*.txt``, written for this repository), so the benchmark needs no research data:

- HTML pages: each sample's paragraphs in a page with navigation, metadata and a footer;
- JSONL with ``text``, JSONL with ``html``, gzip-compressed JSONL;
- a gzip-compressed WARC of HTML responses, each after a request record, and one that also holds
  300 MB of (random, incompressible) images, which the reader passes over;
- RSS feeds with ``content:encoded``.

Speed is wall-clock time of one process reading everything through ``read_articles``. Memory is
the peak resident size of a fresh process streaming the JSONL and WARC inputs, at two sizes: a
streamed reader's peak stays flat however large the file.
"""

from __future__ import annotations

import argparse
import gzip
import html
import io
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import REPO, stamp, table, write_section

SAMPLES = REPO / "samples"


def sample_articles() -> list[tuple[str, list[str]]]:
    """(headline, paragraphs) of every sample article."""
    articles = []
    for path in sorted(SAMPLES.glob("*.txt")):
        blocks = [block.strip() for block in path.read_text(encoding="utf-8").split("\n\n") if block.strip()]
        articles.append((blocks[0], blocks[2:]))  # skip the dateline
    return articles


def page(headline: str, paragraphs: list[str], day: int) -> str:
    body = "".join(f"<p>{html.escape(paragraph)}</p>" for paragraph in paragraphs)
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'>"
        f"<title>{html.escape(headline)} | Bench Herald</title>"
        "<meta property='og:site_name' content='Bench Herald'>"
        f"<meta property='article:published_time' content='2026-03-{day:02d}T08:00:00+02:00'></head><body>"
        "<header><nav>" + " ".join(f"<a href='/s{n}'>Section {n}</a>" for n in range(12)) + "</nav></header>"
        f"<main><article><h1>{html.escape(headline)}</h1>{body}</article>"
        "<aside><h2>Most read</h2><ul>" + "".join(f"<li><a href='/a{n}'>Another story {n}</a></li>" for n in range(8)) + "</ul></aside></main>"
        "<footer><p>© 2026 Bench Herald</p><a href='/privacy'>Privacy</a></footer></body></html>"
    )


def build_inputs(root: Path, scale: float) -> dict[str, tuple[list[Path], int]]:
    """Write every input; returns, per format, the paths and the number of articles they hold."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    articles = sample_articles()
    count = lambda n: max(1, int(n * scale))  # noqa: E731
    inputs: dict[str, tuple[list[Path], int]] = {}

    html_dir = root / "html"
    html_dir.mkdir()
    n_html = count(300)
    for i in range(n_html):
        headline, paragraphs = articles[i % len(articles)]
        (html_dir / f"page-{i:05d}.html").write_text(page(headline, paragraphs, 1 + i % 28), encoding="utf-8")
    inputs["HTML files"] = ([html_dir], n_html)

    n_text = count(40_000)
    text_path = root / "text.jsonl"
    with open(text_path, "w", encoding="utf-8") as handle:
        for i in range(n_text):
            headline, paragraphs = articles[i % len(articles)]
            handle.write(json.dumps({"text": headline + "\n\n" + "\n\n".join(paragraphs), "title": headline, "published": f"2026-03-{1 + i % 28:02d}", "url": f"https://bench.example/a/{i}"}) + "\n")
    inputs["JSONL, text"] = ([text_path], n_text)

    gz_path = root / "text.jsonl.gz"
    with open(text_path, "rb") as source, gzip.open(gz_path, "wb", compresslevel=6) as target:
        target.write(source.read())
    inputs["JSONL, text, gzip"] = ([gz_path], n_text)

    n_html_lines = count(300)
    html_lines = root / "html.jsonl"
    with open(html_lines, "w", encoding="utf-8") as handle:
        for i in range(n_html_lines):
            headline, paragraphs = articles[i % len(articles)]
            handle.write(json.dumps({"html": page(headline, paragraphs, 1 + i % 28), "url": f"https://bench.example/h/{i}"}) + "\n")
    inputs["JSONL, html"] = ([html_lines], n_html_lines)

    def write_warc(path: Path, pages: int, media_megabytes: int = 0) -> None:
        with open(path, "wb") as handle:
            writer = WARCWriter(handle, gzip=True)
            for i in range(media_megabytes):  # incompressible 1 MB images, passed over by the reader
                image = StatusAndHeaders("200 OK", [("Content-Type", "image/jpeg")], protocol="HTTP/1.1")
                writer.write_record(writer.create_warc_record(f"https://www.bench.example/img/{i}.jpg", "response", payload=io.BytesIO(os.urandom(1_000_000)), http_headers=image))
            for i in range(pages):
                headline, paragraphs = articles[i % len(articles)]
                url = f"https://www.bench.example/2026/03/{1 + i % 28:02d}/story-{i}"
                writer.write_record(writer.create_warc_record(url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n"), warc_content_type="application/http; msgtype=request"))
                body = page(headline, paragraphs, 1 + i % 28).encode("utf-8")
                http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
                writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http))

    n_warc = count(1_000)
    write_warc(root / "crawl.warc.gz", n_warc)
    inputs["WARC, gzip"] = ([root / "crawl.warc.gz"], n_warc)
    write_warc(root / "crawl-tenth.warc.gz", max(1, n_warc // 10))
    write_warc(root / "crawl-with-media.warc.gz", max(1, n_warc // 10), media_megabytes=count(300))
    with open(text_path, encoding="utf-8") as source, open(root / "text-tenth.jsonl", "w", encoding="utf-8") as target:
        target.writelines(line for _, line in zip(range(max(1, n_text // 10)), source))

    feeds_dir = root / "feeds"
    feeds_dir.mkdir()
    n_feeds, per_feed = count(10), 50
    for f in range(n_feeds):
        items = []
        for i in range(per_feed):
            headline, paragraphs = articles[(f * per_feed + i) % len(articles)]
            content = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
            items.append(
                f"<item><title>{html.escape(headline)}</title><link>https://bench.example/f/{f}/{i}</link>"
                f"<pubDate>Sat, 14 Mar 2026 10:{i % 60:02d}:00 +0200</pubDate><content:encoded><![CDATA[{content}]]></content:encoded></item>"
            )
        (feeds_dir / f"feed-{f:03d}.rss").write_text(
            '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
            f"<channel><title>Bench Herald</title><link>https://bench.example/</link>{''.join(items)}</channel></rss>",
            encoding="utf-8",
        )
    inputs["RSS feeds"] = ([feeds_dir], n_feeds * per_feed)
    return inputs


def size_of(paths: list[Path]) -> int:
    return sum(p.stat().st_size if p.is_file() else sum(f.stat().st_size for f in p.rglob("*") if f.is_file()) for p in paths)


def read_all(paths: list[Path]) -> tuple[int, int, int]:
    """(articles, failures, words) read from ``paths``."""
    from newsgraph.ingest import ReadFailure, read_articles

    n_articles = n_failures = words = 0
    for item in read_articles([str(p) for p in paths]):
        if isinstance(item, ReadFailure):
            n_failures += 1
        else:
            n_articles += 1
            words += len(item.text.split())
    return n_articles, n_failures, words


MEMORY_PROBE = """
import resource, sys
from newsgraph.ingest import read_articles
for _ in read_articles([sys.argv[1]]):
    break
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
count = sum(1 for _ in read_articles([sys.argv[1]]))
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(count, before, after)
"""


def peak_memory(path: Path) -> tuple[float, float]:
    """(peak resident MB once the readers are loaded and warm, peak resident MB after reading all of ``path``), in a fresh process."""
    result = subprocess.run([sys.executable, "-c", MEMORY_PROBE, str(path)], capture_output=True, text=True, check=True)
    _, before, after = result.stdout.split()
    return int(before) / 1024, int(after) / 1024  # ru_maxrss is in kilobytes on Linux


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.ingest_readers", description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0, help="multiply the number of generated articles (default 1.0)")
    args = parser.parse_args(argv)
    command = "python -m bench.ingest_readers" + (f" --scale {args.scale}" if args.scale != 1.0 else "")

    read_all([SAMPLES])  # import trafilatura, lxml, warcio... before timing
    rows, memory_rows = [], []
    with tempfile.TemporaryDirectory(prefix="newsgraph-bench-ingest-") as tmp:
        inputs = build_inputs(Path(tmp), args.scale)
        for name, (paths, expected) in inputs.items():
            started, started_cpu = time.perf_counter(), time.process_time()
            n_articles, n_failures, words = read_all(paths)
            seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - started_cpu
            if n_articles != expected or n_failures:
                raise SystemExit(f"bench: {name}: read {n_articles} articles and {n_failures} failures, expected {expected} articles")
            megabytes = size_of(paths) / 1e6
            rows.append([name, n_articles, f"{megabytes:.1f}", f"{n_articles / seconds:,.0f}", f"{n_articles / cpu_seconds:,.0f}", f"{words / cpu_seconds / 1000:,.0f}", f"{1000 * cpu_seconds / n_articles:.2f}"])
            print(f"{name}: {n_articles} articles in {seconds:.1f} s", flush=True)
        for name, file_name in (("JSONL, text", "text-tenth.jsonl"), ("JSONL, text", "text.jsonl"), ("WARC, gzip", "crawl-tenth.warc.gz"), ("WARC, gzip", "crawl.warc.gz"), ("WARC, gzip, with images", "crawl-with-media.warc.gz")):
            path = Path(tmp) / file_name
            warm, peak = peak_memory(path)
            memory_rows.append([f"{name} (`{file_name}`)", f"{size_of([path]) / 1e6:.1f}", f"{warm:.0f}", f"{peak:.0f}"])
            print(f"{file_name}: peak {peak:.0f} MB", flush=True)

    markdown = "\n\n".join([
        "## Ingest readers",
        stamp(command),
        "Reading speed of `newsgraph.ingest.read_articles`, one process, on inputs generated from the sample articles "
        "(see `bench/ingest_readers.py`). Wall-clock speed depends on how busy the machine is; CPU time (the process's "
        "own) is the steadier figure. Words are whitespace-separated words of the article text produced.",
        table(["input", "articles", "MB on disk", "articles/s (wall)", "articles per CPU second", "thousand words per CPU second", "CPU ms per article"], rows),
        "Peak resident memory of a fresh process (`ru_maxrss`) streaming containers of different sizes, "
        "once the readers are loaded and have read one record (most of it is the libraries `import newsgraph` loads, "
        "spaCy included), and after reading the whole file: streaming keeps it flat, whatever the size of the file.",
        table(["input", "MB on disk", "peak MB, warm", "peak MB, whole file"], memory_rows),
    ])
    write_section("ingest_readers", markdown)


if __name__ == "__main__":
    main()
