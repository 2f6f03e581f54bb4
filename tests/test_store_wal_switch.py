"""Switching a new corpus file to WAL mode while another process opens it (newsgraph.store.sqlite._switch_to_wal)."""

from __future__ import annotations

import sqlite3

import pytest

from newsgraph.store import sqlite as store_sqlite


class _Answer:
    def __init__(self, value):
        self.value = value

    def fetchone(self):
        return (self.value,)


class _FlakyConnection:
    """Answers "database is locked" a given number of times, as SQLite can at once when another
    process has the new file open, then switches."""

    def __init__(self, failures: int, message: str = "database is locked"):
        self.failures, self.message, self.calls = failures, message, 0

    def execute(self, statement):
        assert statement == "PRAGMA journal_mode = WAL"
        self.calls += 1
        if self.calls <= self.failures:
            raise sqlite3.OperationalError(self.message)
        return _Answer("wal")


def test_a_momentary_lock_is_waited_out():
    conn = _FlakyConnection(failures=3)
    assert store_sqlite._switch_to_wal(conn) == "wal"
    assert conn.calls == 4


def test_other_errors_and_a_lock_that_outlasts_the_timeout_are_raised(monkeypatch):
    with pytest.raises(sqlite3.OperationalError, match="disk I/O"):
        store_sqlite._switch_to_wal(_FlakyConnection(failures=1, message="disk I/O error"))
    monkeypatch.setattr(store_sqlite, "BUSY_TIMEOUT_S", 0.2)
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        store_sqlite._switch_to_wal(_FlakyConnection(failures=10_000))


def test_a_real_file_is_switched(tmp_path):
    conn = sqlite3.connect(tmp_path / "corpus.db", isolation_level=None)
    try:
        assert store_sqlite._switch_to_wal(conn) == "wal"
    finally:
        conn.close()
