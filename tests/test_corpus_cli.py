"""The corpus commands, run as a user runs them: the installed ``newsgraph`` script on real files."""

from __future__ import annotations

import csv
import io
import json

import pytest

from .conftest import run_cli
from .store_support import add, build

ARTICLES = [
    (
        "Lithuania will double its border patrols, Rimantas Vaitkus said on Friday.\n\n"
        "\u201cLukashenko is testing us every night,\u201d Vaitkus said.\n",
        "2026-03-13", "Baltic Herald", "\u201cLukashenko is testing us every night,\u201d", "Rimantas Vaitkus",
    ),
    (
        "Alexander Lukashenko dismissed the patrols.\n\n"
        "\u201cLithuania builds fences because it has nothing else to build,\u201d Lukashenko said in Minsk.\n",
        "2026-03-14", "Eurasia Review", "\u201cLithuania builds fences because it has nothing else to build,\u201d", "Alexander Lukashenko",
    ),
]
PEOPLE = [
    ("PERSON", "Rimantas Vaitkus", ["Rimantas Vaitkus", "Vaitkus"]),
    ("PERSON", "Alexander Lukashenko", ["Alexander Lukashenko", "Lukashenko"]),
    ("GPE", "Lithuania", ["Lithuania"]),
]


@pytest.fixture()
def db(tmp_path):
    path = tmp_path / "corpus.db"
    for number, (text, published, outlet, quote, speaker) in enumerate(ARTICLES, 1):
        entities = [e for e in PEOPLE if any(form in text for form in e[2])]
        add(path, build(text, entities, [(quote, speaker)], source=f"a{number}.txt", published=published), outlet=outlet)
    return path


# Every record read from the first article carries it in this one shape (``types.ArticleRef``).
ARTICLE_1 = {"id": 1, "source": "a1.txt", "title": None, "outlet": "Baltic Herald", "published": "2026-03-13", "near_duplicate": False}


def _json(result):
    assert result.returncode == 0, result.stderr.decode()
    assert b"Traceback" not in result.stderr
    return json.loads(result.stdout)


def test_queries_print_plain_json_records(db):
    quotes = _json(run_cli("quotes", "--speaker", "Vaitkus", "--db", str(db), "--format", "json"))
    assert [(q["speaker"], q["article"]) for q in quotes] == [("Rimantas Vaitkus", ARTICLE_1)]
    assert ARTICLES[0][0][quotes[0]["start"] : quotes[0]["end"]] == quotes[0]["text"]
    people = _json(run_cli("entities", "--type", "PERSON", "--top", "5", "--db", str(db), "--format", "json"))
    assert {p["name"] for p in people} == {"Rimantas Vaitkus", "Alexander Lukashenko"}
    dossier = _json(run_cli("dossier", "Lukashenko", "--db", str(db), "--format", "json"))
    assert dossier["entity"]["name"] == "Alexander Lukashenko"
    assert [q["article"] for q in dossier["quotes_about"]] == [ARTICLE_1]
    hits = _json(run_cli("search", "fences", "--db", str(db), "--format", "json"))
    assert [h["article"]["id"] for h in hits] == [2] and hits[0]["matches"][0]["text"] == "fences"
    stats = _json(run_cli("stats", "--db", str(db), "--format", "json"))
    assert (stats["articles"], stats["quotes"], stats["outlets"]) == (2, 2, 2)


def test_text_output_is_readable(db):
    result = run_cli("dossier", "Vaitkus", "--db", str(db))
    out = result.stdout.decode()
    assert result.returncode == 0
    assert "Rimantas Vaitkus" in out and "quotes by" in out and "Lukashenko is testing us every night" in out


def test_export_to_stdout_and_to_a_folder(db, tmp_path):
    result = run_cli("export", "--table", "quotes", "--format", "csv", "--db", str(db))
    rows = list(csv.DictReader(io.StringIO(result.stdout.decode())))
    assert result.returncode == 0
    assert [(r["article"], r["speaker"]) for r in rows] == [("1", "Rimantas Vaitkus"), ("2", "Alexander Lukashenko")]
    folder = tmp_path / "export"
    result = run_cli("export", "--format", "parquet", "--output", str(folder), "--db", str(db))
    assert result.returncode == 0, result.stderr.decode()
    import pyarrow.parquet as pq

    assert pq.read_table(folder / "quotes.parquet").num_rows == 2
    assert pq.read_table(folder / "articles.parquet").num_rows == 2
    assert {p.name for p in folder.iterdir()} == {f"{t}.parquet" for t in ("articles", "entities", "aliases", "quotes", "mentions", "claims", "events", "times", "techniques")}


@pytest.mark.parametrize(
    "args, code, message",
    [
        (["quotes", "--since", "yesterday"], 2, "invalid date 'yesterday'"),
        (["entities", "--sort", "fame"], 2, "sort must be one of"),
        (["dossier", "Nobody Known"], 2, "no entity named 'Nobody Known'"),
        (["export", "--table", "gossip"], 2, "unknown table 'gossip'"),
        (["export"], 2, "name one --table"),
        (["ingest"], 2, "give PATH"),
        (["search", "  "], 2, "give some words"),
    ],
)
def test_errors_are_one_line_with_an_exit_code(db, args, code, message):
    result = run_cli(*args, "--db", str(db))
    stderr = result.stderr.decode().strip()
    assert result.returncode == code, stderr
    assert len(stderr.splitlines()) == 1 and message in stderr and stderr.startswith("newsgraph: error:")


def test_a_missing_database_is_not_created_by_a_query(tmp_path):
    result = run_cli("quotes", "--db", str(tmp_path / "nothing.db"))
    assert result.returncode == 3 and "no corpus here" in result.stderr.decode()
    assert not (tmp_path / "nothing.db").exists()


def test_an_alias_file_alone_is_applied(db, tmp_path):
    aliases = tmp_path / "aliases.yaml"
    aliases.write_text("- name: Alexander Lukashenko\n  type: PERSON\n  aliases: [Aliaksandr Lukashenka]\n", encoding="utf-8")
    result = run_cli("ingest", "--aliases", str(aliases), "--db", str(db))
    assert result.returncode == 0 and "aliases applied" in result.stdout.decode()
    (entity,) = _json(run_cli("entities", "--pinned", "--db", str(db), "--format", "json"))
    assert entity["name"] == "Alexander Lukashenko" and "Aliaksandr Lukashenka" in entity["aliases"]


FICTION = {
    "minsk.txt": (
        "Putin and Lukashenko sign joint command treaty\n\n"
        "MINSK, March 14 (Continental Press) - Russian President Vladimir Putin and Belarusian leader Alexander Lukashenko "
        "signed a treaty on Friday creating a joint command for their forces in western Belarus.\n\n"
        "\u201cThe security of the Union State is indivisible,\u201d Putin said at a joint news conference.\n"
    ),
    "vilnius.html": (
        "<html><head><title>Vilnius answers Minsk</title><meta property='og:site_name' content='Baltic Herald'>"
        "<meta name='date' content='2026-03-15'></head><body><article><h1>Vilnius answers Minsk</h1>"
        "<p>Defence Minister Rimantas Vaitkus said on Saturday that Lithuania would double its border patrols after "
        "Russia and Belarus agreed to place their western forces under a single command.</p>"
        "<p>\u201cWe will not wait for the first incident,\u201d Vaitkus told reporters in Vilnius. He said about 2,000 "
        "soldiers would move closer to the border by April.</p></article></body></html>"
    ),
}


def test_ingest_with_the_real_pipeline_then_again(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    for name, content in FICTION.items():
        (folder / name).write_text(content, encoding="utf-8")
    (folder / "wire.jsonl").write_text(
        json.dumps({"text": "Polish border guards reported a quiet night along the Belarusian frontier, a spokesperson for "
                            "the guard, Anna Michalska, said on Sunday.", "url": "https://www.vistula-post.test/border", "published": "2026-03-16"}) + "\n",
        encoding="utf-8",
    )
    db = tmp_path / "corpus.db"
    report = _json(run_cli("ingest", str(folder), "--db", str(db), "--format", "json"))
    assert (report["ingested"], report["failed"]) == (3, [])
    people = {p["name"] for p in _json(run_cli("entities", "--type", "PERSON", "--top", "0", "--db", str(db), "--format", "json"))}
    assert {"Vladimir Putin", "Alexander Lukashenko", "Rimantas Vaitkus"} <= people
    again = run_cli("ingest", str(folder), "--db", str(db))
    assert again.returncode == 0 and "ingested 0 · already present 3" in again.stdout.decode()
    stats = _json(run_cli("stats", "--db", str(db), "--format", "json"))
    assert stats["outlets"] == 2 and stats["stale"] == 0 and stats["not_analyzed"] == 0


def test_reanalyze_analyses_what_was_stored_without_analysis(tmp_path):
    source = tmp_path / "minsk.txt"
    source.write_text(FICTION["minsk.txt"], encoding="utf-8")
    db = tmp_path / "corpus.db"
    assert _json(run_cli("ingest", str(source), "--no-analyze", "--db", str(db), "--format", "json"))["ingested"] == 1
    report = _json(run_cli("reanalyze", "--db", str(db), "--format", "json"))
    assert report["reanalyzed"] == 1 and report["failed"] == []
    assert "Vladimir Putin" in {p["name"] for p in _json(run_cli("entities", "--db", str(db), "--format", "json"))}


@pytest.fixture()
def records_db(tmp_path):
    """Two articles with claims, events and technique spans (see tests/store_v1_fixture.py)."""
    from .store_v1_fixture import analyses

    path = tmp_path / "records.db"
    for analysis, outlet in analyses():
        add(path, analysis, outlet=outlet)
    return path


def test_claims_events_and_techniques_print_plain_json_records(records_db):
    from .store_v1_fixture import FIRST

    db = str(records_db)
    (claim,) = _json(run_cli("claims", "--status", "unattributed", "--checkworthy", "0.5", "--db", db, "--format", "json"))
    assert (claim["id"], claim["source"]) == ("c2", None)
    assert claim["article"] == {"id": 1, "source": "vilnius.txt", "title": "Lithuania doubles border patrols", "outlet": "Baltic Herald",
                                "published": "2026-03-14", "near_duplicate": False}
    assert FIRST[claim["start"] : claim["end"]] == claim["text"]
    assert [c["id"] for c in _json(run_cli("claims", "--source", "Vaitkus", "--db", db, "--format", "json"))] == ["c1"]
    events = _json(run_cli("events", "--country", "BLR", "--type", "THREATEN", "--db", db, "--format", "json"))
    assert [(e["article"]["id"], e["actor"]["name"], e["target"]["country"]) for e in events] == [(1, "Belarus", "LTU")]
    assert events[0]["article"] == claim["article"]
    assert FIRST[events[0]["trigger"]["start"] : events[0]["trigger"]["end"]] == "threatened"
    counts = _json(run_cli("techniques", "--by", "month", "--db", db, "--format", "json"))
    assert [(c["label"], c["spans"], c["share"]) for c in counts] == [("2026-03", 2, 0.3333), ("2026-04", 1, 0.5)]
    assert counts[0]["top"][0] == {"label": "Loaded_Language", "count": 1}


def test_claims_events_and_techniques_read_well_as_text(records_db):
    db = str(records_db)
    out = run_cli("claims", "--about", "Belarus", "--db", db).stdout.decode()
    assert "Belarus threatened Lithuania" in out and "unattributed, fact, check-worthy 0.88" in out and "2 claims" in out
    out = run_cli("events", "--actor", "Belarus", "--db", db).stdout.decode()
    assert "THREATEN  Belarus #" in out and "(BLR) -> Lithuania #" in out and "trigger 'threatened'" in out and "2 events" in out
    assert out.startswith("2026-04-02  Eurasia Review  ACCUSE") and "  article 1 v1 trigger 'threatened' [" in out
    out = run_cli("claims", "--status", "unattributed", "--checkworthy", "0.5", "--db", db).stdout.decode()
    assert out.splitlines()[0].startswith("2026-03-14  Baltic Herald  (no source)  [unattributed")
    assert out.splitlines()[2].startswith("  article 1 c2 [") and out.splitlines()[2].endswith(" vilnius.txt")
    out = run_cli("techniques", "--db", db).stdout.decode()
    assert "Baltic Herald" in out and "33.3% (1/3)" in out and "not verdicts" in out
    out = run_cli("dossier", "Belarus", "--db", db).stdout.decode()
    assert "claims about Belarus (latest 2)" in out and "events with actor Belarus (latest 2)" in out
    result = run_cli("claims", "--source", "Nobody Known", "--db", db)
    assert result.returncode == 0 and "no entity named 'Nobody Known'" in result.stderr.decode() and "0 claims" in result.stdout.decode()


def test_every_listing_shows_the_article_of_a_record_the_same_way(tmp_path):
    """Quotes and search hits of a wire story and its near-duplicate copy: the article's date, outlet,
    near-duplicate mark, id and source in the same places, as text and as the ``article`` object in JSON."""
    from .test_store_dedup import COPY, WIRE, _analysis

    db = tmp_path / "wire.db"
    add(db, _analysis(WIRE, "wire.txt", "2026-05-02"), outlet="Meridian Wire")
    assert add(db, _analysis(COPY, "copy.txt", "2026-05-02"), outlet="Harbor Daily") == "near_duplicate"
    found = _json(run_cli("quotes", "--include-duplicates", "--db", str(db), "--format", "json"))
    assert sorted((q["article"]["id"], q["article"]["source"], q["article"]["near_duplicate"]) for q in found) == [
        (1, "wire.txt", False), (2, "copy.txt", True)]
    assert all(set(q) & {"outlet", "published", "title", "source", "near_duplicate"} == set() for q in found)
    hits = _json(run_cli("search", "contract", "--scope", "quotes", "--include-duplicates", "--db", str(db), "--format", "json"))
    assert sorted(h["article"]["id"] for h in hits) == [1, 2]
    assert {h["article"]["id"]: h["article"] for h in hits} == {q["article"]["id"]: q["article"] for q in found}
    for command in (["quotes"], ["search", "contract", "--scope", "quotes"]):
        lines = run_cli(*command, "--include-duplicates", "--db", str(db)).stdout.decode().splitlines()
        records = [lines[i : i + 3] for i in range(0, len(lines) - 1, 3)]
        by_source = {record[2].rsplit(" ", 1)[1]: record for record in records}
        assert sorted(by_source) == ["copy.txt", "wire.txt"], lines
        assert by_source["copy.txt"][0].startswith("2026-05-02  Harbor Daily  ") and by_source["copy.txt"][0].endswith("  (near-duplicate)")
        assert by_source["wire.txt"][0].startswith("2026-05-02  Meridian Wire  ") and "near-duplicate" not in by_source["wire.txt"][0]
        assert by_source["copy.txt"][2].startswith("  article 2 ") and by_source["wire.txt"][2].startswith("  article 1 ")


@pytest.mark.parametrize(
    "args, message",
    [
        (["claims", "--status", "rumoured"], "status must be one of"),
        (["claims", "--checkworthy", "7"], "checkworthy is a score from 0 to 1"),
        (["events", "--country", "Belarus"], "ISO 3166 alpha-3"),
        (["events", "--type", "INVADE"], "type must be one of"),
        (["techniques", "--by", "author"], "by must be one of"),
        (["techniques", "--technique", "Propaganda"], "technique must be one of"),
    ],
)
def test_bad_record_filters_are_one_line_errors(records_db, args, message):
    result = run_cli(*args, "--db", str(records_db))
    stderr = result.stderr.decode().strip()
    assert result.returncode == 2, stderr
    assert len(stderr.splitlines()) == 1 and message in stderr and stderr.startswith("newsgraph: error:")


def test_every_input_format_reaches_the_corpus_with_its_original_kept(tmp_path):
    from .test_ingest_readers import FIXTURES, write_warc

    folder = tmp_path / "inputs"
    folder.mkdir()
    (folder / "note.txt").write_text(FICTION["minsk.txt"], encoding="utf-8")
    (folder / "vilnius.html").write_text(FICTION["vilnius.html"], encoding="utf-8")
    (folder / "wire.jsonl").write_text(json.dumps({"text": "Polish border guards reported a quiet night.", "published": "2026-03-16"}) + "\n",
                                       encoding="utf-8")
    for name in ("herald-rss.xml", "tribune-atom.atom"):
        (folder / name).write_bytes((FIXTURES / name).read_bytes())
    write_warc(folder / "crawl.warc.gz")
    db = tmp_path / "corpus.db"
    result = run_cli("ingest", str(folder), "--no-analyze", "--db", str(db), "--format", "json")
    report = json.loads(result.stdout)
    # The feed's third entry has no text: reported, exit 1, everything else stored.
    assert result.returncode == 1 and [f["reason"].split(": ", 1)[1] for f in report["failed"]] == ["entry has no text"]
    stored = report["ingested"] + report["near_duplicates"]
    assert stored >= 8, report
    import sqlite3

    conn = sqlite3.connect(db)
    formats = {f for (f,) in conn.execute("SELECT DISTINCT raw_format FROM articles")}
    conn.close()
    assert formats == {"text", "html", "jsonl", "feed", "warc"}
    from newsgraph.corpus import Corpus

    with Corpus(db) as corpus:
        html = next(a for a in (corpus.article(i) for i in range(1, stored + 1)) if a.source.endswith("vilnius.html"))
        assert corpus.raw(html.id) == FICTION["vilnius.html"] and html.outlet == "Baltic Herald" and html.published == "2026-03-15"


def test_ingest_shows_a_progress_bar_on_a_terminal_and_ends_with_a_summary(tmp_path):
    """Standard error is a pseudo-terminal, as in an analyst's shell: the bar shows by default."""
    import os
    import pty
    import subprocess

    from .conftest import CLI

    folder = tmp_path / "news"
    folder.mkdir()
    for number in range(3):
        (folder / f"{number}.txt").write_text(f"Story number {number} about the border patrols near Vilnius.\n", encoding="utf-8")
    controller, terminal = pty.openpty()
    process = subprocess.Popen([str(CLI), "ingest", str(folder), "--no-analyze", "--db", str(tmp_path / "corpus.db")],
                               stdout=subprocess.PIPE, stderr=terminal, env={**os.environ, "COLUMNS": "120"})
    os.close(terminal)
    shown = b""
    while True:
        try:
            chunk = os.read(controller, 4096)
        except OSError:  # the terminal closed: the process is done
            break
        if not chunk:
            break
        shown += chunk
    stdout = process.stdout.read().decode()
    assert process.wait(timeout=120) == 0
    os.close(controller)
    assert b"ingesting" in shown and b"articles/s" in shown
    assert "ingested 3 · already present 0 · near-duplicates 0 · failed 0" in stdout
