"""The database itself: WAL, foreign keys, a schema version, migrations that run once and completely."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from newsgraph.corpus import Corpus
from newsgraph.errors import StoreError
from newsgraph.store import open_store, schema
from newsgraph.store import sqlite as sqlite_store

from .store_support import add, assert_counts_consistent, full_analysis


def test_a_new_corpus_has_its_version_wal_and_fts(tmp_path):
    db = tmp_path / "corpus.db"
    store = open_store(db)
    try:
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert store.conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 10_000
    finally:
        store.close()
    conn = sqlite3.connect(db)
    meta = dict(conn.execute("SELECT key, value FROM meta"))
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    conn.close()
    assert meta["schema_version"] == str(schema.SCHEMA_VERSION) and meta["application"] == schema.APPLICATION
    assert {"articles", "quotes", "entities", "articles_fts", "quotes_fts", "minhash_bands"} <= tables


def test_foreign_keys_are_enforced(tmp_path):
    db = tmp_path / "corpus.db"
    store = open_store(db)
    try:
        with pytest.raises(sqlite3.IntegrityError):
            store.conn.execute("INSERT INTO article_entities(article_id, local_id, seq, name, type, key, entity_id) VALUES (99, 'e1', 0, 'x', 'PERSON', 'x', 99)")
    finally:
        store.close()


def test_reopening_does_not_migrate_again(tmp_path):
    db = tmp_path / "corpus.db"
    add(db, full_analysis())
    conn = sqlite3.connect(db)
    created = conn.execute("SELECT value FROM meta WHERE key = 'created_at'").fetchone()[0]
    conn.close()
    with Corpus(db) as corpus:
        corpus.ingest([], analyze=False)
        assert corpus.stats()["articles"] == 1
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT value FROM meta WHERE key = 'created_at'").fetchone()[0] == created
    conn.close()


def test_an_older_corpus_is_migrated_keeping_its_data(tmp_path, monkeypatch):
    db = tmp_path / "corpus.db"
    add(db, full_analysis())
    step = ["CREATE TABLE article_notes (article_id INTEGER NOT NULL REFERENCES articles(id), note TEXT NOT NULL)"]
    monkeypatch.setitem(schema.MIGRATIONS, schema.SCHEMA_VERSION + 1, step)
    monkeypatch.setattr(sqlite_store, "SCHEMA_VERSION", schema.SCHEMA_VERSION + 1)
    with Corpus(db) as corpus:
        corpus.ingest([], analyze=False)
        assert corpus.analysis(1) == full_analysis()
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0] == str(schema.SCHEMA_VERSION + 1)
    assert conn.execute("SELECT COUNT(*) FROM article_notes").fetchone()[0] == 0
    conn.close()


def test_a_failing_migration_changes_nothing(tmp_path, monkeypatch):
    db = tmp_path / "corpus.db"
    add(db, full_analysis())
    step = ["CREATE TABLE half_done (x INTEGER)", "THIS IS NOT SQL"]
    monkeypatch.setitem(schema.MIGRATIONS, schema.SCHEMA_VERSION + 1, step)
    monkeypatch.setattr(sqlite_store, "SCHEMA_VERSION", schema.SCHEMA_VERSION + 1)
    with pytest.raises(StoreError, match="database error"):
        Corpus(db).ingest([], analyze=False)
    monkeypatch.undo()
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0] == str(schema.SCHEMA_VERSION)
    assert not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'half_done'").fetchone()
    conn.close()
    with Corpus(db) as corpus:
        assert corpus.analysis(1) == full_analysis()


def test_postgres_urls_are_refused_clearly(tmp_path):
    with pytest.raises(StoreError, match="PostgreSQL corpora are not supported yet"):
        open_store("postgresql://analyst:secret@db.example/news")
    with pytest.raises(StoreError) as error:
        open_store("postgresql://analyst:secret@db.example/news")
    assert "secret" not in str(error.value)
    store = open_store(f"sqlite:///{tmp_path / 'corpus.db'}")
    store.close()
    assert (tmp_path / "corpus.db").exists()


V1_CORPUS = Path(__file__).parent / "fixtures" / "corpus_v1.db"


def test_a_corpus_written_by_schema_1_is_upgraded_on_first_read(tmp_path):
    """tests/fixtures/corpus_v1.db was written by newsgraph's schema-1 store (see tests/store_v1_fixture.py)."""
    from .store_v1_fixture import analyses
    from .test_store_techniques import assert_kept_counts_match_the_spans

    db = tmp_path / "corpus.db"
    shutil.copy(V1_CORPUS, db)
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0] == "1"
    conn.close()
    with Corpus(db) as corpus:  # a query: opened for reading, upgraded first
        assert [(c.article.id, c.id) for c in corpus.claims(about="Belarus")] == [(2, "c1"), (1, "c2")]
        assert [(c.article.id, c.id) for c in corpus.claims(status="unattributed", checkworthy=0.5)] == [(1, "c2")]
        assert [e.type for e in corpus.events(country="BLR")] == ["ACCUSE", "THREATEN"]
        assert [(e.article.id, e.article.outlet, e.article.published) for e in corpus.events(actor="Belarus")] == [
            (2, "Eurasia Review", "2026-04-02"), (1, "Baltic Herald", "2026-03-14")]
        shares = {c.label: (c.spans, c.sentences, c.sentences_with_technique) for c in corpus.techniques(by="outlet")}
        assert shares == {"Baltic Herald": (2, 3, 1), "Eurasia Review": (1, 2, 1)}
        for number, (analysis, _) in enumerate(analyses(), 1):
            assert corpus.analysis(number) == analysis
        assert corpus.stats()["schema_version"] == schema.SCHEMA_VERSION
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0] == str(schema.SCHEMA_VERSION)
    conn.close()
    assert_counts_consistent(db)
    assert_kept_counts_match_the_spans(db)  # the technique counts filled in by the migration
