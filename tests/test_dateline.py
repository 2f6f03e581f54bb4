"""Wire-style datelines in plain-text articles give the publication date (and the author)."""

from __future__ import annotations

import pytest

from newsgraph.ingest.text import dateline, read_text_article


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Headline\n\nVILNIUS, March 14, 2026 — By Jane Doe, Baltic Herald\n\nBody.", ("2026-03-14", "Jane Doe", "Baltic Herald")),
        ("Headline\n\nMINSK, Belarus, 14 March 2026 (Continental Press) — By Katya Orlova\n\nBody.", ("2026-03-14", "Katya Orlova", "Continental Press")),
        ("HARBOR CITY, Sept. 3, 2025 - The council met.", ("2025-09-03", None, None)),
        ("LONDON, May 2, 2024 — By Tom Hale and Ana Ruiz, The Daily Ledger (updated)", ("2024-05-02", "Tom Hale and Ana Ruiz", "The Daily Ledger")),
        ("NORTHFIELD, March 12, 2026 — By Sam Okonkwo, Health Correspondent, Northfield Tribune", ("2026-03-12", "Sam Okonkwo", "Northfield Tribune")),
        ("LAGOS, 2 June 2025 — By Ada Eze, Staff Writer", ("2025-06-02", "Ada Eze", None)),
        ("Headline\n\nBOGOTÁ, December 1, 2026 (The Magdalena Courier) — By Camila Restrepo\n\nBody.", ("2026-12-01", "Camila Restrepo", "The Magdalena Courier")),
        # A date in the body is not a dateline: the place in capitals must lead the line.
        ("Headline\n\nThe meeting on March 14, 2026 was long.", (None, None, None)),
        # No such day: no date rather than a wrong one.
        ("WASHINGTON, Feb. 30, 2024 — By Ann Lee\n\nBody.", (None, "Ann Lee", None)),
        ("Just a sentence without any dateline at all.", (None, None, None)),
    ],
)
def test_dateline(text, expected):
    assert dateline(text) == expected


def test_text_article_takes_its_date_from_the_dateline(tmp_path):
    path = tmp_path / "a.txt"
    text = "Poland sends troops\n\nWARSAW, March 15, 2026 - By Piotr Sadowski, Vistula Post\n\nPoland said on Friday it would send troops.\n"
    path.write_text(text, encoding="utf-8")
    article = read_text_article(str(path))
    assert article.text == text
    assert (article.title, article.published, article.author, article.outlet) == (
        "Poland sends troops", "2026-03-15", "Piotr Sadowski", "Vistula Post"
    )
