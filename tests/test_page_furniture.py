"""A web page's furniture around an article is not the article: a linked headline ("Read more: …") gives no event
and no claim, and a time stamp ("Published … | Updated …") is no claim (cues.NOT_ASSERTIONS, claims._is_timestamp).
The article is written for these tests (fiction), analysed through ``newsgraph.analyze``."""

from __future__ import annotations

import pytest

from newsgraph import analyze
from newsgraph.extract.claims import _is_timestamp

PAGE = """Serbia and Hungary open joint rail freight terminal

By Ilona Varga

Published 14 March 2026 | Updated 15 March 2026

SUBOTICA — Serbia signed an agreement with Hungary on Friday to build a joint rail freight terminal near the border, the Serbian transport ministry said.

Advertisement

Read more: Croatia deploys troops to border after migrant surge

The terminal will handle 40 trains a week, according to the ministry.

Share this article
"""


@pytest.fixture(scope="module")
def page():
    return analyze(PAGE, published="2026-03-15")


def test_a_linked_headline_gives_no_event(page):
    linked = PAGE.index("Read more")
    assert [e for e in page.events if e.trigger.start > linked and e.trigger.start < PAGE.index("The terminal")] == []
    assert any(e.trigger.text == "signed" for e in page.events), [(e.type, e.trigger.text) for e in page.events]


def test_furniture_and_time_stamps_are_no_claims(page):
    texts = [c.text for c in page.claims]
    assert not any("Published" in t or "Read more" in t or "Croatia" in t or "Advertisement" in t for t in texts), texts
    assert any(t.startswith("Serbia signed an agreement") for t in texts), texts


@pytest.mark.parametrize(
    "line, stamp",
    [
        ("Published 14 March 2026 | Updated 15 March 2026", True),
        ("Last updated: Mon 3 Jun 2024 14.05 BST", True),
        ("Updated on March 3, 2024 at 5:40 p.m. ET", True),
        ("Posted 3 hours ago", True),
        ("Updated figures show 40 dead.", False),
        ("Published reports say three people died on 3 March.", False),
    ],
)
def test_time_stamps(line, stamp):
    assert _is_timestamp(line) is stamp


def test_an_unknown_town_in_capitals_before_a_dash_is_a_dateline_and_no_party(page):
    from newsgraph.extract.countries import dateline

    filed = dateline(PAGE)
    assert filed is not None and filed.place == "SUBOTICA" and filed.home is None
    signed = next(e for e in page.events if e.trigger.text == "signed")
    assert (signed.actor.name, signed.actor.country) == ("Serbia", "SRB")


@pytest.mark.parametrize("heading", ["UPDATE — The ministry said on Friday that talks would resume.", "BREAKING NEWS — Troops crossed the border.", "EXCLUSIVE — Documents show the deal was signed."])
def test_a_heading_before_a_dash_is_no_dateline(heading):
    from newsgraph.extract.countries import dateline

    assert dateline(heading) is None


CAPTIONED = """Chile and Peru hold talks on border water rights

FILE PHOTO: Chilean soldiers patrol the border with Peru near Chacalluta, Chile, November 12, 2025. REUTERS/Rosa Quispe/File Photo

ARICA, Chile, March 3 (Andes Wire) - Chile and Peru held talks on Tuesday over water from the Uchusuma canal, the Chilean foreign ministry said.

- Peru has asked for a joint survey of the canal since 2019.
* Chile says the canal lies wholly on its side.
"""


def test_a_photo_caption_is_no_claim_and_a_list_item_is_claimed_without_its_bullet():
    analysis = analyze(CAPTIONED, published="2026-03-03")
    texts = [c.text for c in analysis.claims]
    assert not any("soldiers patrol" in t for t in texts), texts
    assert any(t.startswith("Peru has asked for a joint survey") for t in texts), texts
    assert not any(t.startswith(("-", "*")) for t in texts), texts
    for claim in analysis.claims:
        assert CAPTIONED[claim.start : claim.end] == claim.text


@pytest.mark.parametrize(
    "line, furniture",
    [
        ("Armenian soldiers stand guard near the border. Photograph: Karen Minasyan/Agency/Getty Images", True),
        ("Soldiers on patrol near the crossing (Photo by Ana Ruiz/AFP via Getty Images)", True),
        ("FILE PHOTO: Polish soldiers patrol the border. REUTERS/Kacper Pempel/File Photo", True),
        ("Police at the scene in Quito. AP/Maria Lopez-Garcia", True),
        ("Associated Press writer Aida Sultanova in Baku contributed to this report.", True),
        ("This article was amended on 4 March 2026 to correct the name of the province.", False),
        ("Related: Five things to know about the border dispute", True),
        ("The author is a former Lithuanian deputy foreign minister.", True),
        ("This article first appeared in the Baltic Review.", False),
        ("The views expressed are the author's own.", True),
        ("The author of the report is a former judge.", False),
        ("He showed reporters the photo: it was blurry.", False),
        ("The ministry defended its Ukraine/Moldova policy.", False),
        ("The deal was signed by the EU/Ukraine Joint Council", False),
        ("Reporters who contributed to the inquiry were thanked by the committee.", False),
    ],
)
def test_furniture_lines(line, furniture):
    from newsgraph.extract.cues import is_furniture_line

    assert is_furniture_line("Headline\n\n" + line + "\n", len("Headline\n\n")) is furniture
