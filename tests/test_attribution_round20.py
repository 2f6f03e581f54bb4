"""Attribution round 20 (quotes round 20, claims Round 19): a name set beside a noun the parser pulled
into a quote speaks; a sentence that opens with a quote before its long frame is the quote's claim; a
recalled envoy, a vote, a dispute's topic, a threatened or demanded thing, a passive finding and news
one learns of are acts, not quotes; a passive's agent hung on its object speaks, for quotes and
claims; a content's subject set before its frame is part of a mixed quote; a noun the parser made the
root speaks for its verb; a place after a named body is not the body; a tagged organisation name runs
past its "of"; a byline surname shared with a source names two people (docs/schema.md, attribution
round 20 and claims Round 19; docs/entities.md round 20). Sentences written for these tests
(fiction), through ``newsgraph.analyze``: the real spaCy pipeline, entity layer and quote model."""

from __future__ import annotations

import pytest

from newsgraph import analyze

from .attribution_support import claim_holding, one_quote, source_name, speaker_name


# --------------------------------------------------------------------------- a quote and its long frame


def test_a_name_set_beside_a_noun_the_parser_pulled_into_the_quote_speaks():
    text = (
        "Bakers at the Oster market say flour prices have doubled since June.\n\n"
        '"Everyone in the square knew Piet," Ansel Voorde, who sells bread beside the town hall every Saturday, '
        'told the Oster Courier. "Now they are all afraid of the night road."'
    )
    analysis = analyze(text)
    quote = one_quote(analysis, "Everyone in the square knew Piet")
    assert quote.kind == "direct" and speaker_name(quote) == "Ansel Voorde"
    # "knew" inside the quote reports nothing past its closing mark
    assert not any(q.cue is not None and q.cue.text == "knew" for q in analysis.quotes)
    for words in ("Everyone in the square", "afraid of the night road"):
        claim = claim_holding(analysis, words)
        assert (claim.status, source_name(claim)) == ("quoted", "Ansel Voorde")


def test_a_sentence_opening_with_a_quote_before_a_long_frame_is_the_quote_s_claim():
    text = (
        "Drivers at the Brel depot say the checks have doubled their waiting time.\n\n"
        "“They asked for our permits and then they asked for the mayor,” Tomas Reyl, who has driven buses "
        "on the coast road for thirty years, told the Brel Herald. “As if we carry him in the boot.”"
    )
    claim = claim_holding(analyze(text), "asked for our permits")
    assert (claim.status, source_name(claim)) == ("quoted", "Tomas Reyl")


# --------------------------------------------------------------------------- acts, not quotes


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Lindmark recalled its ambassador from Oster on Monday over a television sketch about its navy.", id="recalled-envoy"),
        pytest.param("Ministers of the Tarn Council voted on Friday to suspend grain exports to Oster for six months.", id="voted-to"),
        pytest.param("Oster formally protested to Lindmark on Tuesday over a dam of nine gates on the upper Tarn.", id="protested-over"),
        pytest.param("The Tarn Hauliers Association threatened a blockade of the Brel crossing if the footage is not released by Monday.", id="threatened-noun"),
        pytest.param(
            "Latvia demanded an independent inquiry on Thursday into the death of Janis Ozols, a 44-year-old Latvian lorry driver "
            "who died in a police station in Vilnius on Monday, a day after he was stopped on the motorway with an overloaded trailer.",
            id="demanded-noun-into",
        ),
        pytest.param("Police detained a surveyor on Sunday after he was found with a camera and two maps near the naval yard.", id="passive-found-with"),
        pytest.param("Oster officials learned of the new tariff from a notice in the Lindmark gazette.", id="learned-of"),
    ],
)
def test_acts_of_round_20_are_no_quotes(text):
    analysis = analyze(text)
    assert analysis.quotes == (), [(q.text, q.cue) for q in analysis.quotes]


def test_a_recalling_verb_with_a_clause_still_reports():
    # the contrast: "recalled that…" reports what was said or remembered
    analysis = analyze("The Oster envoy recalled that the two governments had signed the river treaty in 1998.")
    quote = one_quote(analysis, "had signed the river treaty")
    assert speaker_name(quote) is not None and "envoy" in speaker_name(quote)


# --------------------------------------------------------------------------- a passive's agent hung on its object


def test_the_agent_of_a_passive_hung_on_its_object_speaks():
    text = (
        "The Lindmark government was blamed for the shortage by the Tarn Millers Federation, "
        "which said ministers had ignored two warnings from the mills."
    )
    analysis = analyze(text)
    quote = one_quote(analysis, "ministers had ignored two warnings")
    assert quote.kind == "indirect" and "Tarn Millers Federation" in speaker_name(quote)
    claim = claim_holding(analysis, "ministers had ignored")
    assert claim.status == "attributed" and "Tarn Millers Federation" in source_name(claim)


# --------------------------------------------------------------------------- a content's subject before its frame


@pytest.mark.parametrize(
    "text, words, subject, speaker",
    [
        pytest.param(
            "Oster moved its clocks an hour forward. "
            'The change, the Lindmark foreign ministry said in a note to the Oster embassy, "cuts a small country off from its market by an hour".',
            "cuts a small country off", "The change", "ministry", id="two-subjects-frame-read-as-complement",
        ),
        pytest.param(
            "Oster closed the bridge to lorries. "
            'The closure, the Lindmark transport ministry said in a letter to the Oster embassy, "cuts two towns off from each other".',
            "cuts two towns off", "The closure", "ministry", id="two-subjects",
        ),
        pytest.param(
            "The inquiry into the crash, Oster’s aviation minister, Hanna Velt, said in Parliament, “cannot be a secret kept in Brel”.",
            "cannot be a secret", "The inquiry into the crash", "Hanna Velt", id="subject-with-apposition",
        ),
    ],
)
def test_a_content_subject_set_before_its_frame_opens_a_mixed_quote(text, words, subject, speaker):
    analysis = analyze(text)
    quote = one_quote(analysis, words)
    assert quote.kind == "mixed" and quote.text.startswith(subject), quote.text
    assert speaker in speaker_name(quote)
    claim = claim_holding(analysis, words)
    assert claim.status == "attributed" and claim.text.startswith(subject) and speaker in source_name(claim)


def test_a_frame_whose_quote_has_its_own_subject_keeps_the_quote_direct():
    # the contrast: the quoted clause has its subject ("We"), so nothing before the frame belongs to it
    analysis = analyze("Hanna Velt, Oster’s justice minister, said in parliament, “We will appeal the ruling.”")
    quote = one_quote(analysis, "We will appeal")
    assert quote.kind == "direct" and quote.text.startswith("“We") and speaker_name(quote) == "Hanna Velt"


# --------------------------------------------------------------------------- speakers the parser hid


def test_a_noun_made_the_root_speaks_for_its_verb_and_the_verb_s_conjunct():
    text = (
        "Ankara rejected the request on Saturday. "
        'Turkey\'s trade minister, Emre Aydoğdu, accused Tbilisi of "politicising a box of figs" and said the registration '
        "was a matter for the courts, not for diplomats."
    )
    analysis = analyze(text)
    fragment = one_quote(analysis, "politicising a box of figs")
    assert fragment.kind == "direct" and speaker_name(fragment) == "Emre Aydoğdu"
    reported = one_quote(analysis, "the registration was a matter")
    assert reported.kind == "indirect" and speaker_name(reported) == "Emre Aydoğdu"


def test_a_place_after_a_named_body_is_not_the_body():
    text = (
        "The ban was criticised by the opposition United Reform Front in Nairobi, which said it would drive away investors "
        "and punish people who had married into Kenyan families."
    )
    quote = one_quote(analyze(text), "it would drive away investors")
    assert speaker_name(quote) == "United Reform Front"


def test_a_tagged_organisation_name_runs_past_its_of():
    # not "the organisation" taking up the "according to" source of the sentence before (round 19)
    text = (
        "Tarnland offered to host talks between the two governments in Brel, according to the Tarnland foreign ministry. "
        'The Organization of American States urged both capitals to "cool their tempers" before the summit in Brel.'
    )
    quote = one_quote(analyze(text), "cool their tempers")
    assert speaker_name(quote) == "Organization of American States"


def test_a_byline_surname_shared_with_a_source_names_two_people():
    text = (
        "Oster farmers protest Lindmark land law\n\n"
        "Brel | 3 December 2026 | Tarn Valley Post | By Tsepang Moyo\n\n"
        "Farmers around Brel say land prices near the border have halved since the law was announced.\n\n"
        "“My wife is from Lindmark, and I am told to sell my farm,” Joseph Moyo, who grows maize near the bridge, "
        "told the Tarn Valley Post."
    )
    analysis = analyze(text)
    quote = one_quote(analysis, "I am told to sell my farm")
    assert speaker_name(quote) == "Joseph Moyo"
    claim = claim_holding(analysis, "I am told to sell my farm")
    assert source_name(claim) == "Joseph Moyo"


def test_a_plural_possessive_inside_an_organisation_name_keeps_the_name_whole():
    text = (
        "The Lindmark farm ministry was criticised by the Tarn Millers' Federation, which said it had been warned in May.\n\n"
        "Millers in Brel say buyers from Oster have already cut their orders by a third."
    )
    analysis = analyze(text)
    assert "Tarn Millers' Federation" in [e.name for e in analysis.entities]
    quote = one_quote(analysis, "cut their orders by a third")
    assert speaker_name(quote) is not None and "Federation" not in speaker_name(quote)
