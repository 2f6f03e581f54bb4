"""Attribution round 17 (quotes round 16): requests are not quotes, a verb that is no speech or belief
verb introduces no content through a preposition, and an act's speaker still names the pronoun after
it (docs/schema.md, quotes: "Requests are not quotes" and the two rules after it). Sentences written
for these tests (fiction), with the real spaCy pipeline, the real entity layer and the shipped quote
model."""

from __future__ import annotations

import pytest

from .test_claims_continuations import claim_with
from .test_claims_sources import ATTRIBUTED, UNATTRIBUTED, status_source
from .test_quotes import quotes_of  # noqa: F401  (a fixture: the quotes of a text, offsets checked)


def texts(quotes) -> list[str]:
    return [q.text for q in quotes]


def holding(quotes, words: str) -> list:
    return [q for q in quotes if words in q.text]


# --------------------------------------------------------------------------- requests


@pytest.mark.parametrize(
    "text, content",
    [
        ("The Andean Trade Council urged both governments to return to the negotiating table before March.", "return to the negotiating table"),
        ("The mayor asked the water company to restore supplies to the eastern districts by Friday.", "restore supplies"),
        ("The president ordered the army to reinforce the northern border with two brigades.", "reinforce the northern border"),
        ("The union is pressing the ministry to reopen the talks on rural wages.", "reopen the talks"),
        ("The opposition demanded that the government suspend the port contract until an audit is finished.", "suspend the port contract"),
        ("The health agency recommends that flu vaccines be offered free in every pharmacy.", "be offered free"),
        ("Fishermen in Puerto Lago demanded compensation from the refinery for the spill.", "compensation from the refinery"),
        ("Several members pushed for a full embargo on timber from the region.", "a full embargo"),
    ],
)
def test_a_request_is_no_quote(quotes_of, text, content):
    assert not holding(quotes_of(text), content), texts(quotes_of(text))


def test_quoted_words_inside_a_request_are_a_fragment_of_the_one_who_asked(quotes_of):
    text = "Minister Ilse Varga demanded that the neighbouring government find the attackers “without delay”."
    quotes = quotes_of(text)
    assert not holding(quotes, "find the attackers")
    fragment = holding(quotes, "without delay")
    assert len(fragment) == 1 and fragment[0].kind == "direct"
    assert fragment[0].speaker is not None and fragment[0].speaker.name == "Ilse Varga"


def test_what_the_requester_says_is_still_a_quote(quotes_of):
    # the contrast: a proposition reported with "said" after the request stays a quote
    text = "The council urged residents to boil their water. It said the pipes would be repaired by Monday."
    quotes = quotes_of(text)
    assert not holding(quotes, "boil their water")
    assert len(holding(quotes, "the pipes would be repaired")) == 1


def test_a_demand_reported_as_a_statement_stays_a_quote(quotes_of):
    # "demanded" with a clause that states something (a modal, not a subjunctive) is not a request form
    text = "The governor demanded to know why the bridge had been closed, and said the closure would hurt farmers."
    assert len(holding(quotes_of(text), "the closure would hurt farmers")) == 1


# --------------------------------------------------------------------------- a non-speech verb's preposition


@pytest.mark.parametrize(
    "text, content",
    [
        ("The former treasurer pleaded guilty in May to theft in office and forgery.", "theft in office"),
        ("A court in Harlow sentenced the engineer to six years in prison for spreading false news.", "spreading false news"),
        ("Eleven members of the council voted for the resolution, which extends the mission by a year.", "the resolution"),
    ],
)
def test_the_prepositional_object_of_a_verb_that_is_no_speech_is_no_quote(quotes_of, text, content):
    assert not holding(quotes_of(text), content), texts(quotes_of(text))


def test_a_speech_verb_with_a_preposition_keeps_its_content(quotes_of):
    text = "The minister warned of a shortage of diesel in the southern provinces this winter."
    assert len(holding(quotes_of(text), "a shortage of diesel")) == 1


# --------------------------------------------------------------------------- an act's speaker names the pronoun after it


def test_the_subject_of_a_request_names_the_he_after_it(quotes_of):
    text = (
        "Zamoria's president, speaking at a meeting of the security council, ordered the army to reinforce the border. "
        "“Whoever sends raiders across our river will answer for it,” he said."
    )
    quotes = quotes_of(text)
    direct = holding(quotes, "Whoever sends raiders")
    assert len(direct) == 1
    assert direct[0].speaker.name == "Zamoria's president"


def test_a_passive_act_names_the_it_after_it(quotes_of):
    text = (
        "The closure was criticised by the Regional Aviation Association. "
        "It urged both governments to keep civil flights “out of political disputes”."
    )
    fragment = holding(quotes_of(text), "out of political disputes")
    assert len(fragment) == 1
    assert fragment[0].speaker is not None and fragment[0].speaker.name == "Regional Aviation Association"


# --------------------------------------------------------------------------- nobody said it


def test_nobody_said_is_no_quote(quotes_of):
    text = "No group has said it carried out the bombing. Neither government has said what it will do next."
    quotes = quotes_of(text)
    assert not holding(quotes, "carried out the bombing")
    assert not holding(quotes, "what it will do next")


def test_a_group_that_said_it_is_still_a_quote(quotes_of):
    text = "A little-known group has said it carried out the bombing."
    assert len(holding(quotes_of(text), "carried out the bombing")) == 1


# --------------------------------------------------------------------------- headlines


def test_the_object_of_a_deed_in_a_headline_is_no_quote(quotes_of):
    text = (
        "Gunmen attack Lantian embassy in Port Vela, two guards killed\n\n"
        "Gunmen stormed the compound on Monday, the police said."
    )
    quotes = quotes_of(text)
    assert not holding(quotes, "embassy in Port Vela")
    assert len(holding(quotes, "Gunmen stormed the compound")) == 1


def test_a_headline_speech_verb_keeps_its_content(quotes_of):
    text = "Borlia starts fence on border; Harland says it was not consulted\n\nBorlia began building the fence on Monday."
    assert len(holding(quotes_of(text), "it was not consulted")) == 1


# --------------------------------------------------------------------------- quoted words are not a frame


def test_according_to_inside_quoted_words_is_no_frame(quotes_of):
    text = "The interior minister, Karel Dunst, said each case had been “processed according to law” and that no one had been mistreated."
    quotes = quotes_of(text)
    assert all(q.speaker is not None and q.speaker.name == "Karel Dunst" for q in quotes), [(q.text, q.speaker) for q in quotes]
    assert len(holding(quotes, "processed according to law")) == 1


# --------------------------------------------------------------------------- who a described speaker is


def test_he_after_an_unnamed_title_in_the_sentence_before_is_that_person(quotes_of):
    text = (
        "The national statistics office said exports fell. "
        "Valmora's prime minister rejected the criticism. Speaking on public radio, he said the courts were independent."
    )
    said = holding(quotes_of(text), "the courts were independent")
    assert len(said) == 1
    assert said[0].speaker.name == "Valmora's prime minister"


def test_an_unresolved_age_speaker_is_the_previous_speaker(quotes_of):
    text = (
        "Mr Orlan's lawyer, Vesna Kralj, told reporters that her client had been targeted after he funded a newspaper. "
        "“He is not running from justice,” the 49-year-old said."
    )
    direct = holding(quotes_of(text), "not running from justice")
    assert len(direct) == 1
    assert direct[0].speaker.name == "Vesna Kralj"


def test_a_who_clause_hung_on_the_place_still_names_the_speaker(quotes_of):
    text = "A nurse in the capital, who gave her name only as Dalia, said she had not been paid for October."
    said = holding(quotes_of(text), "she had not been paid")
    assert len(said) == 1
    assert said[0].speaker.name == "Dalia"


def test_a_described_speaker_named_in_a_later_sentence_is_that_person(quotes_of):
    text = (
        "The sentence, the family's lawyer said, was handed down after a hearing that lasted 40 minutes. "
        "The lawyer, Miriam Okonjo, said she would appeal within the 60 days the law allows."
    )
    said = holding(quotes_of(text), "handed down after a hearing")
    assert len(said) == 1
    assert said[0].speaker.name == "Miriam Okonjo"


def test_a_later_name_with_another_role_is_not_the_speaker(quotes_of):
    text = (
        "The defence minister said the army would stay in the barracks. "
        "The foreign minister, Anton Berisha, said talks would resume on Monday."
    )
    said = holding(quotes_of(text), "the army would stay")
    assert len(said) == 1
    assert said[0].speaker.name != "Anton Berisha"


# --------------------------------------------------------------------------- the same rules for claims' sources


@pytest.mark.parametrize(
    "text, fragment, expected",
    [
        pytest.param("No group has said it carried out the bombing.", "carried out the bombing", UNATTRIBUTED, id="nobody-said"),
        pytest.param(
            "The sentence, the family's lawyer said, was handed down after a hearing that lasted 40 minutes. "
            "The lawyer, Miriam Okonjo, said she would appeal within the 60 days the law allows.",
            "handed down after a hearing",
            (ATTRIBUTED, "Miriam Okonjo"),
            id="named-later",
        ),
        pytest.param(
            "The national statistics office said exports fell. "
            "Valmora's prime minister rejected the criticism. Speaking on public radio, he said the courts were independent.",
            "the courts were independent",
            (ATTRIBUTED, "Valmora's prime minister"),
            id="he-after-a-possessed-title",
        ),
    ],
)
def test_claim_sources_follow_the_round(parse, text, fragment, expected):
    assert status_source(claim_with(parse, text, fragment)) == expected
