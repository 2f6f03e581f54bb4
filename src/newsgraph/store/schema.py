"""The SQLite corpus schema and its migrations.

``MIGRATIONS[n]`` takes a database from schema version ``n - 1`` to ``n``; the version lives in the
``meta`` table (``schema_version``), so a database written by a newer newsgraph is recognised and
refused before anything is touched. A migration runs in one transaction: it happens completely or
not at all, and two processes opening an old database at once migrate it once.

Layout (see docs/corpus.md for the full description):

- ``articles``: the text exactly as analysed, the original input (``raw``, zlib-compressed), where it
  came from, the pipeline version that analysed it, and the original it near-duplicates.
- per-article records, one table each, with the same fields as the ``types`` records (nested parts
  as JSON in ``data``): ``article_entities`` + ``mentions``, ``quotes``, ``times``, ``claims``,
  ``events``, ``techniques``. Article-local entity ids (``e1``) are kept; ``entity_id`` columns hold
  the corpus entity. A record's ``text`` that is exactly ``article.text[start:end]`` (as the
  ``newsgraph/1`` contract says it is) is not stored twice: the column is NULL, the JSON key null,
  and reading fills it back from the article text.
- corpus entities: ``entities`` (with counters kept up to date at ingest), ``entity_keys`` (what
  resolution matches on), ``entity_names`` (aliases and roles seen, with article counts),
  ``entity_outlets``, ``entity_months`` (timeline), ``entity_articles`` (co-mentions), and
  ``quote_about`` (quotes whose content mentions an entity).
- ``minhash_bands``: LSH band keys of original articles, for near-duplicate detection across runs.
- ``articles_fts``, ``quotes_fts``: FTS5 indexes over article title and text, and quote text.
"""

from __future__ import annotations

SCHEMA_VERSION = 1
APPLICATION = "newsgraph-corpus"

TOKENIZER = "porter unicode61 remove_diacritics 2"

_V1 = [
    """CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    )""",
    """CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        content_hash TEXT NOT NULL UNIQUE,
        doc_id TEXT NOT NULL,
        source TEXT NOT NULL,
        title TEXT,
        published TEXT,
        url TEXT,
        outlet TEXT,
        author TEXT,
        text TEXT NOT NULL,
        raw BLOB,
        raw_format TEXT NOT NULL,
        duplicate_of INTEGER REFERENCES articles(id),
        similarity REAL,
        pipeline_version TEXT,
        pipeline TEXT,
        summary TEXT,
        warnings TEXT,
        ingested_at TEXT NOT NULL,
        analyzed_at TEXT
    )""",
    "CREATE INDEX articles_published ON articles(published)",
    "CREATE INDEX articles_outlet ON articles(outlet COLLATE NOCASE, published)",
    "CREATE INDEX articles_duplicate_of ON articles(duplicate_of) WHERE duplicate_of IS NOT NULL",
    "CREATE INDEX articles_pipeline ON articles(pipeline_version)",
    """CREATE TABLE minhash_bands (
        key INTEGER NOT NULL,
        article_id INTEGER NOT NULL REFERENCES articles(id),
        PRIMARY KEY (key, article_id)
    ) WITHOUT ROWID""",
    """CREATE TABLE entities (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        type TEXT NOT NULL,
        initials TEXT NOT NULL DEFAULT '',
        pinned INTEGER NOT NULL DEFAULT 0,
        articles INTEGER NOT NULL DEFAULT 0,
        mentions INTEGER NOT NULL DEFAULT 0,
        quotes INTEGER NOT NULL DEFAULT 0,
        about INTEGER NOT NULL DEFAULT 0,
        outlets INTEGER NOT NULL DEFAULT 0
    )""",
    "CREATE INDEX entities_rank ON entities(articles DESC)",
    "CREATE INDEX entities_type_rank ON entities(type, articles DESC)",
    """CREATE TABLE entity_keys (
        kind TEXT NOT NULL,
        key TEXT NOT NULL,
        entity_id INTEGER NOT NULL REFERENCES entities(id),
        PRIMARY KEY (kind, key, entity_id)
    ) WITHOUT ROWID""",
    "CREATE INDEX entity_keys_entity ON entity_keys(entity_id)",
    """CREATE TABLE entity_names (
        entity_id INTEGER NOT NULL REFERENCES entities(id),
        kind TEXT NOT NULL,
        name TEXT NOT NULL,
        articles INTEGER NOT NULL,
        PRIMARY KEY (entity_id, kind, name)
    ) WITHOUT ROWID""",
    """CREATE TABLE entity_outlets (
        entity_id INTEGER NOT NULL REFERENCES entities(id),
        outlet TEXT NOT NULL,
        articles INTEGER NOT NULL,
        PRIMARY KEY (entity_id, outlet)
    ) WITHOUT ROWID""",
    """CREATE TABLE entity_articles (
        entity_id INTEGER NOT NULL REFERENCES entities(id),
        published TEXT NOT NULL,
        article_id INTEGER NOT NULL REFERENCES articles(id),
        PRIMARY KEY (entity_id, published, article_id)
    ) WITHOUT ROWID""",
    "CREATE INDEX entity_articles_article ON entity_articles(article_id)",
    """CREATE TABLE entity_months (
        entity_id INTEGER NOT NULL REFERENCES entities(id),
        month TEXT NOT NULL,
        articles INTEGER NOT NULL,
        PRIMARY KEY (entity_id, month)
    ) WITHOUT ROWID""",
    """CREATE TABLE article_entities (
        article_id INTEGER NOT NULL REFERENCES articles(id),
        local_id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        name TEXT NOT NULL,
        type TEXT NOT NULL,
        key TEXT NOT NULL,
        entity_id INTEGER NOT NULL REFERENCES entities(id),
        PRIMARY KEY (article_id, local_id)
    ) WITHOUT ROWID""",
    "CREATE INDEX article_entities_entity ON article_entities(entity_id)",
    "CREATE INDEX article_entities_key ON article_entities(key)",
    """CREATE TABLE mentions (
        article_id INTEGER NOT NULL REFERENCES articles(id),
        seq INTEGER NOT NULL,
        local_id TEXT NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        text TEXT,
        PRIMARY KEY (article_id, seq)
    ) WITHOUT ROWID""",
    """CREATE TABLE quotes (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id),
        local_id TEXT NOT NULL,
        text TEXT NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        kind TEXT NOT NULL,
        speaker_entity_id INTEGER REFERENCES entities(id),
        speaker_name TEXT,
        confidence REAL NOT NULL,
        published TEXT NOT NULL,
        outlet TEXT,
        evidence INTEGER NOT NULL,
        data TEXT NOT NULL
    )""",
    "CREATE INDEX quotes_article ON quotes(article_id, start)",
    "CREATE INDEX quotes_speaker ON quotes(speaker_entity_id, published) WHERE speaker_entity_id IS NOT NULL",
    "CREATE INDEX quotes_published ON quotes(published)",
    "CREATE INDEX quotes_outlet ON quotes(outlet COLLATE NOCASE, published)",
    """CREATE TABLE quote_about (
        entity_id INTEGER NOT NULL REFERENCES entities(id),
        published TEXT NOT NULL,
        quote_id INTEGER NOT NULL REFERENCES quotes(id),
        PRIMARY KEY (entity_id, published, quote_id)
    ) WITHOUT ROWID""",
    "CREATE INDEX quote_about_quote ON quote_about(quote_id)",
    """CREATE TABLE times (
        article_id INTEGER NOT NULL REFERENCES articles(id),
        seq INTEGER NOT NULL,
        local_id TEXT NOT NULL,
        text TEXT,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        value TEXT,
        end_value TEXT,
        granularity TEXT,
        type TEXT NOT NULL,
        PRIMARY KEY (article_id, seq)
    ) WITHOUT ROWID""",
    """CREATE TABLE claims (
        article_id INTEGER NOT NULL REFERENCES articles(id),
        seq INTEGER NOT NULL,
        local_id TEXT NOT NULL,
        text TEXT,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        status TEXT NOT NULL,
        kind TEXT NOT NULL,
        checkworthy REAL NOT NULL,
        source_entity_id INTEGER REFERENCES entities(id),
        quote_local_id TEXT,
        data TEXT NOT NULL,
        PRIMARY KEY (article_id, seq)
    ) WITHOUT ROWID""",
    """CREATE TABLE events (
        article_id INTEGER NOT NULL REFERENCES articles(id),
        seq INTEGER NOT NULL,
        local_id TEXT NOT NULL,
        type TEXT NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        actor_entity_id INTEGER REFERENCES entities(id),
        target_entity_id INTEGER REFERENCES entities(id),
        confidence REAL NOT NULL,
        data TEXT NOT NULL,
        PRIMARY KEY (article_id, seq)
    ) WITHOUT ROWID""",
    """CREATE TABLE techniques (
        article_id INTEGER NOT NULL REFERENCES articles(id),
        seq INTEGER NOT NULL,
        technique TEXT NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        text TEXT,
        score REAL NOT NULL,
        PRIMARY KEY (article_id, seq)
    ) WITHOUT ROWID""",
    f"""CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, text, content='articles', content_rowid='id', tokenize='{TOKENIZER}'
    )""",
    f"""CREATE VIRTUAL TABLE quotes_fts USING fts5(
        text, content='quotes', content_rowid='id', tokenize='{TOKENIZER}'
    )""",
    # The FTS indexes follow their content tables through triggers, inside the same transaction.
    """CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
    END""",
    """CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
    END""",
    """CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
        INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text);
    END""",
    """CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
        INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
    END""",
]

# MIGRATIONS[n]: statements taking schema version n-1 to n.
MIGRATIONS: dict[int, list[str]] = {1: _V1}
