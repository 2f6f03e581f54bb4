"""Claims round 9 (issue 4): who stands behind an attributed claim when the text describes the
source instead of naming it again (by age, role or where its people work), and frames the parser
misreads around such descriptions.

Sentences are invented for these tests (none from an article, none from
bench/claims_dev/articles9/). The real extractors run in front of the claim extractor (entities,
quotes, times).
"""

from __future__ import annotations

import pytest

from .test_claims_continuations import claim_with
from .test_claims_sources import ATTRIBUTED, status_source

OPENING = "Mayor Dana Whitfield opened the new bridge over the river on Friday. "


@pytest.mark.parametrize(
    "text, fragment, expected",
    [
        # "the N-year-old": the one person named just before, also where the tagger reads the age as a date
        pytest.param(
            OPENING + "Traffic would flow over the bridge by June, the 52-year-old said.",
            "Traffic would flow",
            (ATTRIBUTED, "Dana Whitfield"),
            id="age-closing-frame",
        ),
        pytest.param(
            OPENING + "The 52-year-old said the project had come in under budget.",
            "come in under budget",
            (ATTRIBUTED, "Dana Whitfield"),
            id="age-as-subject",
        ),
        pytest.param(
            OPENING + '"It is a good day for the whole town," the 52-year-old told reporters.',
            "a good day",
            ("quoted", "Dana Whitfield"),
            id="age-after-a-quote",
        ),
        pytest.param(
            OPENING + "The project had come in under budget, the 52-year-old mayor said.",
            "come in under budget",
            (ATTRIBUTED, "Dana Whitfield"),
            id="age-before-a-title",
        ),
        # a role or trade noun: the one person named just before
        pytest.param(
            "Dr. Ines Moreau runs the fever clinic in Lyon. Most patients recovered within a week, the virologist said.",
            "Most patients recovered",
            (ATTRIBUTED, "Ines Moreau"),
            id="role-noun",
        ),
        # "their" as "they": the plural subject of the sentence before
        pytest.param(
            "Economists at Nordea expect two more rate cuts this year. By their estimate, unemployment will peak at 9 percent.",
            "unemployment will peak",
            (ATTRIBUTED, "Economists at Nordea"),
            id="their-estimate",
        ),
        # people named with where they work
        pytest.param(
            "Analysts at Deutsche Bank said the central bank would hold rates in March.",
            "would hold rates",
            (ATTRIBUTED, "Analysts at Deutsche Bank"),
            id="analysts-at-a-bank",
        ),
        # a verb the parser hangs on an apposition of a noun-phrase root
        pytest.param(
            "The opposition Social Democrats' justice spokesman, Erik Lund, called on the police to publish the report.",
            "called on the police",
            (ATTRIBUTED, "Erik Lund"),
            id="verb-under-an-apposition",
        ),
        # the party only says whose spokeswoman she is: the name beside the title is the source
        pytest.param(
            "The opposition Social Democrats' foreign affairs spokeswoman, Eva Lind, called on the minister to recall the ambassador.",
            "called on the minister",
            (ATTRIBUTED, "Eva Lind"),
            id="possessor-in-an-apposition",
        ),
    ],
)
def test_a_described_source_is_who_the_text_named(parse, text, fragment, expected):
    claim = claim_with(parse, text, fragment)
    assert status_source(claim) == expected


def test_an_age_after_two_people_stays_as_written(parse):
    text = (
        "Mayor Dana Whitfield and her deputy, Omar Haddad, opened the new bridge on Friday. "
        "Traffic would flow over the bridge by June, the 52-year-old said."
    )
    claim = claim_with(parse, text, "Traffic would flow")
    assert claim.status == ATTRIBUTED
    assert claim.source.name not in ("Dana Whitfield", "Omar Haddad")


def test_a_spokesman_is_not_the_person_named_before(parse):
    text = "Health Minister Ana Costa visited the hospital on Monday. The ministry's spokesman said 40 beds would be added."
    claim = claim_with(parse, text, "40 beds")
    assert claim.status == ATTRIBUTED
    assert claim.source.name != "Ana Costa"


def test_an_age_in_the_writers_sentence_makes_no_frame(parse):
    text = OPENING + "The 52-year-old took office in 2023."
    claim = claim_with(parse, text, "took office")
    assert status_source(claim) == ("unattributed", None)
