"""Bad input never loses what is stored: each problem gets a clear reason, the other inputs go on.

Real files, the real CLI and a real SQLite database. Every test starts from a corpus holding one
article and checks, at the end, that it is still there and the database is intact.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import sqlite3
import subprocess
import tempfile
from pathlib import Path

import pytest

from newsgraph.corpus import Corpus
from newsgraph.errors import StoreError
from newsgraph.store.schema import SCHEMA_VERSION

from .conftest import CLI, run_cli

KEPT = "Dock workers at Port Arlen walked out on Tuesday, halting grain shipments from the country's largest harbour.\n"
GOOD = "Transport Minister Aurelio Brandt urged both sides to return to talks, saying arbitration was on the table.\n"


def _ingest(db: Path, *paths) -> dict:
    """Ingest through the API (the CLI is exercised where its messages and exit codes are the point)."""
    with Corpus(db) as corpus:
        return corpus.ingest(paths, analyze=False).to_dict()


def _texts(db: Path) -> list[str]:
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return [r[0] for r in conn.execute("SELECT text FROM articles ORDER BY id")]
    finally:
        conn.close()


@pytest.fixture()
def corpus(tmp_path) -> Path:
    kept = tmp_path / "kept.txt"
    kept.write_text(KEPT, encoding="utf-8")
    db = tmp_path / "corpus.db"
    assert _ingest(db, kept)["ingested"] == 1
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    return db


def _report(result: subprocess.CompletedProcess) -> dict:
    assert b"Traceback" not in result.stderr
    return json.loads(result.stdout)


def _reason(report: dict, fragment: str) -> str:
    reasons = [f["reason"] for f in report["failed"] if fragment in f["source"]]
    assert len(reasons) == 1, report["failed"]
    return reasons[0]


def test_an_undecodable_file_is_reported_and_the_others_stored(corpus, tmp_path):
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("Caf\u00e9 owners in M\u00e1laga protested on Monday.".encode("latin-1"))
    report = _ingest(corpus, bad, tmp_path / "good.txt")
    assert "cannot decode" in _reason(report, "latin1.txt") and "--encoding" in _reason(report, "latin1.txt")
    assert report["ingested"] == 1
    assert _texts(corpus) == [KEPT, GOOD]


def _as_unprivileged(args: list[str], cwd: Path) -> subprocess.CompletedProcess:
    """Run the CLI where file permissions apply: as ``nobody`` when the tests run as root."""
    command = [str(CLI), *args]
    if os.geteuid() == 0:
        if not shutil.which("setpriv"):
            pytest.skip("running as root and setpriv is not available to drop privileges")
        command = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", *command]
    return subprocess.run(command, capture_output=True, cwd=cwd, env={**os.environ, "HOME": str(cwd)}, timeout=600)


@pytest.fixture()
def open_folder():
    """A folder outside pytest's private tmp dir, so an unprivileged user can reach it."""
    folder = Path(tempfile.mkdtemp(prefix="newsgraph-test-"))
    folder.chmod(0o777)
    yield folder
    for path in [folder, *folder.rglob("*")]:
        path.chmod(0o777 if path.is_dir() else 0o666)
    shutil.rmtree(folder)


def test_a_file_without_read_permission_is_reported(open_folder):
    db = open_folder / "corpus.db"
    (open_folder / "secret.txt").write_text(GOOD, encoding="utf-8")
    (open_folder / "secret.txt").chmod(0)
    (open_folder / "kept.txt").write_text(KEPT, encoding="utf-8")
    (open_folder / "kept.txt").chmod(0o644)
    result = _as_unprivileged(["ingest", "secret.txt", "kept.txt", "--db", str(db), "--no-analyze", "--format", "json"], open_folder)
    report = _report(result)
    assert result.returncode == 1
    assert "permission denied" in _reason(report, "secret.txt")
    assert _texts(db) == [KEPT]


def test_html_with_no_main_text_is_reported(corpus, tmp_path):
    page = tmp_path / "menu.html"
    page.write_text("<html><head><title>Menu</title></head><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav></body></html>", encoding="utf-8")
    report = _ingest(corpus, page, tmp_path / "good.txt")
    assert "no main text" in _reason(report, "menu.html")
    assert _texts(corpus) == [KEPT, GOOD]


def test_a_malformed_jsonl_line_is_named_and_the_other_lines_are_stored(corpus, tmp_path):
    lines = tmp_path / "feed.jsonl"
    lines.write_text(
        json.dumps({"text": "Grain traders said prices rose by four percent within hours of the walkout.", "url": "https://www.meridian.test/grain"}) + "\n"
        + '{"text": "this line is cut off\n'
        + json.dumps({"text": "The port authority said forty vessels were waiting offshore.", "outlet": "Coastal Times", "published": "2026-05-02"}) + "\n",
        encoding="utf-8",
    )
    report = _ingest(corpus, lines)
    assert report["ingested"] == 2
    (failure,) = report["failed"]
    assert failure["source"].endswith("feed.jsonl#2") and "feed.jsonl:2" in failure["reason"]
    conn = sqlite3.connect(corpus)
    outlets = [r[0] for r in conn.execute("SELECT outlet FROM articles ORDER BY id")]
    conn.close()
    assert outlets == [None, "meridian.test", "Coastal Times"]


def _warc(path: Path, stories: int) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    for number in range(stories):
        body = " ".join(f"Story {number}, paragraph {p}: the harbour strike entered day {number + p} with no talks scheduled." for p in range(8))
        html = f"<html><head><title>Strike day {number}</title></head><body><article><h1>Strike day {number}</h1><p>{body}</p></article></body></html>"
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(f"https://harbour.test/day{number}", "response", payload=io.BytesIO(html.encode()), http_headers=headers))
    data = buffer.getvalue()
    path.write_bytes(data)
    return data


def test_a_truncated_warc_keeps_the_records_before_the_damage(corpus, tmp_path):
    data = _warc(tmp_path / "full.warc.gz", 4)
    truncated = tmp_path / "cut.warc.gz"
    truncated.write_bytes(data[: int(len(data) * 0.6)])
    report = _ingest(corpus, truncated, tmp_path / "good.txt")
    assert "truncated" in _reason(report, "cut.warc.gz")
    texts = _texts(corpus)
    assert texts[0] == KEPT and GOOD in texts and 2 <= len(texts) - 1 <= 4
    # The whole archive afterwards: what was stored is already present, the rest is added.
    again = _ingest(corpus, tmp_path / "full.warc.gz")
    assert again["already_present"] + again["ingested"] + again["near_duplicates"] == 4 and again["already_present"] >= 1


def test_an_empty_feed_is_reported(corpus, tmp_path):
    feed = tmp_path / "empty.rss"
    feed.write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour news</title></channel></rss>', encoding="utf-8")
    report = _ingest(corpus, feed, tmp_path / "good.txt")
    assert "no entries" in _reason(report, "empty.rss")
    assert _texts(corpus) == [KEPT, GOOD]


def test_an_empty_text_file_is_reported(corpus, tmp_path):
    (tmp_path / "blank.txt").write_text("  \n\n", encoding="utf-8")
    report = _ingest(corpus, tmp_path / "blank.txt", tmp_path / "good.txt")
    assert "empty" in _reason(report, "blank.txt")
    assert _texts(corpus) == [KEPT, GOOD]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_database_in_a_read_only_folder_is_refused_clearly_and_left_intact(open_folder):
    db = open_folder / "corpus.db"
    (open_folder / "kept.txt").write_text(KEPT, encoding="utf-8")
    (open_folder / "good.txt").write_text(GOOD, encoding="utf-8")
    assert _ingest(db, open_folder / "kept.txt")["ingested"] == 1
    before = _digest(db)
    for path in open_folder.iterdir():
        path.chmod(0o444)
    open_folder.chmod(0o555)
    result = _as_unprivileged(["ingest", "good.txt", "--db", str(db), "--no-analyze"], open_folder)
    lines = result.stderr.decode().strip().splitlines()
    assert result.returncode == 3 and len(lines) == 1 and "Traceback" not in result.stderr.decode()
    assert "read-only" in lines[0] or "not writable" in lines[0]
    # A new database there cannot be created either.
    result = _as_unprivileged(["ingest", "good.txt", "--db", str(open_folder / "new.db"), "--no-analyze"], open_folder)
    assert result.returncode == 3 and "not writable" in result.stderr.decode()
    # Reading still works, and nothing changed.
    result = _as_unprivileged(["stats", "--db", str(db), "--format", "json"], open_folder)
    assert result.returncode == 0, result.stderr.decode()
    assert json.loads(result.stdout)["articles"] == 1
    assert _digest(db) == before


def test_a_database_from_a_newer_newsgraph_is_refused_and_untouched(corpus, tmp_path):
    conn = sqlite3.connect(corpus)
    conn.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(SCHEMA_VERSION + 1),))
    conn.commit()
    conn.close()
    before = _digest(corpus)
    for args in (["ingest", str(tmp_path / "good.txt"), "--no-analyze"], ["quotes"]):
        result = run_cli(*args, "--db", str(corpus))
        message = result.stderr.decode().strip()
        assert result.returncode == 3, message
        assert len(message.splitlines()) == 1 and "newer newsgraph" in message and "Traceback" not in message
    with pytest.raises(StoreError, match="newer newsgraph"):
        Corpus(corpus).reanalyze()
    assert _digest(corpus) == before


def test_files_that_are_not_a_corpus_are_refused_and_untouched(tmp_path):
    notes = tmp_path / "notes.db"
    notes.write_text("these are my notes, not a database\n", encoding="utf-8")
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.commit()
    conn.close()
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    result = run_cli("ingest", str(tmp_path / "good.txt"), "--db", str(notes), "--no-analyze")
    assert result.returncode == 3 and "not a newsgraph database" in result.stderr.decode()
    for path, fragment in ((notes, "not a newsgraph database"), (other, "not a newsgraph corpus"),
                           (tmp_path, "is a directory"), (tmp_path / "missing" / "corpus.db", "does not exist")):
        before = _digest(path) if path.is_file() else None
        with pytest.raises(StoreError, match=fragment):
            _ingest(path, tmp_path / "good.txt")
        with pytest.raises(StoreError):
            Corpus(path).stats()
        if before:
            assert _digest(path) == before


def test_stdin_jsonl_with_a_bad_line(corpus):
    data = (
        json.dumps({"text": "Exporters warned that cargo contracts worth several hundred million dollars were at risk."}) + "\n"
        + "not json at all\n"
    )
    result = run_cli("ingest", "-", "--db", str(corpus), "--no-analyze", "--format", "json", input=data)
    report = _report(result)
    assert report["ingested"] == 1 and report["failed"][0]["source"] == "-#2"
    assert len(_texts(corpus)) == 2




def test_an_older_corpus_in_a_read_only_folder_is_refused_clearly_and_left_intact(open_folder):
    """A schema-1 corpus must be upgraded before this version can read it; where it cannot be written,
    the refusal says so. Permissions are real: the CLI runs as ``nobody`` (root would bypass them)."""
    db = open_folder / "corpus.db"
    shutil.copy(Path(__file__).parent / "fixtures" / "corpus_v1.db", db)
    db.chmod(0o444)
    open_folder.chmod(0o555)
    before = _digest(db)
    result = _as_unprivileged(["claims", "--db", str(db), "--format", "json"], open_folder)
    message = result.stderr.decode().strip()
    assert result.returncode == 3 and len(message.splitlines()) == 1 and "Traceback" not in message, message
    assert "corpus schema 1 is older" in message and "open it once where it is writable" in message
    assert _digest(db) == before


def test_a_database_path_under_a_regular_file_is_refused_clearly(corpus, tmp_path):
    """A place no process can create a database in, root included (permission bits do not stop root):
    a path whose 'folder' is a regular file."""
    not_a_folder = tmp_path / "good.txt"
    before = _digest(not_a_folder)
    for args, reason in ((["ingest", str(not_a_folder), "--no-analyze"], "is a file, not a folder"), (["stats"], "no corpus here")):
        result = run_cli(*args, "--db", str(not_a_folder / "corpus.db"))
        message = result.stderr.decode().strip()
        assert result.returncode == 3 and len(message.splitlines()) == 1 and "Traceback" not in message, message
        assert message.startswith(f"newsgraph: error: {not_a_folder / 'corpus.db'}: ") and reason in message
    assert _digest(not_a_folder) == before
