"""Claims round 10 (issue 4): causes found in the claim errors of the burned blind sets (unseen to
unseen4): a response and a report of one subject ("welcomed X but said B", "defended X, saying B"),
a name set beside a title the parser or tagger misreads, and documents someone else has seen or
circulated.

Sentences are invented for these tests (none from an article, none from the blind sets). The real
extractors run in front of the claim extractor (entities, quotes, times).
"""

from __future__ import annotations

import pytest

from .test_claims_continuations import claim_with
from .test_claims_sources import ATTRIBUTED, status_source


@pytest.mark.parametrize(
    "text, fragment, expected",
    [
        # a response verb and a report of the same subject: one reply, the whole sentence
        pytest.param(
            "The Chilean trade ministry welcomed the ruling but said the tariff would stay until March.",
            "welcomed the ruling",
            (ATTRIBUTED, "The Chilean trade ministry"),
            id="welcomed-but-said",
        ),
        pytest.param(
            "Kenya's interior ministry dismissed the report as \"fiction\" but said it would study its findings.",
            "dismissed the report",
            (ATTRIBUTED, "Kenya's interior ministry"),
            id="dismissed-but-said",
        ),
        pytest.param(
            "Chile's mining minister, Rosa Vidal, on Tuesday welcomed the new royalty, saying the country needed the revenue.",
            "welcomed the new royalty",
            (ATTRIBUTED, "Rosa Vidal"),
            id="welcomed-saying",
        ),
        # a name beside a title
        pytest.param(
            "The head of a farmers' association, Pedro Sousa, said many members had sold their cattle.",
            "sold their cattle",
            (ATTRIBUTED, "Pedro Sousa"),
            id="name-after-head-of",
        ),
        pytest.param(
            "The UN mission's chief negotiator, Ana Ruiz, said the talks had made progress.",
            "made progress",
            (ATTRIBUTED, "Ana Ruiz"),
            id="untyped-name-beside-title",
        ),
        # an unnamed spokesperson named after a body speaks for it
        pytest.param(
            "Peru's coast guard seized a trawler on Monday. A ministry spokeswoman said the crew would face a judge.",
            "the crew would face a judge",
            (ATTRIBUTED, "ministry"),
            id="ministry-spokeswoman",
        ),
        # a clause after "said" whose subject the parser took for the object of "said"
        pytest.param(
            "Peru's defence minister, General Luis Paredes, said the drills involved around 3,000 soldiers and would run until Friday.",
            "the drills involved",
            (ATTRIBUTED, "Luis Paredes"),
            id="said-object-read-with-participle",
        ),
        # a name set off before a verb the parser left without a subject
        pytest.param(
            "Speaking to Reuters, the head of the Chilean navy's intelligence branch, Admiral Jorge Salas, said sailors had tracked the ship for days.",
            "sailors had tracked",
            (ATTRIBUTED, "Jorge Salas"),
            id="speaking-to-name-set-off",
        ),
        # documents: a memo's author; a report's reader is not its author
        pytest.param(
            "Schools may reopen next week, according to a memo circulated by the education ministry.",
            "Schools may reopen",
            (ATTRIBUTED, "the education ministry"),
            id="memo-circulated-by",
        ),
        pytest.param(
            "The dam had cracked in two places, according to a confidential World Bank report seen by the Lagos Courier.",
            "The dam had cracked",
            (ATTRIBUTED, "World Bank"),
            id="report-seen-by-an-outlet",
        ),
    ],
)
def test_round10_sources(parse, text, fragment, expected):
    assert status_source(claim_with(parse, text, fragment)) == expected


@pytest.mark.parametrize(
    "text, fragment, expected",
    [
        # a next clause with its own subject leaves the first clause the writer's
        pytest.param(
            "The council welcomed the grant, and the mayor said the pool would open in May.",
            "The council welcomed the grant",
            ("unattributed", None),
            id="welcomed-other-subject-stays",
        ),
        # "rejected" and "defended" (they broke PolNeAR train sentences) stay the writer's beside the report
        pytest.param(
            "The union rejected the offer but said talks would continue.",
            "The union rejected the offer",
            ("unattributed", None),
            id="rejected-but-said-stays-split",
        ),
        # a verb outside the response verbs stays the writer's beside the report
        pytest.param(
            "The minister arrived in Lima on Monday and said the talks would resume.",
            "the talks would resume",
            (ATTRIBUTED, "The minister"),
            id="arrived-and-said-split",
        ),
    ],
)
def test_round10_writers_clauses_stay(parse, text, fragment, expected):
    assert status_source(claim_with(parse, text, fragment)) == expected
