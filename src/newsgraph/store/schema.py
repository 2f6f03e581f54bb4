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

Version 2 makes claims, events and techniques queryable across the corpus: each row carries its
article's date, outlet and ``evidence`` flag (not a near-duplicate), as quotes do, so an index answers
"newest first"; ``claim_about`` lists the entities a claim's text mentions, ``event_countries`` the
countries of an event's actor, target and location; ``articles.sentences`` and
``articles.technique_sentences`` keep the analysis' sentence counts for technique shares.

Version 3 keeps technique counts per day and outlet up to date at ingest, as entity counts are
(``technique_totals``: articles, sentences, spans; ``technique_counts``: spans and articles per
technique), so counting over a whole corpus reads a few thousand rows rather than every span.
"""

from __future__ import annotations

SCHEMA_VERSION = 3
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


def _with_article_columns(table: str) -> list[str]:
    """Add an article's date, outlet and evidence flag to a record table, filled from its article."""
    return [
        f"ALTER TABLE {table} ADD COLUMN published TEXT NOT NULL DEFAULT ''",
        f"ALTER TABLE {table} ADD COLUMN outlet TEXT",
        f"ALTER TABLE {table} ADD COLUMN evidence INTEGER NOT NULL DEFAULT 1",
        f"""UPDATE {table} SET published = COALESCE(a.published, ''), outlet = a.outlet, evidence = a.duplicate_of IS NULL
            FROM articles a WHERE a.id = {table}.article_id""",
    ]


_V2 = [
    *_with_article_columns("claims"),
    *_with_article_columns("events"),
    *_with_article_columns("techniques"),
    # Sentence counts of the analysis (its techniques summary): the denominators of technique shares.
    "ALTER TABLE articles ADD COLUMN sentences INTEGER",
    "ALTER TABLE articles ADD COLUMN technique_sentences INTEGER",
    """UPDATE articles SET sentences = json_extract(summary, '$.techniques.sentences'),
        technique_sentences = json_extract(summary, '$.techniques.sentences_with_technique')
        WHERE summary IS NOT NULL AND json_valid(summary)""",
    """CREATE TABLE claim_about (
        entity_id INTEGER NOT NULL REFERENCES entities(id),
        published TEXT NOT NULL,
        article_id INTEGER NOT NULL REFERENCES articles(id),
        seq INTEGER NOT NULL,
        PRIMARY KEY (entity_id, published, article_id, seq)
    ) WITHOUT ROWID""",
    "CREATE INDEX claim_about_claim ON claim_about(article_id, seq)",
    # The entities a stored claim's text mentions, its source apart (as the store writes them from now on).
    """INSERT OR IGNORE INTO claim_about(entity_id, published, article_id, seq)
        SELECT ae.entity_id, c.published, c.article_id, c.seq FROM claims c
        JOIN mentions m ON m.article_id = c.article_id AND m.start >= c.start AND m.end <= c.end
        JOIN article_entities ae ON ae.article_id = m.article_id AND ae.local_id = m.local_id
        WHERE ae.entity_id IS NOT COALESCE(c.source_entity_id, -1)""",
    """CREATE TABLE event_countries (
        country TEXT NOT NULL,
        published TEXT NOT NULL,
        article_id INTEGER NOT NULL REFERENCES articles(id),
        seq INTEGER NOT NULL,
        role TEXT NOT NULL,
        PRIMARY KEY (country, published, article_id, seq, role)
    ) WITHOUT ROWID""",
    "CREATE INDEX event_countries_event ON event_countries(article_id, seq)",
    *[
        f"""INSERT OR IGNORE INTO event_countries(country, published, article_id, seq, role)
            SELECT json_extract(data, '$.{role}.country'), published, article_id, seq, '{role}' FROM events
            WHERE json_extract(data, '$.{role}.country') IS NOT NULL"""
        for role in ("actor", "target", "location")
    ],
    # Every listing reads newest first through one of these; near-duplicates are filtered on the way.
    "CREATE INDEX claims_published ON claims(published)",
    "CREATE INDEX claims_status ON claims(status, published)",
    "CREATE INDEX claims_source ON claims(source_entity_id, published) WHERE source_entity_id IS NOT NULL",
    "CREATE INDEX claims_outlet ON claims(outlet COLLATE NOCASE, published)",
    "CREATE INDEX events_published ON events(published)",
    "CREATE INDEX events_type ON events(type, published)",
    "CREATE INDEX events_actor ON events(actor_entity_id, published) WHERE actor_entity_id IS NOT NULL",
    "CREATE INDEX events_target ON events(target_entity_id, published) WHERE target_entity_id IS NOT NULL",
    "CREATE INDEX events_outlet ON events(outlet COLLATE NOCASE, published)",
    # Technique counts are read from these alone (covering): no visit to the table rows.
    "CREATE INDEX techniques_published ON techniques(published, outlet, technique, score, evidence)",
    "CREATE INDEX techniques_technique ON techniques(technique, published, outlet, score, evidence)",
    """CREATE INDEX articles_sentences ON articles(published, outlet, sentences, technique_sentences, duplicate_of)
        WHERE sentences IS NOT NULL""",
]

# Per (day, outlet) of original articles: '' for an undated article or one with no outlet.
_V3 = [
    """CREATE TABLE technique_totals (
        published TEXT NOT NULL,
        outlet TEXT NOT NULL,
        articles INTEGER NOT NULL,  -- analysed articles whose analysis counted its sentences
        articles_with_technique INTEGER NOT NULL,
        sentences INTEGER NOT NULL,
        technique_sentences INTEGER NOT NULL,
        spans INTEGER NOT NULL,
        PRIMARY KEY (published, outlet)
    ) WITHOUT ROWID""",
    """CREATE TABLE technique_counts (
        published TEXT NOT NULL,
        outlet TEXT NOT NULL,
        technique TEXT NOT NULL,
        spans INTEGER NOT NULL,
        articles INTEGER NOT NULL,
        PRIMARY KEY (published, outlet, technique)
    ) WITHOUT ROWID""",
    # Covering indexes: counts by technique, and by (outlet, technique) read in order, with no sort.
    "CREATE INDEX technique_counts_technique ON technique_counts(technique, published, outlet, spans, articles)",
    "CREATE INDEX technique_counts_outlet ON technique_counts(outlet, technique, published, spans, articles)",
    """INSERT INTO technique_totals(published, outlet, articles, articles_with_technique, sentences, technique_sentences, spans)
        SELECT COALESCE(a.published, ''), COALESCE(a.outlet, ''), SUM(a.sentences IS NOT NULL),
            SUM(EXISTS (SELECT 1 FROM techniques t WHERE t.article_id = a.id)), COALESCE(SUM(a.sentences), 0),
            COALESCE(SUM(a.technique_sentences), 0), SUM((SELECT COUNT(*) FROM techniques t WHERE t.article_id = a.id))
        FROM articles a WHERE a.duplicate_of IS NULL AND a.pipeline_version IS NOT NULL GROUP BY 1, 2""",
    """INSERT INTO technique_counts(published, outlet, technique, spans, articles)
        SELECT published, COALESCE(outlet, ''), technique, COUNT(*), COUNT(DISTINCT article_id) FROM techniques
        WHERE evidence = 1 GROUP BY 1, 2, 3""",
]

# MIGRATIONS[n]: statements taking schema version n-1 to n.
MIGRATIONS: dict[int, list[str]] = {1: _V1, 2: _V2, 3: _V3}
