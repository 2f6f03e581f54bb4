"""Claims round 11 (issue 4): causes found in the claim errors of the burned blind sets (unseen to
unseen5): a described body that names another body than an earlier mention of its noun, closing
frames and denials the parser misplaces, deeds done with a speech-act verb ("recalled its
ambassador", "pledged a loan"), documents and their authors, asides that are not the subject, and
who "the minister" / "the company" is when the article named them just before.

Sentences are invented for these tests (none from an article, none from the blind sets). The real
extractors run in front of the claim extractor (entities, quotes, times).
"""

from __future__ import annotations

import pytest

from .test_claims_continuations import claim_with
from .test_claims_sources import ATTRIBUTED, UNATTRIBUTED, status_source



@pytest.mark.parametrize(
    "text, fragment, expected",
    [
        # a definite description with words of its own is not an earlier mention of its noun
        pytest.param(
            "The Iraqi defence ministry said the talks had stalled. The Qatari foreign ministry said in a statement that the swap was the third it had arranged.",
            "the swap was the third",
            (ATTRIBUTED, "The Qatari foreign ministry"),
            id="another-ministry",
        ),
        pytest.param(
            "Aid agencies warned of hunger in the camps. The UN refugee agency said on Friday that it was ready to help.",
            "it was ready to help",
            (ATTRIBUTED, "The UN refugee agency"),
            id="another-agency",
        ),
        pytest.param(
            "Environmental groups criticised the plan. The Vienna-based lobby group Green Future Austria said Austria imported 3 billion cubic metres of gas last year.",
            "Austria imported",
            (ATTRIBUTED, "Green Future Austria"),
            id="named-group-after-groups",
        ),
        pytest.param(
            "Iran's foreign ministry said the talks had stalled. The foreign ministry said later that they would resume.",
            "they would resume",
            (ATTRIBUTED, "foreign ministry"),
            id="same-ministry-taken-up",
        ),
        # a closing frame read as an adverbial clause of the main verb
        pytest.param(
            "Turkey has freed Anna Berg, a Danish journalist held for a year, after mediation by Qatar, the Danish government said on Monday.",
            "Turkey has freed",
            (ATTRIBUTED, "the Danish government"),
            id="closing-frame-as-advcl",
        ),
        # "rejected X as Y" characterises, like "dismissed X as Y"
        pytest.param(
            "Chile's foreign office issued a statement. It rejected Lima's account of the collision as \"pure invention\".",
            "rejected Lima's account",
            (ATTRIBUTED, "Chilean foreign office"),  # named with the adjective when taken up by "It" (round 23)
            id="rejected-as",
        ),
        # deeds done with a verb that can report speech
        pytest.param(
            "Peru recalled its ambassador to Chile for consultations on Friday.",
            "recalled its ambassador",
            UNATTRIBUTED,
            id="recalled-ambassador",
        ),
        pytest.param(
            "Grace Okafor recalled her years in the army.",
            "recalled her years",
            (ATTRIBUTED, "Grace Okafor"),
            id="recalled-memories-stays",
        ),
        pytest.param(
            "Ghana also pledged a $300 million loan for a railway to the coast.",
            "pledged a $300 million loan",
            UNATTRIBUTED,
            id="pledged-a-loan",
        ),
        pytest.param(
            "Grace Okafor pledged to cut taxes for small firms.",
            "pledged to cut taxes",
            (ATTRIBUTED, "Grace Okafor"),
            id="pledged-to-stays",
        ),
        # documents and their authors
        pytest.param(
            "Under the agreement, the rebels will disarm within 60 days, according to a summary released by the Kenyan presidency.",
            "the rebels will disarm",
            (ATTRIBUTED, "Kenyan presidency"),
            id="summary-released-by",
        ),
        pytest.param(
            "The ban was announced by Vietnam's trade ministry in a notification late on Friday. Cargo already loaded may still leave, the notification said.",
            "Cargo already loaded",
            (ATTRIBUTED, "Vietnamese trade ministry"),  # named with the adjective when taken up (round 23)
            id="notification-announced-by",
        ),
        # a phrase inside a relative clause does not frame the sentence
        pytest.param(
            "The farmers' union, which won 12 seats according to the official count, accuses the government of rigging the auction.",
            "accuses the government",
            (ATTRIBUTED, "The farmers' union"),
            id="according-to-in-relative-clause",
        ),
        pytest.param(
            "The party, which won 12 seats according to the official count, will boycott parliament.",
            "will boycott parliament",
            UNATTRIBUTED,
            id="according-to-in-relative-clause-writer",
        ),
        # "…, a charge X denies": the accusation heads the sentence
        pytest.param(
            "Caracas has long accused Bogota of sheltering the rebels who attack its border posts, a charge Bogota denies.",
            "accused Bogota",
            (ATTRIBUTED, "Venezuelan government"),  # the capital acting for its government (entities; named so since round 45)
            id="a-charge-x-denies",
        ),
        # ", most of them …," is an aside, not the subject
        pytest.param(
            "Union leaders, most of them teachers who organised online, said they would strike again on Friday.",
            "they would strike",
            (ATTRIBUTED, "Union leaders"),
            id="most-of-them",
        ),
        # a figure put at a number by someone, in the passive
        pytest.param(
            "The value of the contract was put at $1.2bn by officials in Hanoi, although the Korean side declined to confirm the figure.",
            "The value of the contract",
            (ATTRIBUTED, "officials"),
            id="put-at-by",
        ),
        pytest.param(
            "The bags were put at the door by the cleaners.",
            "The bags",
            UNATTRIBUTED,
            id="put-at-no-figure",
        ),
        # "the company" named earlier in its own sentence; "the minister" named between
        pytest.param(
            "Chile has revoked the mining permit of the Australian company Andes Ridge Metals at the Copiapo mine, and the company said on Monday it would seek arbitration.",
            "it would seek arbitration",
            (ATTRIBUTED, "the Australian company Andes Ridge Metals"),
            id="company-named-in-its-sentence",
        ),
        pytest.param(
            "Chilean mining minister: Australian miner lost its permit\n\nThe order was signed on Friday by Mining Minister Rosa Vidal, after the company missed a deadline.\n\n\"This permit was forfeited,\" Vidal told reporters.\n\nThe minister said the mine would be handed to the state company Codelco.",
            "the mine would be handed",
            (ATTRIBUTED, "Rosa Vidal"),
            id="minister-named-between",
        ),
        # a capital speaks for its country, named twice under two names
        pytest.param(
            "Congo and Rwanda agreed to open a corridor. The Democratic Republic of Congo signed first.\n\nKinshasa has long accused Rwanda of backing the rebels who surround Goma.",
            "Kinshasa has long accused",
            (ATTRIBUTED, "Congolese government"),  # the capital speaks for the government (round 45)
            id="capital-country-two-names",
        ),
    ],
)
def test_round11(parse, text, fragment, expected):
    assert status_source(claim_with(parse, text, fragment)) == expected
