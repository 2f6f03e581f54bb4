"""The ingest readers on real files of every format, good and bad: ``newsgraph.ingest.read_articles``.

Fixtures that are plain text (HTML pages, feeds) live in tests/fixtures/ingest/; binary inputs
(WARC archives, gzip files, legacy encodings) are written by the tests themselves.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import random
import shutil
import sys
import types

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsgraph.errors import InputError
from newsgraph.ingest import ReadFailure, articles_for_analysis, input_format, read_articles
from newsgraph.ingest.dates import DateError, normalize_date
from newsgraph.types import Article

from .conftest import REPO, SAMPLES, run_cli

FIXTURES = REPO / "tests" / "fixtures" / "ingest"
SAMPLE = SAMPLES / "baltic-herald-2026-03-14-minsk-joint-command.txt"

PARAGRAPHS = [
    "Poland will deploy 5,000 additional soldiers to its border with Belarus by the end of April, the defence minister said on Sunday.",
    "\u201cWe are not going to be surprised,\u201d he told reporters in Warsaw. \u201cWhatever is built in Belarus, we will be ready for it.\u201d",
    "The deployment will cost around 1.2 billion zlotys this year, according to the defence ministry.",
]


def page(title: str = "Poland sends troops to Belarus border", head: str = "", paragraphs=PARAGRAPHS) -> str:
    """A small news page with navigation and a footer around the article."""
    body = "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
    return (
        f"<!DOCTYPE html><html><head>{head}<title>{title}</title></head><body>"
        '<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>'
        f"<article><h1>{title}</h1>{body}</article>"
        "<footer><a href='/privacy'>Privacy policy</a> \u00a9 2026 Vistula Post</footer></body></html>"
    )


def read(*paths, encoding=None) -> list[Article | ReadFailure]:
    return list(read_articles([str(path) for path in paths], encoding=encoding))


def articles(items) -> list[Article]:
    return [item for item in items if isinstance(item, Article)]


def failures(items) -> list[ReadFailure]:
    return [item for item in items if isinstance(item, ReadFailure)]


# --------------------------------------------------------------------------- plain text


def test_text_file_is_kept_exactly_and_its_headline_is_the_title():
    (article,) = read(SAMPLE)
    assert article.text == SAMPLE.read_text(encoding="utf-8")
    assert article.title == "Russia and Belarus agree to put their western forces under one command"
    assert article.source == str(SAMPLE) and article.raw_format == "text" and article.raw is None


@pytest.mark.parametrize(
    "content, title",
    [
        ("Headline here\r\n\r\nBody paragraph one.\r\n", "Headline here"),
        ("\ufeffHeadline with a BOM\n\nBody.\n", "Headline with a BOM"),
        ("A first sentence that runs straight on\ninto the second line without a blank.\n", None),
        ("Only one line of text.\n", None),
        (("word " * 40).strip() + "\n\nBody.\n", None),  # too long for a headline
    ],
)
def test_text_title_only_from_a_short_first_line_followed_by_a_blank_line(tmp_path, content, title):
    path = tmp_path / "article.txt"
    path.write_bytes(content.encode("utf-8"))
    (article,) = read(path)
    assert article.title == title
    assert article.text == content.removeprefix("\ufeff")  # the BOM is the one thing decoding drops


def test_text_undecodable_bytes_fail_clearly_unless_an_encoding_is_given(tmp_path):
    path = tmp_path / "legacy.txt"
    path.write_bytes("\u201cNo comment,\u201d the spokesman said.\n".encode("cp1252"))
    (failure,) = read(path)
    assert isinstance(failure, ReadFailure)
    assert "cannot decode as utf-8" in failure.reason and "0x93" in failure.reason and "\n" not in failure.reason
    (article,) = read(path, encoding="cp1252")
    assert article.text.startswith("\u201cNo comment,\u201d")


def test_text_empty_missing_and_unknown_encoding(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n\n ", encoding="utf-8")
    results = read(empty, tmp_path / "missing.txt")
    assert [type(r) for r in results] == [ReadFailure, ReadFailure]
    assert "empty text" in results[0].reason and "no such file" in results[1].reason
    (unknown,) = read(SAMPLE, encoding="no-such-codec")
    assert isinstance(unknown, ReadFailure) and "unknown encoding" in unknown.reason


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_permission_denied_is_a_failure(tmp_path):
    path = tmp_path / "locked.txt"
    path.write_text("Headline\n\nBody.\n", encoding="utf-8")
    path.chmod(0)
    try:
        (failure,) = read(path)
    finally:
        path.chmod(0o644)
    assert isinstance(failure, ReadFailure) and "permission denied" in failure.reason


def test_permission_denied_is_a_failure_for_every_format(tmp_path, monkeypatch):
    """The same one-line failure when the operating system refuses to open a file (simulated, as tests may run as root)."""
    paths = []
    for name in ("a.txt", "b.html", "c.jsonl", "d.warc.gz", "e.rss"):
        path = tmp_path / name
        path.write_bytes(b"x")
        paths.append(path)
    real_open = open

    def refuse(file, *args, **kwargs):
        if str(file).startswith(str(tmp_path)):
            raise PermissionError(13, "Permission denied")
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr("builtins.open", refuse)
    monkeypatch.setattr("pathlib.Path.read_bytes", lambda self: refuse(self))
    results = read(*paths)
    assert len(results) == 5 and all(isinstance(r, ReadFailure) and "permission denied" in r.reason for r in results), results


# --------------------------------------------------------------------------- HTML


def test_html_page_gives_main_text_and_metadata():
    path = FIXTURES / "herald-article.html"
    (article,) = read(path)
    assert article.title == "Vilnius orders new air-defence radars after Minsk treaty"
    assert article.author == "Eglė Marcinkutė"
    assert article.published == "2026-03-17"
    assert article.outlet == "Baltic Herald"
    assert article.url == "https://www.baltic-herald.example/politics/2026/03/17/vilnius-orders-radars"
    assert article.raw == path.read_text(encoding="utf-8") and article.raw_format == "html"
    assert "Lithuania will buy six long-range air-defence radars" in article.text
    assert "\u201cNobody disputes that we need radars,\u201d said Laima Petrauskienė" in article.text
    for boilerplate in ("Privacy policy", "Read more", "Subscribe", "All rights reserved"):
        assert boilerplate not in article.text
    assert "\n\n" in article.text and "\n\n\n" not in article.text  # paragraphs, separated by blank lines


@pytest.mark.parametrize(
    "declaration",
    [
        '<meta charset="windows-1252">',
        '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">',  # read as windows-1252, as browsers do
    ],
)
def test_html_declared_charset_is_respected(tmp_path, declaration):
    path = tmp_path / "legacy.htm"
    path.write_bytes(page(head=declaration).encode("cp1252"))
    (article,) = read(path)
    assert isinstance(article, Article), article
    assert "\u201cWe are not going to be surprised,\u201d he told reporters" in article.text


def test_html_undeclared_legacy_bytes_fail_unless_an_encoding_is_given(tmp_path):
    path = tmp_path / "legacy.html"
    path.write_bytes(page().encode("cp1252"))
    (failure,) = read(path)
    assert isinstance(failure, ReadFailure) and "cannot decode as utf-8" in failure.reason and "--encoding" in failure.reason
    (article,) = read(path, encoding="cp1252")
    assert "\u201cWe are not going to be surprised" in article.text


def test_html_without_main_text_is_a_failure():
    (failure,) = read(FIXTURES / "signin-page.html")
    assert isinstance(failure, ReadFailure) and failure.reason.endswith("no main text")


@pytest.mark.parametrize("content", ["", "   \n", "<html><body></body></html>", "\x00\x01\x02 binary junk <<<>>>"])
def test_html_empty_or_junk_is_a_failure(tmp_path, content):
    path = tmp_path / "junk.html"
    path.write_text(content, encoding="utf-8")
    (failure,) = read(path)
    assert isinstance(failure, ReadFailure)


def test_html_outlet_falls_back_to_the_domain_and_the_date_to_the_url(tmp_path):
    canonical = '<link rel="canonical" href="https://www.vistula-post.example/world/2026/03/15/border-troops">'
    path = tmp_path / "border.html"
    path.write_text(page(head=canonical), encoding="utf-8")
    (article,) = read(path)
    assert article.outlet == "vistula-post.example"
    assert article.published == "2026-03-15"


def test_html_date_is_not_guessed_from_dates_in_the_text(tmp_path):
    """A year the article mentions is not its publication date: a wrong date would shift every relative date."""
    path = tmp_path / "undated.html"
    path.write_text(page(paragraphs=PARAGRAPHS + ["Russian troops crossed Belarusian territory in February 2022."]), encoding="utf-8")
    (article,) = read(path)
    assert article.published is None


# --------------------------------------------------------------------------- JSON Lines


def test_jsonl_reads_every_good_line_and_names_each_bad_one(tmp_path):
    path = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"text": "Headline\n\n" + PARAGRAPHS[0], "title": "Poland sends troops", "url": "https://www.vistula-post.example/a", "date": "2026-03-15T09:30:00+01:00", "author": "Piotr Sadowski"}),
        '{"text": "unterminated',
        json.dumps(["not", "an", "object"]),
        "",
        json.dumps({"html": page(), "url": "https://www.vistula-post.example/world/2026/03/15/b", "source": "Vistula Post"}),
        json.dumps({"title": "no body"}),
        json.dumps({"text": PARAGRAPHS[2], "published": "yesterday"}),
        json.dumps({"text": PARAGRAPHS[2], "title": 42}),
        json.dumps({"text": "   "}),
        json.dumps({"text": PARAGRAPHS[1], "published": "Sun, 15 Mar 2026 22:10:00 -0500", "source": {"id": "vp", "name": "Vistula Post"}}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    results = read(path)
    assert [r.source for r in results] == [f"{path}#{n}" for n in (1, 2, 3, 5, 6, 7, 8, 9, 10)]

    first = results[0]
    assert isinstance(first, Article)
    assert first.text == "Headline\n\n" + PARAGRAPHS[0]  # kept exactly, headline included
    assert (first.title, first.published, first.url, first.outlet, first.author) == (
        "Poland sends troops", "2026-03-15", "https://www.vistula-post.example/a", "vistula-post.example", "Piotr Sadowski")
    assert first.raw_format == "jsonl"

    assert results[1].reason.startswith(f"{path}:2: invalid JSON (")
    assert results[2].reason == f"{path}:3: expected a JSON object, got a list"
    html_article = results[3]
    assert isinstance(html_article, Article) and html_article.outlet == "Vistula Post"
    assert html_article.title == "Poland sends troops to Belarus border" and html_article.published == "2026-03-15"
    assert html_article.raw == json.loads(lines[4])["html"] and "Privacy policy" not in html_article.text
    assert results[4].reason == f'{path}:6: no "text" or "html" field'
    assert results[5].reason.startswith(f"{path}:7: field 'published': invalid date 'yesterday'")
    assert results[6].reason == f"{path}:8: field 'title' must be a string, not a number"
    assert results[7].reason == f"{path}:9: empty text, nothing to analyse"
    last = results[8]
    assert last.published == "2026-03-15" and last.outlet == "Vistula Post"  # the outlet's own day, not UTC's


def test_jsonl_undecodable_line_fails_alone(tmp_path):
    path = tmp_path / "mixed.jsonl"
    good = json.dumps({"text": PARAGRAPHS[0]}).encode("utf-8")
    bad = '{"text": "\u201cquoted\u201d"}'.encode("cp1252")
    path.write_bytes(good + b"\n" + bad + b"\n" + good + b"\n")
    results = read(path)
    assert [type(r) for r in results] == [Article, ReadFailure, Article]
    assert results[1].reason.startswith(f"{path}:2: cannot decode as utf-8 (invalid byte 0x93")


def test_jsonl_is_streamed_line_by_line(monkeypatch):
    """The first article is yielded before the rest of the input is even read."""

    class OneLineThenStop:
        def __init__(self):
            self.lines = iter([json.dumps({"text": PARAGRAPHS[0]}).encode() + b"\n"])

        def __iter__(self):
            return self

        def __next__(self):
            try:
                return next(self.lines)
            except StopIteration:
                raise AssertionError("read past the first line before the first article was used") from None

    monkeypatch.setattr(sys, "stdin", types.SimpleNamespace(buffer=OneLineThenStop()))
    first = next(read_articles(["-"]))
    assert isinstance(first, Article) and first.text == PARAGRAPHS[0] and first.source == "-#1"


def test_jsonl_on_standard_input_and_only_once(monkeypatch):
    data = (json.dumps({"text": PARAGRAPHS[0]}) + "\n" + "{broken\n").encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    results = list(read_articles(["-", "-"]))
    assert isinstance(results[0], Article) and results[0].source == "-#1"
    assert results[1].reason.startswith("-:2: invalid JSON")
    assert results[2].reason == "standard input (-) can be read only once"


def test_gzipped_jsonl_and_its_truncation(tmp_path):
    path = tmp_path / "batch.jsonl.gz"
    rows = [json.dumps({"text": f"{PARAGRAPHS[0]} Item {n}.", "published": "2026-03-15"}) for n in range(200)]
    data = gzip.compress(("\n".join(rows) + "\n").encode())
    path.write_bytes(data)
    assert len(articles(read(path))) == 200
    path.write_bytes(data[: len(data) // 2])
    results = read(path)
    assert 0 < len(articles(results)) < 200
    assert isinstance(results[-1], ReadFailure) and "truncated or damaged compressed data" in results[-1].reason


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2026-03-14", "2026-03-14"),
        ("2026-03-14T23:30:00-05:00", "2026-03-14"),
        ("2026-03-14T10:00:00Z", "2026-03-14"),
        ("2026-03-14 10:00:00", "2026-03-14"),
        ("20260314", "2026-03-14"),
        ("2026/03/14", "2026-03-14"),
        ("Sat, 14 Mar 2026 10:00:00 GMT", "2026-03-14"),
        ("14 March 2026", "2026-03-14"),
        ("March 14, 2026", "2026-03-14"),
        ("Saturday, March 14, 2026, 9:00 AM", "2026-03-14"),
        ("14/03/2026", "2026-03-14"),
        (1773446400, "2026-03-14"),
        (1773446400000, "2026-03-14"),
    ],
)
def test_dates_are_normalised(value, expected):
    assert normalize_date(value) == expected


@pytest.mark.parametrize("value", ["", "yesterday", "2026-02-30", "03/04/2026", "2026-03", 12, True, ["2026-03-14"], "14 Foo 2026"])
def test_bad_dates_fail_with_a_message(value):
    with pytest.raises(DateError) as error:
        normalize_date(value)
    assert "date" in str(error.value) and "\n" not in str(error.value)


# --------------------------------------------------------------------------- WARC


def warc_record(writer: WARCWriter, url: str, body: bytes, content_type: str = "text/html; charset=utf-8", status: str = "200 OK", record_type: str = "response"):
    http = StatusAndHeaders(status, [("Content-Type", content_type), ("Content-Length", str(len(body)))], protocol="HTTP/1.1")
    return writer.create_warc_record(url, record_type, payload=io.BytesIO(body), http_headers=http)


def write_warc(path, gzip_records: bool = True, pages: int = 2) -> None:
    """A small crawl: warcinfo, requests, HTML pages, a 404, an image, a redirect, a legacy-encoded page."""
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=gzip_records)
        writer.write_record(writer.create_warcinfo_record(os.path.basename(path), {"software": "newsgraph tests"}))
        for n in range(pages):
            url = f"https://www.vistula-post.example/world/2026/03/15/story-{n}"
            writer.write_record(writer.create_warc_record(url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n"), warc_content_type="application/http; msgtype=request"))
            writer.write_record(warc_record(writer, url, page(title=f"Border story {n}").encode()))
        writer.write_record(warc_record(writer, "https://www.vistula-post.example/gone", page(title="Not found").encode(), status="404 Not Found"))
        writer.write_record(warc_record(writer, "https://www.vistula-post.example/logo.png", b"\x89PNG\r\n\x1a\n", content_type="image/png"))
        writer.write_record(warc_record(writer, "https://vistula-post.example/", b"", content_type="text/html", status="301 Moved Permanently"))
        legacy = page(title="Zloty story").encode("cp1252")
        writer.write_record(warc_record(writer, "https://www.vistula-post.example/world/legacy", legacy, content_type="text/html; charset=windows-1252"))


@pytest.mark.parametrize("name, compressed", [("crawl.warc.gz", True), ("crawl.warc", False)])
def test_warc_html_responses_become_articles(tmp_path, name, compressed):
    path = tmp_path / name
    write_warc(path, gzip_records=compressed)
    results = read(path)
    assert all(isinstance(r, Article) for r in results), failures(results)
    assert [a.title for a in results] == ["Border story 0", "Border story 1", "Zloty story"]
    first = results[0]
    assert first.url == "https://www.vistula-post.example/world/2026/03/15/story-0"
    assert first.outlet == "vistula-post.example" and first.published == "2026-03-15"
    assert first.raw_format == "warc" and first.raw.startswith("<!DOCTYPE html>")
    assert first.source.startswith(f"{path}#") and "Privacy policy" not in first.text
    assert "\u201cWe are not going to be surprised,\u201d" in results[2].text  # charset from the HTTP header


def test_truncated_warc_keeps_the_records_before_the_damage(tmp_path):
    path = tmp_path / "cut.warc.gz"
    write_warc(path, pages=6)
    data = path.read_bytes()
    for cut in (len(data) - 40, len(data) * 2 // 3):
        path.write_bytes(data[:cut])
        results = read(path)
        assert articles(results), cut
        assert all(isinstance(r, Article) for r in results[:-1])
        assert isinstance(results[-1], ReadFailure) and "truncated or damaged archive" in results[-1].reason


def test_truncated_uncompressed_warc_is_reported(tmp_path):
    path = tmp_path / "cut.warc"
    write_warc(path, gzip_records=False, pages=3)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - 100])
    results = read(path)
    assert len(articles(results)) >= 3 and "truncated or damaged archive" in results[-1].reason


@pytest.mark.parametrize("content, reason", [(b"", "no WARC records"), (b"this is not an archive\n" * 20, "not a readable WARC file"), (b"\x1f\x8b\x08\x00garbage", "not a readable WARC file")])
def test_not_a_warc_is_a_failure(tmp_path, content, reason):
    path = tmp_path / "broken.warc.gz"
    path.write_bytes(content)
    (failure,) = read(path)
    assert isinstance(failure, ReadFailure) and reason in failure.reason


# --------------------------------------------------------------------------- feeds


def test_rss_feed_with_full_content():
    path = FIXTURES / "herald-rss.xml"
    results = read(path)
    first, second, third = results
    assert first.title == "Baltic ministers agree joint radar purchase" and first.author == "Eglė Marcinkutė"
    assert first.url == "https://www.baltic-herald.example/politics/2026/03/19/radar-purchase"
    assert first.outlet == "Baltic Herald \u2013 Politics" and first.published == "2026-03-19"
    assert first.text.startswith("The defence ministers of Lithuania, Latvia and Estonia agreed on Thursday")
    assert "\n\n\u201cBuying together is buying faster,\u201d" in first.text and "trackView" not in first.text
    assert first.raw.startswith("<p>The defence ministers") and first.raw_format == "feed"
    # Only a summary: still an article; dated on the outlet's day (01:30 +02:00 is the 19th in UTC).
    assert second.text.startswith("Around 30,000 Russian soldiers") and second.published == "2026-03-20"
    assert isinstance(third, ReadFailure) and third.reason == f"{path}#3: entry has no text"


def test_atom_feed_with_html_content():
    (entry,) = read(FIXTURES / "tribune-atom.atom")
    assert entry.title == "Flu hospital admissions hit ten-year high" and entry.author == "Sam Okonkwo"
    assert entry.published == "2026-03-12" and entry.outlet == "Northfield Tribune: Health"
    assert entry.text == (
        "Hospital admissions for influenza reached their highest level in a decade this winter, "
        "according to a report published on Thursday.\n\nAbout a third of those patients were over 75."
    )


def test_empty_feed_and_xml_that_is_not_a_feed():
    empty, not_feed = read(FIXTURES / "empty-feed.rss", FIXTURES / "sitemap.xml")
    assert empty.reason.endswith("feed has no entries") and not empty.skipped
    assert not_feed.reason.endswith("not an RSS or Atom feed") and not not_feed.skipped


def test_feed_with_a_declared_legacy_encoding_and_an_override(tmp_path):
    rss = (
        '<?xml version="1.0" encoding="windows-1252"?><rss version="2.0"><channel><title>Vistula Post</title>'
        f"<item><title>Troops</title><description>&lt;p&gt;{PARAGRAPHS[1]}&lt;/p&gt;</description></item></channel></rss>"
    )
    path = tmp_path / "legacy.rss"
    path.write_bytes(rss.encode("cp1252"))
    (entry,) = read(path)
    assert entry.text == PARAGRAPHS[1]
    undeclared = tmp_path / "undeclared.rss"
    undeclared.write_bytes(rss.replace(' encoding="windows-1252"', "").encode("cp1252"))
    (entry,) = read(undeclared, encoding="cp1252")
    assert entry.text == PARAGRAPHS[1]
    (failure,) = read(undeclared, encoding="ascii")
    assert isinstance(failure, ReadFailure) and "cannot decode as ascii" in failure.reason


# --------------------------------------------------------------------------- directories, sniffing, order


def test_directory_is_read_recursively_in_sorted_order(tmp_path):
    root = tmp_path / "corpus"
    (root / "b-sub").mkdir(parents=True)
    (root / ".git").mkdir()
    (root / ".git" / "HEAD.txt").write_text("ref: refs/heads/main\n\nhidden\n")
    (root / ".draft.txt").write_text("Hidden draft\n\nNot for reading.\n")
    shutil.copy(SAMPLE, root / "a-article.txt")
    shutil.copy(FIXTURES / "herald-article.html", root / "b-sub" / "page.html")
    shutil.copy(FIXTURES / "tribune-atom.atom", root / "b-sub" / "health.atom")
    (root / "b-sub" / "batch.jsonl").write_text(json.dumps({"text": PARAGRAPHS[0]}) + "\n")
    (root / "c-report.pdf").write_bytes(b"%PDF-1.7")
    shutil.copy(FIXTURES / "sitemap.xml", root / "d-sitemap.xml")
    os.symlink(root, root / "b-sub" / "loop")  # must not be followed round and round

    results = read(root)
    assert [r.source for r in results] == [
        str(root / "a-article.txt"),
        str(root / "b-sub" / "batch.jsonl") + "#1",
        str(root / "b-sub" / "health.atom") + "#1",
        str(root / "b-sub" / "page.html"),
        str(root / "c-report.pdf"),
        str(root / "d-sitemap.xml"),
    ]
    assert [type(r) for r in results] == [Article, Article, Article, Article, ReadFailure, ReadFailure]
    assert results[4].skipped and "not a known article format (.pdf)" in results[4].reason
    assert results[5].skipped and "not an RSS or Atom feed" in results[5].reason


def test_inputs_are_read_in_the_order_given(tmp_path):
    order = [FIXTURES / "tribune-atom.atom", tmp_path / "missing.html", SAMPLE, FIXTURES / "herald-article.html"]
    results = read(*order)
    assert [r.source for r in results] == [f"{order[0]}#1", str(order[1]), str(order[2]), str(order[3])]
    assert isinstance(results[1], ReadFailure) and "no such file" in results[1].reason


def test_files_without_a_known_extension_are_sniffed_when_named(tmp_path):
    feed = tmp_path / "latest"
    shutil.copy(FIXTURES / "tribune-atom.atom", feed)
    html = tmp_path / "story.php"
    shutil.copy(FIXTURES / "herald-article.html", html)
    archive = tmp_path / "capture.bin"
    write_warc(archive, pages=1)
    text = tmp_path / "notes.md"
    text.write_text("Notes on the summit\n\nThe treaty was signed on Friday.\n")
    results = read(feed, html, archive, text)
    assert [r.raw_format for r in results] == ["feed", "html", "warc", "warc", "text"]
    assert input_format("x.WARC.GZ") == "warc" and input_format("x.jsonl.gz") == "jsonl" and input_format(".txt") is None


@pytest.mark.parametrize("name", ["x.txt", "x.html", "x.jsonl", "x.jsonl.gz", "x.warc", "x.warc.gz", "x.rss", "x.atom", "x.xml", "x.dat"])
def test_random_bytes_never_raise(tmp_path, name):
    """Whatever the bytes, every reader answers with articles or failures, never an exception."""
    generator = random.Random(name)
    for size in (1, 17, 300, 5000):
        path = tmp_path / name
        prefixes = [b"", b"\x1f\x8b\x08\x00", b"WARC/1.0\r\n", b"<?xml version='1.0'?><rss version='2.0'><channel><item><title>", b'{"text": "']
        path.write_bytes(generator.choice(prefixes) + bytes(generator.randrange(256) for _ in range(size)))
        results = read(path)
        assert all(isinstance(r, (Article, ReadFailure)) for r in results)
        assert all("\n" not in r.reason for r in failures(results))


# --------------------------------------------------------------------------- newsgraph analyze


def test_articles_for_analysis_fails_fast_on_the_first_bad_input(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"text": PARAGRAPHS[0]}) + "\n{oops\n")
    with pytest.raises(InputError, match=r"bad\.jsonl:2: invalid JSON"):
        articles_for_analysis([str(SAMPLE), str(bad)])
    with pytest.raises(InputError, match="is a directory"):
        articles_for_analysis([str(tmp_path)])
    (article,) = articles_for_analysis([str(FIXTURES / "herald-article.html")])
    assert article.published == "2026-03-17"


def test_cli_analyze_reads_html_and_jsonl(tmp_path):
    batch = tmp_path / "batch.jsonl"
    batch.write_text(
        json.dumps({"text": PARAGRAPHS[0], "title": "Troops to the border", "published": "2026-03-15"}) + "\n"
        + json.dumps({"html": page(), "url": "https://www.vistula-post.example/world/2026/03/15/b"}) + "\n"
    )
    html = FIXTURES / "herald-article.html"
    result = run_cli("analyze", str(html), str(batch), "--format", "jsonl")
    assert result.returncode == 0, result.stderr.decode()
    documents = [json.loads(line)["document"] for line in result.stdout.decode().splitlines()]
    assert [d["source"] for d in documents] == [str(html), f"{batch}#1", f"{batch}#2"]
    assert documents[0]["title"] == "Vilnius orders new air-defence radars after Minsk treaty"
    assert documents[0]["published"] == "2026-03-17"
    assert documents[1]["title"] == "Troops to the border" and documents[1]["text"] == PARAGRAPHS[0]
    assert documents[2]["published"] == "2026-03-15"


def test_cli_analyze_stops_with_one_line_on_a_bad_record(tmp_path):
    batch = tmp_path / "batch.jsonl"
    batch.write_text(json.dumps({"text": PARAGRAPHS[0]}) + "\n{not json\n")
    failed = run_cli("analyze", str(batch))
    assert failed.returncode == 2 and failed.stdout == b""
    assert failed.stderr.decode().strip() == f"newsgraph: error: {batch}:2: invalid JSON (Expecting property name enclosed in double quotes at column 2)"
