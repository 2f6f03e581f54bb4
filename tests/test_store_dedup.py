"""Exact duplicates are stored once; near-duplicates (wire copies) are linked to their original and not counted."""

from __future__ import annotations

import sqlite3

from newsgraph.corpus import Corpus
from newsgraph.store import dedup

from .store_support import add, assert_counts_consistent, build

WIRE = """Harbour strike halts grain exports from Port Arlen

PORT ARLEN, May 2 (Meridian Wire) - Dock workers at Port Arlen walked out on Tuesday, halting grain shipments from the country's largest harbour for the first time in eleven years.

"We have waited three years for a contract and we will not wait any longer," union leader Marta Kessel told reporters outside the main terminal.

The port authority said about 40 vessels were waiting offshore and that losses could reach $12 million a day. Transport Minister Aurelio Brandt called the strike "irresponsible" and urged both sides to return to talks.

Grain traders said prices on the regional exchange rose by four percent within hours of the walkout. The harbour handles roughly a third of the country's agricultural exports, according to the national statistics office.

Kessel said the union would keep its pickets in place until the government agreed to independent arbitration. Brandt said arbitration was "on the table" but gave no date.

The last strike at Port Arlen, in 2015, lasted nine days and ended with a two-year wage agreement.
"""

# The same wire story as a regional paper printed it: new headline, American spelling, last paragraph cut.
COPY = (
    WIRE.replace("Harbour strike halts grain exports from Port Arlen", "Port Arlen dock strike stops grain shipments")
    .replace("harbour", "harbor")
    .replace("Harbour", "Harbor")
    .replace("\nThe last strike at Port Arlen, in 2015, lasted nine days and ended with a two-year wage agreement.\n", "")
)

# Another article on the same story, written independently: same actors, different text.
FOLLOW_UP = """Port Arlen talks collapse as strike enters second day

PORT ARLEN, May 3 (Coastal Times) - Negotiations between the dock workers' union and the port authority broke down on Wednesday evening after six hours, both sides said.

Union leader Marta Kessel accused the authority of "bargaining in bad faith" and said the walkout would continue through the weekend. The authority said its offer of a six percent raise remained open.

Transport Minister Aurelio Brandt, who had urged a return to talks, said he would meet both sides on Friday. Exporters warned that cargo contracts worth several hundred million dollars were at risk.
"""


def _analysis(text, source, outlet_date):
    return build(
        text,
        [("PERSON", "Marta Kessel", ["Marta Kessel", "Kessel"]), ("PERSON", "Aurelio Brandt", ["Aurelio Brandt", "Brandt"]),
         ("GPE", "Port Arlen", ["Port Arlen", "PORT ARLEN"])],
        [(q, "Marta Kessel") for q in ('"We have waited three years for a contract and we will not wait any longer,"',) if q in text],
        source=source,
        published=outlet_date,
    )


def test_the_copy_is_a_near_duplicate_and_the_follow_up_is_not():
    original, copy, other = (dedup.fingerprint(t) for t in (WIRE, COPY, FOLLOW_UP))
    assert dedup.jaccard(original.shingles, copy.shingles) >= dedup.NEAR_DUPLICATE_THRESHOLD
    assert set(original.band_keys) & set(copy.band_keys)
    assert dedup.jaccard(original.shingles, other.shingles) < 0.1


def test_exact_same_text_is_stored_once(tmp_path):
    db = tmp_path / "corpus.db"
    assert add(db, _analysis(WIRE, "wire.txt", "2026-05-02"), outlet="Meridian Wire") == "ingested"
    assert add(db, _analysis(WIRE, "again/wire.txt", "2026-05-02"), outlet="Meridian Wire") == "already_present"
    with Corpus(db) as corpus:
        assert corpus.stats()["articles"] == 1
        assert len(corpus.quotes()) == 1
        assert corpus.article(1).source == "wire.txt"


def test_same_text_twice_in_one_ingest_is_stored_once(tmp_path):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(WIRE, encoding="utf-8")
    with Corpus(tmp_path / "corpus.db") as corpus:
        report = corpus.ingest([tmp_path / "a.txt", tmp_path / "b.txt"], analyze=False)
        assert (report.ingested, report.already_present) == (1, 1)
        again = corpus.ingest([tmp_path / "a.txt"], analyze=False)
        assert (again.ingested, again.already_present) == (0, 1)


def test_near_duplicate_is_linked_and_not_new_evidence(tmp_path):
    db = tmp_path / "corpus.db"
    add(db, _analysis(WIRE, "wire.txt", "2026-05-02"), outlet="Meridian Wire")
    assert add(db, _analysis(COPY, "regional.txt", "2026-05-02"), outlet="Valley Courier") == "near_duplicate"
    add(db, _analysis(FOLLOW_UP, "coastal.txt", "2026-05-03"), outlet="Coastal Times")
    with Corpus(db) as corpus:
        copy = corpus.article(2)
        assert copy.duplicate_of == 1 and copy.similarity >= dedup.NEAR_DUPLICATE_THRESHOLD
        assert corpus.article(3).duplicate_of is None
        stats = corpus.stats()
        assert (stats["articles"], stats["near_duplicates"], stats["outlets"]) == (2, 1, 2)
        assert corpus.stats(include_duplicates=True)["articles"] == 3
        kessel = corpus.find_entities("Marta Kessel")[0]
        assert (kessel.articles, kessel.outlets, kessel.quotes) == (2, 2, 1)
        assert [q.article.id for q in corpus.quotes(speaker="Kessel")] == [1]
        with_copies = corpus.quotes(speaker="Kessel", include_duplicates=True)
        assert sorted((q.article.id, q.article.source, q.article.outlet, q.article.near_duplicate) for q in with_copies) == [
            (1, "wire.txt", "Meridian Wire", False), (2, "regional.txt", "Valley Courier", True)]
        assert [h.article.id for h in corpus.search("grain exports")] == [1]
        hits = corpus.search("grain", include_duplicates=True)
        assert sorted((h.article.id, h.article.near_duplicate) for h in hits) == [(1, False), (2, True)]
        quote_hits = corpus.search("contract", scope="quotes", include_duplicates=True)
        assert sorted((h.article.id, h.article.near_duplicate) for h in quote_hits) == [(1, False), (2, True)]
    assert_counts_consistent(db)


def test_near_duplicates_are_found_across_runs(tmp_path):
    db = tmp_path / "corpus.db"
    (tmp_path / "wire.txt").write_text(WIRE, encoding="utf-8")
    (tmp_path / "copy.txt").write_text(COPY, encoding="utf-8")
    with Corpus(db) as corpus:
        assert corpus.ingest([tmp_path / "wire.txt"], analyze=False).ingested == 1
    with Corpus(db) as corpus:
        report = corpus.ingest([tmp_path / "copy.txt"], analyze=False)
        assert (report.ingested, report.near_duplicates) == (0, 1)
        assert corpus.article(2).duplicate_of == 1
    conn = sqlite3.connect(db)
    # Only originals carry band keys: a copy of a copy still links to the original.
    assert conn.execute("SELECT COUNT(DISTINCT article_id) FROM minhash_bands").fetchone()[0] == 1
    conn.close()


def test_short_briefs_are_never_near_duplicates(tmp_path):
    first = tmp_path / "first.txt"
    second = tmp_path / "second.txt"
    first.write_text("Port Arlen strike ends.", encoding="utf-8")
    second.write_text("Port Arlen strike ends today.", encoding="utf-8")
    with Corpus(tmp_path / "corpus.db") as corpus:
        report = corpus.ingest([first, second], analyze=False)
    assert (report.ingested, report.near_duplicates) == (2, 0)
