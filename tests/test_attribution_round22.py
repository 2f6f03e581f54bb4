"""Attribution round 22 (from the burned sets unseen26 to unseen29): an opening "In her view," / "In the
view of X," / "In his experience," gives the rest of the sentence to its holder, and "X's response was
that…" gives the clause to X; a name closing an opening "Speaking to…" phrase, the subject of a
question set off by commas ("X, asked about Y, said") and the last word of a hyphenated title the
parser split ("Its vice-chairman, …, said") speak; a declared status and the bare noun object of a
verb that is no speech verb are acts, not quotes; a second "that" clause hung on the first one's inner
clause is a quote of its own; "a text released by X" is X's (docs/schema.md, attribution round 22).
Sentences written for these tests (fiction), through ``newsgraph.analyze``: the real spaCy pipeline,
entity layer and quote model."""

from __future__ import annotations

from newsgraph import analyze

from .attribution_support import claim_holding, one_quote, quotes_holding, source_name, speaker_name


def test_an_opening_in_her_view_gives_the_sentence_to_the_person_named_before():
    text = (
        "The river authority opened the sluice gates at Vennmark on Tuesday.\n\n"
        "Ilse Marenko, a hydrologist at the Vennmark Water Institute, said the level had fallen by a metre. "
        "In her view, the dykes along the lower valley will hold until the spring."
    )
    analysis = analyze(text)
    quote = one_quote(analysis, "the dykes along the lower valley")
    assert speaker_name(quote) == "Ilse Marenko"
    assert quote.kind == "indirect"
    assert "In her view" not in quote.text
    claim = claim_holding(analysis, "the dykes along the lower valley")
    assert (claim.status, source_name(claim)) == ("attributed", "Ilse Marenko")


def test_in_the_view_of_a_named_body_gives_it_the_sentence():
    text = (
        "The port of Halvik reopened on Monday after a week of strikes.\n\n"
        "In the view of the Halvik Dockers' Union, the agreement leaves the night shifts without cover."
    )
    quote = one_quote(analyze(text), "the agreement leaves the night shifts")
    assert "Halvik Dockers" in speaker_name(quote)


def test_in_my_view_is_the_writers_own():
    text = "The council met again on Thursday.\n\nIn my view, the council will not change its mind before the summer."
    assert quotes_holding(analyze(text), "the council will not change its mind") == []


def test_in_his_experience_is_the_holders_view_for_claims_too():
    text = (
        "The ferry company cancelled every crossing to Ostra on Sunday.\n\n"
        "Captain Teodor Vasko, who has sailed the route for twenty years, said the storm was the worst he had seen. "
        "In his experience, the harbour wall at Ostra has never been overtopped before."
    )
    analysis = analyze(text)
    assert speaker_name(one_quote(analysis, "the harbour wall at Ostra")) == "Teodor Vasko"
    claim = claim_holding(analysis, "the harbour wall at Ostra")
    assert (claim.status, source_name(claim)) == ("attributed", "Teodor Vasko")


def test_a_holders_response_said_to_be_a_clause_is_its_quote():
    text = (
        "Lorry drivers blocked the ring road around Drelsk on Monday over the new toll.\n\n"
        "The transport ministry's response was that the toll had been announced a year ago."
    )
    quote = one_quote(analyze(text), "the toll had been announced a year ago")
    assert speaker_name(quote) == "The transport ministry"


def test_a_name_closing_an_opening_speaking_phrase_speaks():
    text = (
        "The navy of Marovia began patrols in the northern strait on Friday.\n\n"
        "Speaking to the Coastal Review, the commander of Marovia's fleet, Admiral Ruben Castell, "
        "said the ships would stay in the strait until the end of the month."
    )
    quote = one_quote(analyze(text), "the ships would stay in the strait")
    assert speaker_name(quote) == "Ruben Castell"


def test_the_subject_of_a_question_set_off_by_commas_speaks_and_the_question_is_no_quote():
    text = (
        "Teachers in Drelsk stayed away from school for a second day on Tuesday.\n\n"
        "The mayor of Drelsk, asked about the walkout, said the city had no money for higher pay."
    )
    analysis = analyze(text)
    assert speaker_name(one_quote(analysis, "the city had no money")) == "The mayor of Drelsk"  # named with what the title heads
    assert quotes_holding(analysis, "the walkout") == []


def test_the_last_word_of_a_hyphenated_title_split_by_the_parser_carries_the_name():
    text = (
        "The league fined the club for crowd trouble on Saturday.\n\n"
        "Its vice-president, Marta Olszewska, said the club would appeal against the fine."
    )
    quote = one_quote(analyze(text), "the club would appeal")
    assert speaker_name(quote) == "Marta Olszewska"


def test_a_declared_status_and_a_bare_object_of_a_deed_are_no_quotes():
    text = (
        "The government of Marovia on Monday declared a Taravian attaché persona non grata.\n\n"
        "The development bank approved a loan for the new bridge at Halvik on Wednesday."
    )
    analysis = analyze(text)
    assert quotes_holding(analysis, "persona non grata") == []
    assert quotes_holding(analysis, "a loan for the new bridge") == []


def test_a_second_that_clause_hung_on_the_inner_clause_is_a_quote_of_its_own():
    text = (
        "The mining company Orvel Metals said it respected \u201cthe wishes of the valley\u201d and that the new shaft "
        "would bring \u201cseveral hundred jobs\u201d to Drelsk."
    )
    analysis = analyze(text)
    first = one_quote(analysis, "the wishes of the valley")
    second = one_quote(analysis, "the new shaft")
    assert first is not second
    assert "Orvel Metals" in speaker_name(second)


def test_a_text_released_by_a_ministry_is_the_ministrys():
    text = (
        "Ferries will cross to Ostra twice a day from Monday, according to a text released by the Marovian "
        "transport ministry."
    )
    analysis = analyze(text)
    assert "transport ministry" in speaker_name(one_quote(analysis, "Ferries will cross to Ostra"))
    assert "transport ministry" in source_name(claim_holding(analysis, "Ferries will cross to Ostra"))
