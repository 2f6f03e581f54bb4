"""Attribution round 37 (third probe round: news articles written for the purpose, read quote by quote and claim
by claim under samples/README.md): a content that ran on into the speaker's own next verb ("said A and called on
B", "said A but warned that B"), a writer's summing-up after "according to X" ("…, a move that…"), an unnamed
speaker taken up by "the diplomat", a headline's title or label before a colon ("UN chief: …",
"Exclusive: …, sources say", "Q: …") and a page's copyright and sharing lines (docs/schema.md, attribution
round 37). Sentences written for these tests (fiction), through ``newsgraph.analyze``."""

from __future__ import annotations

import pytest

from newsgraph import analyze, nlp
from newsgraph.extract.quotes import propose_candidates

from .attribution_support import claim_holding, one_quote, quotes_holding, source_name, speaker_name


def test_a_conjunction_left_at_the_contents_end_is_cut():
    analysis = analyze("Toll talks\n\nThe mayor said the city was ready to talk but warned that it would not accept new tolls.")
    assert one_quote(analysis, "city was ready").text == "the city was ready to talk"


def test_a_content_ending_in_a_conjunction_is_not_run_on_to_the_sentence_end():
    doc = nlp.parse("Toll talks\n\nThe mayor said the city was ready to talk but warned that it would not accept new tolls.")
    candidates, layout = propose_candidates(doc)
    contents = [layout.text[c.start : c.end] for c in candidates if c.cue.lower_ == "said" and layout.text[c.start : c.end].startswith("the city")]
    assert contents == ["the city was ready to talk"], contents


def test_not_yet_is_no_conjunction():
    text = "Talks\n\nOne diplomat said the gaps had narrowed. Another was more cautious, saying that \"we are not there yet.\""
    assert one_quote(analyze(text), "not there").text.endswith("yet.\"")


@pytest.mark.parametrize(
    "second",
    ["and called on the minister to resign", "but called the closures \"reckless\""],
)
def test_a_speech_verb_hung_on_the_content_is_the_speakers_next_statement(second):
    analysis = analyze(f"Clinic closures\n\nOpposition health spokesman Omar Haddad said the figures were \"alarming\" {second}.")
    quote = one_quote(analysis, "figures were")
    assert "called" not in quote.text
    assert speaker_name(quote) == "Omar Haddad"
    assert all(speaker_name(q) == "Omar Haddad" for q in quotes_holding(analysis, "reckless"))


def test_a_pronoun_for_the_speaker_does_not_keep_the_speakers_next_verb_in_the_content():
    text = "Ambassador recalled\n\nSpeaking to a local radio station, the senator said he had \"nothing to apologise for\" and accused Lisbon of \"theatre\"."
    analysis = analyze(text)
    assert "accused" not in one_quote(analysis, "nothing to apologise for").text
    assert [speaker_name(q) for q in quotes_holding(analysis, "theatre")] == ["the senator"]


def test_a_fragment_after_the_speakers_next_verb_is_the_speakers():
    text = "Ferry dispute\n\nThe port authority said the new timetable was \"a fair compromise\" and accused the unions of \"holding the islands hostage\"."
    assert speaker_name(one_quote(analyze(text), "holding the islands hostage")) == "The port authority"


@pytest.mark.parametrize(
    "sentence",
    [
        "The analyst said the company had warned investors and urged them to sell.",  # the content is itself saying
        "The party said its chairman learned of the donation on Friday and immediately disclosed it to the regulator.",
        "The party said they learned of the donation on Friday and immediately disclosed it to the regulator.",
        "The party said the timing was a coincidence; it learned of the donation on Friday and immediately disclosed it to the regulator.",
    ],
)
def test_a_speech_verb_after_a_saying_or_a_persons_deed_stays_in_the_content(sentence):
    analysis = analyze(f"Share sale\n\n{sentence}")
    assert any(("urged them" in q.text or "disclosed it" in q.text) and q.cue.text == "said" for q in analysis.quotes), analysis.quotes


def test_a_summing_up_after_according_to_names_no_one_and_is_not_said():
    text = (
        "Coalition strains\n\nTwo junior ministers threatened to resign over the budget, according to local media, "
        "a step that would cost Prime Minister Tomas Halvorsen his majority."
    )
    analysis = analyze(text)
    quote = one_quote(analysis, "threatened to resign")
    assert speaker_name(quote) == "local media"
    assert "a step that" not in quote.text
    assert source_name(claim_holding(analysis, "threatened to resign")) == "local media"


def test_the_same_role_noun_takes_up_an_unnamed_speaker():
    text = (
        "Sanctions split\n\nA senior EU diplomat said the bloc was divided over the new package. "
        "\"Some capitals want more, others fear the cost,\" the diplomat said."
    )
    analysis = analyze(text)
    assert speaker_name(one_quote(analysis, "Some capitals want more")) == "A senior EU diplomat"


@pytest.mark.parametrize("title", ["UN chief", "Army chief", "EU envoy"])
def test_a_title_before_a_headline_colon_is_its_source(title):
    text = f"{title}: Region on brink of worst famine in decades\n\nGENEVA (Reuters) - Aid agencies warned on Monday that the region faced famine."
    claim = claim_holding(analyze(text), "brink of worst famine")
    assert claim.status == "attributed"
    assert source_name(claim) == title


def test_a_topic_before_a_headline_colon_is_still_no_source():
    claim = claim_holding(analyze("Ukraine war: Russia to move troops into Belarus\n\nMOSCOW (Reuters) - Troops will move, the Kremlin said."), "Russia to move troops")
    assert claim.status == "unattributed"


def test_a_label_before_a_headline_colon_is_no_speaker():
    text = (
        "Exclusive: Carmaker weighs closing Portuguese plant, sources say\n\n"
        "LISBON (Reuters) - Carmaker Solvara is considering closing its plant near Porto, two people familiar with the matter told Reuters."
    )
    analysis = analyze(text)
    assert speaker_name(one_quote(analysis, "weighs closing Portuguese plant")) == "sources"
    assert source_name(claim_holding(analysis, "weighs closing Portuguese plant")) == "sources"


def test_an_interviewers_label_is_no_source():
    text = (
        "Transcript: the health minister\n\nThe following is an edited transcript of an interview with Health Minister Lise Nyborg.\n\n"
        "Q: Hospitals say they are running out of beds.\n\nNYBORG: The system is coping."
    )
    assert source_name(claim_holding(analyze(text), "running out of beds")) == "Hospitals"


@pytest.mark.parametrize(
    "line",
    ["© 2026 The Lakeside Courier. All rights reserved.", "Copyright 2026 Lakeside Media Group. All rights reserved."],
)
def test_copyright_lines_are_furniture(line):
    text = f"Bus lanes approved\n\nThe council approved two new bus lanes on Tuesday.\n\n{line}"
    assert [c.text for c in analyze(text).claims if "reserved" in c.text] == []


def test_a_sharing_line_is_furniture():
    text = "Bus lanes approved\n\nWork is expected to start in March.\n\nRead more: Parking charges to rise in city centre car parks\nShare this article\n"
    assert [c.text for c in analyze(text).claims if "Share" in c.text] == []


def test_a_related_story_link_gives_no_quote():
    text = (
        "Data centre plan\n\nNimbus did not respond to a request for comment.\n\n"
        "Related: Ireland's electricity prices among highest in Europe\nFollow us on Twitter\n"
    )
    assert quotes_holding(analyze(text), "electricity prices") == []
