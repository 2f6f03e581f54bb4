"""Claims round 13 (issue 4): causes found in the claim errors of the burned blind sets (unseen to
unseen7): a broadcast transcript's own presenter and correspondent, and "It" after a named
organisation the tagger left untagged.

Sentences are invented for these tests (none from an article, none from the blind sets). The real
extractors run in front of the claim extractor (entities, quotes, times).
"""

from __future__ import annotations

import pytest

from .test_claims_continuations import claim_with
from .test_claims_sources import ATTRIBUTED, UNATTRIBUTED, status_source

TRANSCRIPT = (
    "Council extends mission\n\n"
    "PRESENTER: The Security Council has extended its mission in South Sudan for a year. Our correspondent, "
    "Lena Moyo, was there.\n\n"
    "CORRESPONDENT: Twelve members voted in favour and three abstained. The ambassador of Kenya, Peter Mwangi, told me "
    "that the mission would keep every tool it needs.\n\n"
    "KIIR: We will cooperate with the mission."
)


@pytest.mark.parametrize(
    "text, fragment, expected",
    [
        # the broadcaster's own voices report as a writer does
        pytest.param(TRANSCRIPT, "has extended its mission", UNATTRIBUTED, id="presenter"),
        pytest.param(TRANSCRIPT, "Twelve members voted", UNATTRIBUTED, id="correspondent"),
        # a source the correspondent quotes is the source, not the correspondent
        pytest.param(TRANSCRIPT, "the mission would keep every tool", (ATTRIBUTED, "Peter Mwangi"), id="told-me"),
        # a speaker who is not the outlet's stays a speaker
        pytest.param(TRANSCRIPT, "We will cooperate", (ATTRIBUTED, "KIIR"), id="guest-label"),
        # "It" after a named organisation the tagger missed, not the plural source before it
        pytest.param(
            "Two diplomats said the clause had been traded away. Human Rights Watch was less diplomatic. It called the "
            "outcome a disgrace and urged members to restore the clause.",
            "It called the outcome",
            (ATTRIBUTED, "Human Rights Watch"),
            id="it-after-untagged-organisation",
        ),
        # a name the tagger missed is its own, not the place or firm of its apposition
        pytest.param(
            "Tanzania has cancelled the permit of a British mining company. Neema Kiwelu, a mining analyst at the Dodoma "
            "firm Serengeti Capital, told the Financial Times that arbitration usually took three years.",
            "arbitration usually took",
            (ATTRIBUTED, "Neema Kiwelu"),
            id="untagged-name-with-apposition",
        ),
        # an institution's title holder is the institution's, not the last person named
        pytest.param(
            "The African Union had called on Kigali to free Jean Habimana. A spokesman for the AU's peace and security "
            "commissioner said on Sunday that the bloc was following the case closely.",
            "following the case closely",
            (ATTRIBUTED, "the AU's peace and security commissioner"),
            id="institution-title-not-last-person",
        ),
        # a passive's agent is the nearest body the description takes up, before an older subject
        pytest.param(
            "Croatia's foreign ministry in Zagreb summoned the Bosnian ambassador on Wednesday. The refusal was announced "
            "by Bosnia's justice ministry on Tuesday evening. In a short statement, the ministry said the request did "
            "not meet the conditions of the law.",
            "did not meet the conditions",
            (ATTRIBUTED, "justice ministry"),
            id="passive-agent-as-described-body",
        ),
    ],
)
def test_round13(parse, text, fragment, expected):
    assert status_source(claim_with(parse, text, fragment)) == expected
