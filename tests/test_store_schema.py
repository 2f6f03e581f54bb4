"""The database itself: WAL, foreign keys, a schema version, migrations that run once and completely."""

from __future__ import annotations

import sqlite3

import pytest

from newsgraph.corpus import Corpus
from newsgraph.errors import StoreError
from newsgraph.store import open_store, schema
from newsgraph.store import sqlite as sqlite_store

from .store_support import add, full_analysis


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
