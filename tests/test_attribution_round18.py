"""Attribution round 18 (quotes round 18, claims round 17): a frame set inside its content speaks
for its own subject; a rebuttal's quoted characterisation is a fragment; a naming participle speaks
for whoever reports the clause it hangs on; "it" after a sentence reported "according to" a body is
that body; a description set beside an organisation's name names it; a place that only modifies a
speaker is not the speaker; a title naming another country is not the person named before
(docs/schema.md, quotes round 18 and claims Round 17). Sentences written for these tests (fiction),
with the real spaCy pipeline, the real entity layer and the shipped quote model."""

from __future__ import annotations

import pytest

from .test_claims_continuations import claim_with
from .test_claims_sources import ATTRIBUTED, status_source
from .test_quotes import quotes_of  # noqa: F401  (a fixture: the quotes of a text, offsets checked)


def texts(quotes) -> list[str]:
    return [q.text for q in quotes]


def holding(quotes, words: str) -> list:
    return [q for q in quotes if words in q.text]


def speaker_of(quotes, words: str) -> str | None:
    found = holding(quotes, words)
    assert len(found) == 1, [(q.text, q.speaker) for q in quotes]
    return found[0].speaker.name if found[0].speaker is not None else None


# --------------------------------------------------------------------------- a frame set inside its content


@pytest.mark.parametrize(
    "text, words, speaker_word",
    [
        ("A Ghanaian official said the decision was final. Nigeria, the official said, had ignored three warnings since March.", "ignored three warnings", "official"),
        ("Nigeria, a spokesman said, had broken the accord.", "broken the accord", "spokesman"),
    ],
)
def test_the_nearer_of_two_subjects_of_an_interrupting_frame_speaks(quotes_of, text, words, speaker_word):
    quotes = quotes_of(text)
    name = speaker_of(quotes, words)
    assert name is not None and speaker_word in name and "Nigeria" not in name
    # the content keeps its own subject, set before the frame
    assert holding(quotes, words)[0].text.startswith("Nigeria")


def test_a_frame_subject_read_as_an_apposition_speaks(quotes_of):
    text = (
        "Lindmark rejected the demand the same evening. "
        "The regulator, a Lindmark foreign ministry spokeswoman said, was independent and the government could not overrule it."
    )
    name = speaker_of(quotes_of(text), "was independent")
    assert name is not None and "spokeswoman" in name, name


def test_two_subjects_before_an_ordinary_frame_keep_the_first(quotes_of):
    # the contrast: "most of them" is an aside of the subject, and the frame does not interrupt its content
    text = "Protest organisers, most of them young people who met online, said they would march again on Tuesday."
    name = speaker_of(quotes_of(text), "march again on Tuesday")
    assert name is not None and "organisers" in name


# --------------------------------------------------------------------------- a rebuttal's quoted characterisation


@pytest.mark.parametrize(
    "text, fragment, speaker",
    [
        ("The energy minister, Omar Farah, rejected a proposal to swap the debt for a stake in the grid as “out of the question”.", "out of the question", "Omar Farah"),
        ("The defence ministry rejected the accusation as \"baseless\" but said it would respect the wishes of the host government.", "baseless", "defence ministry"),
    ],
)
def test_a_rebuttal_characterised_in_quotes_gives_the_fragment_alone(quotes_of, text, fragment, speaker):
    quotes = quotes_of(text)
    found = holding(quotes, fragment)
    assert len(found) == 1 and found[0].kind == "direct", texts(quotes)
    assert found[0].speaker is not None and speaker in found[0].speaker.name
    assert not holding(quotes, "proposal to swap") and not holding(quotes, "the accusation as")


def test_a_rebuttal_with_a_clause_keeps_its_content(quotes_of):
    # the contrast: "rejected suggestions that…" reports what was rejected as a proposition
    text = "The ministry rejected suggestions that the border would close before the winter."
    assert len(holding(quotes_of(text), "the border would close")) == 1


# --------------------------------------------------------------------------- a naming participle


def test_a_naming_participle_after_a_demand_speaks_for_the_one_who_demanded(quotes_of):
    text = "Valmora demanded on Thursday that Ostrava lift a visa ban on its officials, calling the measure “an act of intimidation”."
    assert speaker_of(quotes_of(text), "an act of intimidation") == "Valmora"


# --------------------------------------------------------------------------- "it" and "the agency" after "according to"


def test_it_after_a_sentence_reported_according_to_a_body_is_that_body(quotes_of):
    text = (
        "Ostrava owes about 87 million dollars for power delivered since 2024, according to the state utility Valmora Electric Power. "
        "It said supplies would resume in full once half of the debt was paid."
    )
    assert speaker_of(quotes_of(text), "supplies would resume") == "Valmora Electric Power"


def test_it_without_an_according_to_frame_before_keeps_its_antecedent(quotes_of):
    # the contrast: no "according to" in the sentence before
    text = (
        "The state utility Valmora Electric Power cut supplies to Ostrava on Monday. "
        "It said supplies would resume in full once half of the debt was paid."
    )
    assert speaker_of(quotes_of(text), "supplies would resume") == "Valmora Electric Power"


def test_the_agency_after_a_name_set_beside_its_description_is_that_body(quotes_of):
    text = (
        "According to NordCom, Sweden's transport and communications agency, pilots have reported 214 cases of interference since May. "
        "The agency said its measurements traced the signals to a military base near the border."
    )
    assert speaker_of(quotes_of(text), "its measurements traced") == "NordCom"


# --------------------------------------------------------------------------- who the speaker's phrase names


def test_a_place_that_only_modifies_the_speaker_is_not_the_speaker(quotes_of):
    text = "The atlas was also criticised by Ostrava’s largest teachers’ union, which said it had not been consulted."
    name = speaker_of(quotes_of(text), "had not been consulted")
    assert name is not None and "union" in name


def test_a_title_naming_another_country_is_not_the_person_named_before(quotes_of):
    text = (
        "Ghana’s culture minister, Akosua Mensah, said the request was handed to the ambassador on Tuesday. "
        "The Netherlands’ culture minister told parliament on Wednesday that an independent committee would examine the request. "
        "The collection, she said, had been acquired legally."
    )
    quotes = quotes_of(text)
    for words in ("an independent committee", "acquired legally"):
        name = speaker_of(quotes, words)
        assert name is not None and "Netherlands" in name, name


# --------------------------------------------------------------------------- the same rules for claims' sources


@pytest.mark.parametrize(
    "text, fragment, expected",
    [
        pytest.param(
            "Lindmark rejected the demand the same evening. "
            "The regulator, a Lindmark foreign ministry spokeswoman said, was independent and the government could not overrule it.",
            "was independent",
            (ATTRIBUTED, "Lindmark foreign ministry"),
            id="frame-subject-read-as-apposition",
        ),
        pytest.param(
            "Ostrava owes about 87 million dollars for power delivered since 2024, according to the state utility Valmora Electric Power. "
            "It said supplies would resume in full once half of the debt was paid.",
            "supplies would resume",
            (ATTRIBUTED, "Valmora Electric Power"),
            id="it-after-according-to",
        ),
        pytest.param(
            "According to NordCom, Sweden's transport and communications agency, pilots have reported 214 cases of interference since May. "
            "The agency said its measurements traced the signals to a military base near the border.",
            "its measurements traced",
            (ATTRIBUTED, "NordCom"),
            id="the-agency-after-according-to",
        ),
        pytest.param(
            "Ghana’s culture minister, Akosua Mensah, said the request was handed to the ambassador on Tuesday. "
            "The Netherlands’ culture minister told parliament on Wednesday that an independent committee would examine the request.",
            "an independent committee",
            (ATTRIBUTED, "The Netherlands’ culture minister"),
            id="title-of-another-country",
        ),
    ],
)
def test_claim_sources_follow_the_round(parse, text, fragment, expected):
    assert status_source(claim_with(parse, text, fragment)) == expected


def test_a_state_owned_title_is_not_the_countryless_minister_named_before():
    from newsgraph import analyze

    text = ("“Four rhinos in two weeks is not bad luck,” Environment Minister Paulus Nghifindaka said in an interview.\n\n"
            "Angola’s environment minister denied the accusation, saying Angolan patrols had arrested eleven poachers.")
    speakers = [q.speaker.name for q in analyze(text).quotes if q.speaker is not None]
    assert speakers == ["Paulus Nghifindaka", "Angola’s environment minister"]
