"""Crash safety and concurrency: ``kill -9`` mid-ingest loses nothing committed and a rerun completes the
rest; two ingest processes on one database take turns without corrupting it."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest

from .conftest import CLI, REPO
from .store_support import assert_counts_consistent

PEOPLE = ["Marta Kessel", "Aurelio Brandt", "Ines Varga", "Tomas Berg", "Lena Oduya", "Piotr Zalewski", "Hana Sato", "Omar Haddad"]
PLACES = ["Port Arlen", "Valmora", "Kestrel Bay", "Dunmore", "Ostrava Nova", "Linden"]
SENTENCES = [
    "{person} said on {day} that the talks in {place} would resume within {n} days.",
    "Dock workers in {place} rejected an offer of a {n} percent raise, according to {person}.",
    "\u201cWe will not accept less than what was promised,\u201d {person} told reporters in {place}.",
    "About {n} ships were waiting outside {place} on {day}, the port authority said.",
    "{person}, who has led the union since {year}, called the proposal an insult.",
    "Grain prices rose by {n} percent on the regional exchange after the walkout in {place}.",
    "The ministry said arbitration in {place} was possible but gave no date, {person} added.",
    "Shipping companies diverted {n} vessels from {place} to smaller harbours along the coast.",
    "In {year}, a strike in {place} lasted {n} days and ended with a two-year agreement.",
    "{person} met farmers near {place} on {day} to discuss compensation for spoiled cargo.",
    "Police said {n} people joined a march through the centre of {place} on {day}.",
    "Exporters warned that contracts worth {n} million dollars were at risk, {person} said.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def _articles(count: int, seed: int) -> list[dict]:
    """Distinct fictional articles: sentences drawn at random, with names and numbers filled in."""
    rng = random.Random(seed)
    articles = []
    for number in range(count):
        sentences = [
            rng.choice(SENTENCES).format(
                person=rng.choice(PEOPLE), place=rng.choice(PLACES), day=rng.choice(DAYS), n=rng.randint(2, 900), year=rng.randint(1990, 2025)
            )
            for _ in range(rng.randint(4, 7))
        ]
        text = f"Harbour dispute, update {number}\n\n" + "\n\n".join(sentences) + "\n"
        articles.append({"text": text, "outlet": f"Outlet {number % 7}", "published": f"2026-05-{number % 28 + 1:02d}"})
    return articles


def _write_jsonl(path: Path, articles: list[dict]) -> Path:
    path.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
    return path


def _count(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.OperationalError:  # not created yet
        return 0


def _integrity(db: Path) -> None:
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        # The full-text indexes agree with their tables.
        conn.execute("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')")
        conn.execute("INSERT INTO quotes_fts(quotes_fts) VALUES ('integrity-check')")
        texts = [r[0] for r in conn.execute("SELECT text FROM articles")]
        assert len(texts) == len(set(texts))
    finally:
        conn.close()


def _start(*args: str) -> subprocess.Popen:
    return subprocess.Popen([str(CLI), "ingest", *args, "--format", "json"], cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _kill_when(process: subprocess.Popen, db: Path, committed: int, deadline_s: float = 300) -> int:
    """SIGKILL ``process`` as soon as ``committed`` articles are in ``db``; returns how many were."""
    deadline = time.monotonic() + deadline_s
    while _count(db) < committed:
        if process.poll() is not None:
            pytest.fail(f"ingest ended before it could be killed: {process.stderr.read().decode()[-500:]}")
        if time.monotonic() > deadline:
            process.kill()
            pytest.fail(f"no {committed} articles committed within {deadline_s:.0f} s")
        time.sleep(0.05)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    assert process.returncode == -signal.SIGKILL
    return _count(db)


def _finish(process: subprocess.Popen) -> dict:
    out, err = process.communicate(timeout=900)
    assert process.returncode == 0, err.decode()[-2000:]
    return json.loads(out)


def test_sigkill_mid_ingest_loses_nothing_committed_and_a_rerun_completes(tmp_path):
    total = 4000
    source = _write_jsonl(tmp_path / "wire.jsonl", _articles(total, seed=1))
    db = tmp_path / "corpus.db"
    killed_at = _kill_when(_start(str(source), "--db", str(db), "--no-analyze"), db, committed=300)
    assert 300 <= killed_at < total, "the ingest must be killed mid-way"
    _integrity(db)
    report = _finish(_start(str(source), "--db", str(db), "--no-analyze"))
    assert report["already_present"] == killed_at
    assert report["ingested"] + report["near_duplicates"] == total - killed_at
    assert _count(db) == total
    _integrity(db)


def test_sigkill_during_analysis_then_rerun(tmp_path):
    total = 40
    source = _write_jsonl(tmp_path / "wire.jsonl", _articles(total, seed=2))
    db = tmp_path / "corpus.db"
    killed_at = _kill_when(_start(str(source), "--db", str(db), "--batch-size", "2"), db, committed=4)
    assert killed_at < total
    _integrity(db)
    assert_counts_consistent(db)
    report = _finish(_start(str(source), "--db", str(db), "--batch-size", "8"))
    assert report["already_present"] == killed_at and not report["failed"]
    assert _count(db) == total
    _integrity(db)
    assert_counts_consistent(db)


@pytest.mark.parametrize("analyze", [False, True], ids=["text-only", "analysed"])
def test_two_ingest_processes_on_one_database(tmp_path, analyze):
    articles = _articles(90 if not analyze else 24, seed=3)
    half = len(articles) // 3
    first = _write_jsonl(tmp_path / "first.jsonl", articles[: 2 * half])
    second = _write_jsonl(tmp_path / "second.jsonl", articles[half:])  # a third of the articles in both
    db = tmp_path / "corpus.db"
    flags = [] if analyze else ["--no-analyze"]
    processes = [_start(str(path), "--db", str(db), *flags) for path in (first, second)]
    reports = [_finish(p) for p in processes]
    assert sum(r["already_present"] for r in reports) == half
    assert sum(r["ingested"] + r["near_duplicates"] for r in reports) == len(articles)
    assert _count(db) == len(articles)
    _integrity(db)
    if analyze:
        assert_counts_consistent(db)
        conn = sqlite3.connect(db)
        names = [r[0] for r in conn.execute("SELECT name FROM entities WHERE type = 'PERSON'")]
        conn.close()
        # Resolution runs inside each article's transaction: one entity per person, whoever saw them first.
        assert len(names) == len(set(names))
