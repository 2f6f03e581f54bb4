"""Claims round 8 (issue 4): who a source is when a whole article names it more than once.

Sentences are invented for these tests (none from an article, none from
bench/claims_dev/articles8/). The real extractors run in front of the claim extractor (entities,
quotes, times).
"""

from __future__ import annotations

import pytest

from .test_claims_continuations import claim_with
from .test_claims_sources import ATTRIBUTED, status_source


@pytest.mark.parametrize(
    "text, fragment, expected",
    [
        # a collective noun is named with its members
        pytest.param(
            "Three miners were trapped underground near Potosi, a group of local union leaders said on Friday.",
            "Three miners were trapped",
            (ATTRIBUTED, "a group of local union leaders"),
            id="group-of-members",
        ),
        pytest.param(
            "A coalition of 30 charities said on Monday that winter shelters in the city were full.",
            "winter shelters",
            (ATTRIBUTED, "A coalition of 30 charities"),
            id="coalition-of-members",
        ),
        # "the group" is the organisation last heard as a source, not an older "a group of …"
        pytest.param(
            "Two bridges were destroyed overnight, a group of residents said. The Shabaab militia denied the accusation. "
            "In a post on its website, the group said its fighters had withdrawn from the area.",
            "its fighters had withdrawn",
            (ATTRIBUTED, "Shabaab"),
            id="the-group-after-an-organisation",
        ),
        pytest.param(
            "Amnesty International said the trial was unfair. Human Rights Watch, another rights group, published a report "
            "on the case on Monday. The group said the defendants had been tortured.",
            "the defendants had been tortured",
            (ATTRIBUTED, "Human Rights Watch"),
            id="the-group-after-another-organisation-became-the-subject",
        ),
        # a bare "the company" / "the lender" is the body of its kind the sentences before made their subject
        pytest.param(
            "Tata Steel reported a loss for the quarter. The company said demand in Europe had collapsed.",
            "demand in Europe",
            (ATTRIBUTED, "Tata Steel"),
            id="the-company-after-a-named-company",
        ),
        pytest.param(
            "The Asian Development Bank cut its forecasts in April. Ghana's central bank raised its main rate on Monday. "
            "The lender said inflation was still too high.",
            "inflation was still too high",
            (ATTRIBUTED, "Ghana's central bank"),
            id="the-lender-after-a-bank-no-entity-names",
        ),
        pytest.param(
            "Kenya's energy regulator raised fuel prices on Friday. The Treasury cut its growth forecast. The agency said the rise reflected import costs.",
            "the rise reflected import costs",
            (ATTRIBUTED, "Kenyan energy regulator"),  # named with the adjective when taken up (round 23)
            id="the-agency-skips-a-subject-of-another-kind",
        ),
        pytest.param(
            "The IMF cut its forecast for Thailand. Bank of Thailand has held rates since June. The central bank said exports were recovering.",
            "exports were recovering",
            (ATTRIBUTED, "Bank of Thailand"),
            id="the-central-bank-after-a-bank-by-name-not-the-nearest-organisation",
        ),
        # a document published under one name and taken up under another
        pytest.param(
            "The OECD published its economic survey of Chile on Tuesday. The report said pension reform was urgent.",
            "pension reform was urgent",
            (ATTRIBUTED, "OECD"),
            id="the-report-after-a-published-survey",
        ),
        # "he" after a plural source is not that source; it takes up the one person described before
        pytest.param(
            "Customs officers said the driver had hidden 40 kilos of cocaine in the spare tyre. He denies the charge.",
            "He denies the charge",
            (ATTRIBUTED, "the driver"),
            id="he-after-a-plural-source",
        ),
    ],
)
def test_sources_across_sentences(parse, text, fragment, expected):
    claim = claim_with(parse, text, fragment)
    assert claim.status == expected[0]
    assert expected[1].lower() in (claim.source.name.lower() if claim.source is not None else ""), status_source(claim)


def test_he_after_a_plural_source_is_not_a_person_named_further_back(parse):
    text = (
        "Finance Minister Ana Costa presented the budget on Monday. Prices rose again in May. "
        "Auditors said the former treasurer had moved funds abroad. He denies wrongdoing."
    )
    claim = claim_with(parse, text, "He denies wrongdoing")
    assert status_source(claim) == (ATTRIBUTED, "the former treasurer")


def test_a_that_read_as_an_adverb_after_a_time_phrase_is_left_out_of_the_content(parse):
    claim = claim_with(parse, "Human Rights Watch said in a report last month that 300 prisoners had died in custody.", "prisoners")
    assert claim.text == "300 prisoners had died in custody"


@pytest.mark.parametrize(
    "text, fragment, expected",
    [
        ("The World Bank forecast growth of 3.1 percent for Kenya this year.", "growth of 3.1 percent", (ATTRIBUTED, "World Bank")),
        ("The statistics office forecast that the harvest would fall by a fifth.", "the harvest would fall", (ATTRIBUTED, "The statistics office")),
        ("The Treasury forecast was cut twice last year.", "was cut twice", ("unattributed", None)),
    ],
    ids=["figure", "content-clause", "a-real-noun-stays-the-writers"],
)
def test_a_forecast_the_tagger_read_as_a_noun_is_the_subjects(parse, text, fragment, expected):
    claim = claim_with(parse, text, fragment)
    assert status_source(claim) == expected


def test_the_miner_after_a_company_name_the_tagger_typed_as_a_place(parse):
    text = (
        "A Chilean judge on Monday ordered mining company Codelco to pay 500 million pesos in damages over a 2021 spill. "
        "Judge Rosa Diaz said the company had ignored warnings for years. Codelco said it would appeal. "
        "In a statement, the miner said it had already paid compensation to 300 families."
    )
    claim = claim_with(parse, text, "paid compensation")
    assert status_source(claim) == (ATTRIBUTED, "Codelco")


@pytest.mark.parametrize(
    "text, fragment, source",
    [
        ("The convoy, said the army, carried fuel for the hospital in Kadugli.", "carried fuel", "the army"),
        ("The ceasefire, said a diplomat close to the talks, could be signed on Friday.", "could be signed", "a diplomat"),
        ("Turnout fell to 41 percent, said Jonas Berg, a political scientist at Uppsala University.", "Turnout fell", "Jonas Berg"),
    ],
    ids=["inverted-frame-read-as-the-root", "inverted-frame-subject-read-as-an-object", "inverted-frame-with-an-apposition"],
)
def test_an_inverted_frame_between_commas_names_the_source_after_the_verb(parse, text, fragment, source):
    claim = claim_with(parse, text, fragment)
    assert status_source(claim) == (ATTRIBUTED, source)


def test_a_clause_after_said_is_no_inverted_frame(parse):
    text = "Ana Ruiz, a pollster who advises the party, said her surveys and other research show that voters, in most regions, want change."
    claim = claim_with(parse, text, "voters")
    assert status_source(claim) == (ATTRIBUTED, "Ana Ruiz")
