"""Attribution round 28 (quotes and claims; from the speaker-wrong and claims rows of the burned sets
unseen22 to unseen29): a spokesperson's name set after the body it speaks for, also when the tagger does
not know the first name, and "the force" for the police heard before (docs/schema.md and
docs/entities.md, attribution round 28). Sentences written for these tests (fiction), through
``newsgraph.analyze``."""

from __future__ import annotations

from newsgraph import analyze
from newsgraph.nlp import load

from .attribution_support import claim_holding, one_quote, source_name, speaker_name

SPOKESMAN_WITH_UNKNOWN_NAME = (
    "The rebels denied it. \"We have not crossed the river since the truce,\" said a spokesman for the Blue Nile "
    "People's Liberation Movement-in-Opposition, Puok Riek, who arrived in Kampala on Monday with a 12-member team. "
    "He accused the army of staging \"a theatre of war\" to delay talks."
)


def test_a_spokespersons_name_the_tagger_missed_names_the_speaker():
    analysis = analyze(SPOKESMAN_WITH_UNKNOWN_NAME)
    assert speaker_name(one_quote(analysis, "crossed the river")) == "Puok Riek"
    assert source_name(claim_holding(analysis, "crossed the river")) == "Puok Riek"


def test_a_pronoun_after_a_named_spokesperson_is_that_person():
    analysis = analyze(SPOKESMAN_WITH_UNKNOWN_NAME)
    assert speaker_name(one_quote(analysis, "a theatre of war")) == "Puok Riek"
    assert source_name(claim_holding(analysis, "to delay talks")) == "Puok Riek"


def test_the_spokespersons_name_is_one_the_tagger_missed():
    doc = load()(SPOKESMAN_WITH_UNKNOWN_NAME)
    assert not any("Riek" in entity.text for entity in doc.ents)  # so the rule for untagged names is what names him


def test_a_tagged_name_in_apposition_to_the_body_names_the_spokesperson():
    text = "\"The pass is shut,\" said a spokesman for the Ogaden Herders Front, Abdirahman Hirsi, who spoke from Dolo."
    analysis = analyze(text)
    assert speaker_name(one_quote(analysis, "The pass is shut")) == "Abdirahman Hirsi"
    assert source_name(claim_holding(analysis, "The pass is shut")) == "Abdirahman Hirsi"


def test_an_unnamed_spokesperson_still_speaks_for_the_body():
    text = "A spokesman for the ministry said the ferry would sail again on Thursday."
    analysis = analyze(text)
    assert speaker_name(one_quote(analysis, "sail again")) == "the ministry"
    assert source_name(claim_holding(analysis, "sail again")) == "the ministry"


def test_the_force_takes_up_the_police_heard_before():
    text = ("According to the Tyrolean state police, four officers were hurt in the clashes. "
            "The force said 12 fans had been charged and that the rest were freed.")
    analysis = analyze(text)
    assert speaker_name(one_quote(analysis, "12 fans had been charged")) == "the Tyrolean state police"
    assert speaker_name(one_quote(analysis, "the rest were freed")) == "the Tyrolean state police"
    assert source_name(claim_holding(analysis, "12 fans had been charged")) == "the Tyrolean state police"


def test_a_force_with_a_word_of_its_own_is_not_the_police():
    text = ("According to the Tyrolean state police, four officers were hurt in the clashes. "
            "The UN force said it had seen no fighting near the border.")
    analysis = analyze(text)
    assert speaker_name(one_quote(analysis, "seen no fighting")) == "The UN force"
    assert source_name(claim_holding(analysis, "seen no fighting")) == "The UN force"


def test_a_union_the_tagger_took_for_a_law_names_the_description():
    text = "Their union, the Mbour Artisanal Fishers' Federation, said the boats would stay in port until the crew came home."
    assert any(entity.label_ == "LAW" for entity in load()(text).ents)  # the tagger's reading this rule repairs
    analysis = analyze(text)
    assert speaker_name(one_quote(analysis, "boats would stay in port")) == "Mbour Artisanal Fishers' Federation"
    assert source_name(claim_holding(analysis, "boats would stay in port")) == "Mbour Artisanal Fishers' Federation"


def test_the_minister_takes_up_the_unnamed_minister_who_spoke_since_the_named_one():
    text = ("Gabon's fisheries minister, Alain Mboumba, condemned the seizure. \"These waters are ours,\" he told "
            "reporters in Libreville.\n\n\"Our patrol acted within the law,\" Equatorial Guinea's interior minister said "
            "on state radio. He rejected any talk of compensation. The minister said the boat had entered without a permit.")
    analysis = analyze(text)
    assert speaker_name(one_quote(analysis, "entered without a permit")) == "Equatorial Guinea's interior minister"


def test_the_minister_named_since_the_unnamed_one_is_the_named_one():
    text = ("\"Our patrol acted within the law,\" Equatorial Guinea's interior minister said on state radio.\n\n"
            "Gabon's fisheries minister, Alain Mboumba, condemned the seizure in Libreville. The minister said the "
            "boat had been fishing legally.")
    assert speaker_name(one_quote(analyze(text), "fishing legally")) == "Alain Mboumba"


def test_a_person_given_another_role_holds_no_title_named_after_them():
    text = ("A court in Minsk jailed a Lithuanian journalist, Rasa Petraitė, for four years on Monday.\n\n"
            "Lithuania's foreign minister phoned his Belarusian counterpart the same evening. He asked that Petraitė "
            "be sent home to serve her term, his office said.\n\n"
            "\"Taking pictures is not a crime,\" the minister told LRT radio on Tuesday.")
    assert source_name(claim_holding(analyze(text), "Taking pictures is not a crime")) != "Rasa Petraitė"


def test_a_person_with_the_title_is_still_the_minister_named_before():
    text = ("Lithuania's foreign minister, Rasa Petraitė, phoned her Belarusian counterpart on Monday.\n\n"
            "\"Taking pictures is not a crime,\" the minister told LRT radio on Tuesday.")
    assert source_name(claim_holding(analyze(text), "Taking pictures is not a crime")) == "Rasa Petraitė"
