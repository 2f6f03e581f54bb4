"""Claims: status and source, non-claims, kind, quantities and times, the quote-frame rule, schema.

Sentences are invented for these tests. Most tests run the real extractors in front of the claim
extractor (entities, quotes, times); the ``*_given_quotes`` tests hand it Quote records built here,
to pin down how it reads the quote extractor's output independently of that extractor.
"""

from __future__ import annotations

import datetime as dt

import pytest

import newsgraph
from newsgraph.extract.claims import claim_kind, claim_sentences, extract_claims, quote_regions
from newsgraph.extract.entities import extract_entities
from newsgraph.extract.quotes import extract_quotes
from newsgraph.extract.times import extract_times
from newsgraph.schema import validate_analysis
from newsgraph.types import Analysis, Document, Quote, Span, Speaker, TimeExpr, Via

PUBLISHED = dt.date(2026, 3, 14)


def claims_of(parse, text, quotes=None, times=None, published=PUBLISHED):
    """The claims of ``text``, with the real upstream extractors unless records are given."""
    doc = parse(text)
    entities = extract_entities(doc)
    if quotes is None:
        quotes = extract_quotes(doc, entities)
    if times is None:
        times = extract_times(doc, published)
    return extract_claims(doc, quotes, times, entities)


def only(claims, fragment):
    """The one claim whose text contains ``fragment``."""
    found = [c for c in claims if fragment in c.text]
    assert len(found) == 1, f"{fragment!r} in {[c.text for c in claims]}"
    return found[0]


def source_name(claim):
    return claim.source.name if claim.source is not None else None


# --------------------------------------------------------------------------- reported speech read from PolNeAR train errors


def test_a_clause_the_parser_took_for_an_open_complement_of_said_is_reported(parse):
    claims = claims_of(parse, "The governor said legalizing it could put thousands of people to work in upstate New York.")
    claim = only(claims, "legalizing it could put")
    assert claim.status == "attributed" and source_name(claim) == "The governor"


def test_a_count_of_people_saying_something_is_the_source(parse):
    claims = claims_of(parse, "About 4 in 10 say they want the council to spend more money on the harbour.")
    claim = only(claims, "they want the council")
    assert claim.status == "attributed" and source_name(claim) == "About 4 in 10"


def test_a_poll_showing_a_figure_is_its_source_but_a_person_showing_papers_is_not(parse):
    poll = claims_of(parse, "A Marist poll showed a three-point lead for the mayor in the harbour district.")
    assert [(c.status, source_name(c)) for c in poll] == [("attributed", "A Marist poll")]
    act = claims_of(parse, "Ms Harper showed her tax returns to reporters.")
    assert [c.status for c in act] == ["unattributed"]


def test_a_title_case_headline_names_its_source_before_the_colon(parse):
    text = "Harper: Council Has ‘No Plan At All’ For The Harbour.\n\nMayor Ellen Harper told reporters on Monday that the council had failed the harbour."
    claim = only(claims_of(parse, text), "Council Has")
    assert claim.status == "attributed" and "Harper" in source_name(claim)
    assert not claim.text.startswith("Harper")


def test_a_condition_opening_the_reported_clause_is_no_indirect_question(parse):
    claims = claims_of(parse, "She said, if elected, she would ask the council to continue to help lead a cancer initiative at the hospital.")
    claim = only(claims, "she would ask the council")
    assert claim.status == "attributed" and claim.text.startswith("if elected")
    assert claims_of(parse, "The minister did not say whether the plan would go ahead.")[0].status == "unattributed"


def test_a_that_clause_misparsed_as_a_relative_clause_of_the_frame_is_reported(parse):
    text = "The State Department less than two weeks ago said for the first time that “top secret” intelligence had passed through the server."
    claim = only(claims_of(parse, text), "intelligence had passed")
    assert claim.status == "attributed" and "State Department" in source_name(claim)
    assert only(claims_of(parse, "The mayor said the report that the council published was wrong."), "the report").text.startswith("the report")


def test_only_an_outlet_hands_on_what_someone_else_said(parse):
    relayed = only(claims_of(parse, "The Harbour Gazette reported that Mayor Ellen Brody said the bridge would close."), "the bridge would close")
    assert "Brody" in source_name(relayed)
    account = only(claims_of(parse, "Councillor Tom Reyes said Mayor Ellen Brody assured them that the bridge would stay open."), "assured them")
    assert "Reyes" in source_name(account)
    thought = only(claims_of(parse, "Harbour workers said they fear the council will sell the docks."), "the council will sell")
    assert source_name(thought) == "Harbour workers"


def test_an_as_clause_attributes_the_main_clause(parse):
    claims = claims_of(parse, "As the Daily Ledger reported on Monday, the council quietly doubled the parking fees last year.")
    claim = only(claims, "doubled the parking fees")
    assert claim.status == "attributed"
    assert "Daily Ledger" in source_name(claim)
    assert "reported" not in claim.text


def test_that_said_is_a_discourse_marker_not_a_frame(parse):
    claims = claims_of(parse, "That said, the harbour's traffic tends to be seasonal, which is why the port closes in winter.")
    assert [c.status for c in claims] == ["unattributed"]


def test_as_x_put_it_attributes_and_as_x_responded_to_does_not(parse):
    claim = only(claims_of(parse, "As Professor Amar put it, the Senate may yet regret the delay."), "the Senate may yet regret")
    assert claim.status == "attributed" and "Amar" in source_name(claim)
    reaction = claims_of(parse, "In 1992, the county flipped to the Democrats, as Mexican-American voters responded to the crackdown on immigrants.")
    assert [c.status for c in reaction] == ["unattributed"]


def test_an_editors_note_label_is_cut_and_the_note_is_the_writers(parse):
    claims = claims_of(parse, "Editor’s note: The mayor regularly skips council meetings.")
    assert [(c.status, c.text) for c in claims] == [("unattributed", "The mayor regularly skips council meetings.")]


def test_a_temporal_as_clause_with_its_own_content_attributes_nothing(parse):
    claims = claims_of(parse, "The mayor smiled as she noted how many residents had come to the hall.")
    assert [c.status for c in claims] == ["unattributed"]
    backed = claims_of(parse, "The council should rebuild the harbour wall this year, as the mayor asked on Monday.")
    assert [c.status for c in backed] == ["unattributed"]  # the writer backs a request


def test_a_reporting_participle_attributes_its_clause_and_leaves_the_act_to_the_writer(parse):
    claims = claims_of(parse, "The farmers' union filed a lawsuit against the ministry on Tuesday, arguing that the new quota breaks European law.")
    content = only(claims, "the new quota breaks European law")
    assert content.status == "attributed"
    assert "union" in source_name(content)
    act = only(claims, "filed a lawsuit")
    assert act.status == "unattributed" and "arguing" not in act.text


def test_a_belief_participle_is_not_reported_speech(parse):
    claims = claims_of(parse, "Each faction projected its hopes onto the new mayor, believing she would follow their own plans.")
    assert all(c.status == "unattributed" for c in claims)


def test_a_byline_is_skipped_but_a_sentence_opening_with_by_is_a_claim(parse):
    claims = claims_of(parse, "By Maria Lopez\n\nBy March 3, the council had approved the new budget for the harbour.")
    assert [c.text for c in claims] == ["By March 3, the council had approved the new budget for the harbour."]


def test_every_sentence_of_a_transcript_paragraph_is_the_labelled_speakers(parse):
    text = "HOLLAND: Well, I think the harbour needs a new bridge. The old one is falling apart.\n\nUPDATE: The council will vote on Friday."
    claims = claims_of(parse, text)
    for fragment in ("the harbour needs a new bridge", "The old one is falling apart"):
        claim = only(claims, fragment)
        assert claim.status == "attributed" and source_name(claim) == "HOLLAND"
        assert "HOLLAND" not in claim.text
    assert only(claims, "The council will vote").status == "unattributed"


def test_a_paragraph_long_quotation_nobody_introduces_continues_the_last_speaker(parse):
    text = (
        "Mayor Ellen Brody said on Monday that the old bridge must be replaced before the winter.\n\n"
        "“The repairs cost more every winter. The river does not wait for our committees.”"
    )
    claims = claims_of(parse, text)
    claim = only(claims, "The repairs cost more every winter")
    assert claim.status == "quoted"
    assert "Brody" in source_name(claim)



# --------------------------------------------------------------------------- held views (issue 4: cognition and belief frames)


@pytest.mark.parametrize(
    "text, fragment, source",
    [
        ("The Kremlin hopes that the sanctions will be lifted by summer.", "the sanctions will be lifted", "Kremlin"),  # "hopes" lemmatised "hop"
        ("Mr. Ackman is convinced that the company will recover.", "the company will recover", "Ackman"),
        ("Some council members are concerned that the budget could collapse.", "the budget could collapse", "Some council members"),
    ],
)
def test_a_third_partys_held_view_is_attributed_to_them(parse, text, fragment, source):
    claim = only(claims_of(parse, text), fragment)
    assert claim.status == "attributed" and source in source_name(claim)
    assert claim.text.startswith(fragment)


def test_a_hope_to_do_something_is_attributed_but_a_plan_or_a_wish_is_the_writers_fact(parse):
    hope = claims_of(parse, "Mayor Ellen Harper hopes to win a second term.")
    assert [(c.status, source_name(c)) for c in hope] == [("attributed", "Ellen Harper")]
    assert hope[0].text == "Mayor Ellen Harper hopes to win a second term"
    # measured on PolNeAR train: attributing plans and wishes too fixed 57 sentences and broke 82
    for text in ("Mayor Ellen Harper plans to visit the harbour in June.", "The council wants to sell the old depot."):
        assert [c.status for c in claims_of(parse, text)] == ["unattributed"]


def test_a_negated_belief_is_attributed_whole_so_the_negation_stays_in_the_claim(parse):
    claims = claims_of(parse, "Council members do not think the plan can pass.")
    assert [(c.status, source_name(c), c.text) for c in claims] == [("attributed", "Council members", "Council members do not think the plan can pass")]


def test_views_of_nobody_in_particular_stay_with_the_writer(parse):
    for text in (
        "It is safe to say the council has lost its majority.",  # an expletive subject
        "The mayor is expected to win the vote.",  # a passive: the writer's prediction
        "I believe the council made a serious mistake.",  # the writer's own view
        "Some council members are so worried that they have stopped attending.",  # a result clause
    ):
        assert [c.status for c in claims_of(parse, text)] == ["unattributed"], text


def test_a_reporting_verb_under_a_control_verb_attributes_its_clause_unless_it_is_withheld(parse):
    quick = only(claims_of(parse, "Advisers to the mayor were quick to point out that she had won two elections."), "she had won")
    assert quick.status == "attributed" and source_name(quick) == "Advisers"
    went = only(claims_of(parse, "She went on to say that the depot would be sold."), "the depot would be sold")
    assert went.status == "attributed"
    assert [c.status for c in claims_of(parse, "She declined to say that the depot would be sold.")] == ["unattributed"]


def test_making_it_clear_states_the_clause_when_someone_does_it(parse):
    claim = only(claims_of(parse, "The mayor made it clear that she would veto the budget."), "she would veto")
    assert claim.status == "attributed" and source_name(claim) == "The mayor"
    assert [c.status for c in claims_of(parse, "The vote made it clear that the council was divided.")] == ["unattributed"]


def test_a_possessed_report_noun_before_a_that_clause_is_the_holders_view(parse):
    claim = only(claims_of(parse, "Harper's response was that the council had ignored the harbour."), "the council had ignored")
    assert claim.status == "attributed" and source_name(claim) == "Harper"
    assert [c.status for c in claims_of(parse, "My impression is that the council has lost its way.")] == ["unattributed"]


# --------------------------------------------------------------------------- frames the parser misreads (issue 4)


def test_an_inverted_parenthetical_frame_names_its_speaker_not_the_sentence_subject(parse):
    claims = claims_of(parse, "The plan, say engineers, is doomed to fail.")
    assert [(c.status, source_name(c)) for c in claims] == [("attributed", "engineers")]


def test_a_parenthetical_frame_holds_the_whole_sentence_and_the_frames_inside_it(parse):
    claims = claims_of(parse, "Even then, the mayor said, she has learned enough about the council that she is sure it cannot change.")
    assert [(c.status, source_name(c)) for c in claims] == [("attributed", "the mayor")]
    assert "she has learned" in claims[0].text and "she is sure" in claims[0].text


def test_an_inverted_said_closing_the_sentence_is_its_frame(parse):
    text = "The steel plant is hanging on, but it is under intense pressure from imports, said the company's chief executive, John Ferriola."
    claims = claims_of(parse, text)
    assert [(c.status, source_name(c)) for c in claims] == [("attributed", "John Ferriola")]
    assert claims[0].text.endswith("pressure from imports")


def test_a_second_that_clause_after_said_is_still_reported(parse):
    claims = claims_of(parse, "The mayor said the depot would be sold, and that the money would go to schools.")
    assert [(c.status, c.text) for c in claims] == [("attributed", "the depot would be sold, and that the money would go to schools")]


def test_a_title_case_headline_whose_verb_the_tagger_read_as_a_name_is_a_claim(parse):
    for text in ("Council Member Raymond Tully Slams Harbour Sale.", "Mayor And Council Hid The Deficit For Years."):
        assert [c.status for c in claims_of(parse, text)] == ["unattributed"], text
    for text in ("Raymond Tully via Harbour Images.", "The Harbour At Night: A View From The Pier."):
        assert claims_of(parse, text) == (), text  # a photo credit, a title


def test_records_cited_around_a_misparsed_show_are_the_source(parse):
    trailing = claims_of(parse, "The depot lost money for a decade, council records show.")
    assert [(c.status, source_name(c), c.text) for c in trailing] == [("attributed", "council records", "The depot lost money for a decade")]
    inside = claims_of(parse, "During the same period, council records show, the depot lost money every year.")
    assert [(c.status, source_name(c)) for c in inside] == [("attributed", "council records")]
    assert [c.status for c in claims_of(parse, "The show was a hit with the harbour workers.")] == ["unattributed"]


def test_a_quotation_takes_its_speaker_from_its_own_sentence_when_no_frame_names_one(parse):
    label = only(claims_of(parse, "Mayor Ellen Harper spoke on Monday. Harper: \"The council has failed the harbour.\""), "The council has failed")
    assert label.status == "quoted" and source_name(label) == "Ellen Harper"
    shot = only(claims_of(parse, 'Sanders shot back, "Secretary Clinton called them out."'), "called them out")
    assert shot.status == "quoted" and "Sanders" in source_name(shot)
    notes = only(claims_of(parse, '"Look at the budget the mayor put out after the storm," Tully notes.'), "Look at the budget")
    assert notes.status == "quoted" and source_name(notes) == "Tully"


def test_a_paragraph_under_a_speakers_name_is_theirs_sentence_by_sentence(parse):
    text = (
        "Ellen Harper: So all of a sudden, the harbour, the depot, everything the city has built over fifty years is now being "
        "sold off to the highest bidder without a single public hearing. That does not sound like good government to me. "
        "It sounds like a fire sale."
    )
    assert [(c.status, source_name(c)) for c in claims_of(parse, text)] == [("attributed", "Ellen Harper")] * 3


def test_words_of_the_writer_before_a_quoted_fragment_make_reported_speech(parse):
    partial = claims_of(parse, 'Right now, the council is "doing everything it can to stop the bleeding," Harper said.')
    assert [(c.status, source_name(c)) for c in partial] == [("attributed", "Harper")]
    assert partial[0].text.startswith("Right now, the council is")
    whole = claims_of(parse, '"We are doing everything we can," Harper said.')
    assert [(c.status, source_name(c)) for c in whole] == [("quoted", "Harper")]


# --------------------------------------------------------------------------- sources (issue 4)


def test_an_unnamed_spokesman_for_a_body_is_that_body(parse):
    claim = only(claims_of(parse, "A spokesman for the ministry said the plant would close in June."), "the plant would close")
    assert claim.status == "attributed" and source_name(claim) == "the ministry"
    named = only(claims_of(parse, "A ministry spokesman, Ivan Petrov, said the plant would close in June."), "the plant would close")
    assert source_name(named) == "Ivan Petrov"


def test_she_is_never_a_man_the_first_name_lexicon_knows(parse):
    text = '"We will fight on," said Donald Trump. "The first thing he had the nerve to say to my husband was that he was busy," she said.'
    claim = only(claims_of(parse, text), "The first thing")
    assert claim.status == "quoted" and source_name(claim) != "Donald Trump"


def test_a_share_of_respondents_speaks_through_the_poll_that_counted_them(parse):
    claim = only(claims_of(parse, "In a Harbour Gazette poll released Monday, 38 percent of voters said the council should resign."), "the council should resign")
    assert claim.status == "attributed" and source_name(claim) == "a Harbour Gazette poll"
    counted = only(claims_of(parse, "About 4 in 10 say they want the council to spend more money on the harbour."), "they want the council")
    assert source_name(counted) == "About 4 in 10"  # no poll named: the count itself


# --------------------------------------------------------------------------- status and source


def test_direct_quote_with_its_frame_is_one_quoted_claim(parse):
    text = "“We will not retreat one step,” Defence Minister Anna Kowalska said on Friday."
    claims = claims_of(parse, text)
    assert len(claims) == 1  # the frame is not a second, unattributed claim about the saying
    claim = claims[0]
    assert claim.status == "quoted"
    assert "Kowalska" in source_name(claim)
    assert claim.text.startswith("“We will not retreat one step")
    assert "said" not in claim.text


def test_frame_before_the_quote(parse):
    claim = claims_of(parse, "The mayor, Ruth Adeyemi, said: “The library will stay open on Saturdays.”")[0]
    assert claim.status == "quoted"
    assert "Adeyemi" in source_name(claim)


def test_reported_speech_is_attributed_to_the_person(parse):
    claims = claims_of(parse, "Health Minister Jonas Berg said that the new clinic would open in May.")
    claim = only(claims, "clinic")
    assert claim.status == "attributed"
    assert "Berg" in source_name(claim)
    assert claim.text == "the new clinic would open in May"  # the content clause, not the frame
    assert len(claims) == 1


def test_according_to_is_attributed(parse):
    claim = only(claims_of(parse, "The factory closed in 2019, according to the regional planning office."), "factory")
    assert claim.status == "attributed"
    assert source_name(claim) == "the regional planning office"
    assert claim.text == "The factory closed in 2019"


def test_a_capital_speaking_for_its_country_is_given_as_its_government(parse):
    text = "Russia moved more troops to the border on Monday.\n\nMoscow says the exercises are purely defensive."
    claim = only(claims_of(parse, text), "defensive")
    assert claim.status == "attributed"
    assert source_name(claim) == "Russian government"  # the entity stays Russia; the source is its government (round 45)


def test_an_outlet_is_the_source_when_it_is_all_the_text_gives(parse):
    claim = only(claims_of(parse, "The Guardian reported that the talks in Geneva had collapsed."), "collapsed")
    assert claim.status == "attributed"
    assert "Guardian" in source_name(claim)


def test_the_speaker_behind_an_outlet_report_is_the_source(parse):
    text = "The Guardian reported that Hungary's foreign minister, Peter Szabo, told colleagues that sanctions never work."
    claim = only(claims_of(parse, text), "sanctions never work")
    assert claim.status == "attributed"
    assert "Szabo" in source_name(claim)


def test_unnamed_sources_keep_their_description(parse):
    claim = only(claims_of(parse, "Western military analysts say the army may struggle to find 30,000 troops."), "struggle")
    assert claim.status == "attributed"
    assert source_name(claim) == "Western military analysts"
    assert claim.source.entity is None


def test_a_trailing_frame_attributes_the_clause_before_it(parse):
    text = "Poland will deploy 5,000 more soldiers to the border, Defence Minister Tomasz Wrona announced on Sunday."
    claim = only(claims_of(parse, text), "deploy")
    assert claim.status == "attributed"
    assert "Wrona" in source_name(claim)


def test_the_writers_assertion_is_unattributed(parse):
    claims = claims_of(parse, "The bridge was completed in 1998 and carries 40,000 vehicles a day.")
    assert [(c.status, c.source) for c in claims] == [("unattributed", None)]


def test_first_person_beliefs_of_the_writer_are_unattributed_opinion(parse):
    claim = claims_of(parse, "I believe the council made a serious mistake.")[0]
    assert claim.status == "unattributed"
    assert claim.kind == "opinion"


def test_negated_and_modal_frames_attribute_nothing(parse):
    claims = claims_of(parse, "He did not say whether the plant would reopen. The council should ask residents what they want.")
    assert [c.status for c in claims] == ["unattributed", "unattributed"]


def test_a_writers_clause_and_a_reported_clause_are_two_claims(parse):
    text = "The government will present a budget next week, and the prime minister's office said the cabinet would meet on Monday."
    claims = claims_of(parse, text)
    assert only(claims, "present a budget").status == "unattributed"
    reported = only(claims, "cabinet would meet")
    assert reported.status == "attributed"
    assert "office" in source_name(reported)


def test_reported_speech_with_a_quoted_fragment_is_attributed_not_quoted(parse):
    text = "Senator Maria Lopez said the plan amounted to “a tax on the poor” and would fail."
    claim = only(claims_of(parse, text), "tax on the poor")
    assert claim.status == "attributed"
    assert "Lopez" in source_name(claim)


def test_speech_acts_are_attributed(parse):
    text = "Mayor Ruth Adeyemi accused the council of wasting money. She called on residents to attend the hearing."
    claims = claims_of(parse, text)
    assert [c.status for c in claims] == ["attributed", "attributed"]
    assert all("Adeyemi" in source_name(c) for c in claims)


def test_a_quote_running_over_sentences_and_paragraphs_keeps_its_speaker(parse):
    text = (
        "Council member Raymond Tully opposed the plan. “We were told the closures were temporary,” Tully said. "
        "“Now they want to make them permanent.\n\n"
        "“I will not vote for a budget that balances the books on the backs of children.”"
    )
    claims = claims_of(parse, text)
    for fragment in ("closures were temporary", "make them permanent", "will not vote"):
        claim = only(claims, fragment)
        assert claim.status == "quoted", fragment
        assert "Tully" in source_name(claim), fragment


def test_a_frame_ending_in_a_colon_introduces_the_next_paragraph(parse):
    text = "The minister, Eva Lind, was blunt. She added:\n\n“Nobody will be left behind by this reform.”"
    claims = claims_of(parse, text)
    assert "She added" not in " ".join(c.text for c in claims)  # the frame alone is not a claim
    claim = only(claims, "Nobody will be left behind")
    assert claim.status == "quoted"
    assert "Lind" in source_name(claim)


def test_quoted_imperatives_are_the_speakers_words(parse):
    claim = only(claims_of(parse, "“Give us a fair fee and we will vaccinate everyone,” said Paul Renner, a pharmacist."), "fair fee")
    assert claim.status == "quoted"
    assert "Renner" in source_name(claim)


# --------------------------------------------------------------------------- given quotes


def _quote(text, content, kind="direct", speaker=None, cue=None, via=(), qid="q1"):
    start = text.index(content)
    cue_span = None
    if cue is not None:
        at = text.index(cue)
        cue_span = Span(at, at + len(cue), cue)
    speaker_record = None
    if speaker is not None:
        at = text.index(speaker)
        speaker_record = Speaker(None, speaker, at, at + len(speaker))
    return Quote(qid, content, start, start + len(content), kind, cue_span, speaker_record, tuple(via))


def test_claims_follow_the_quote_extractor_given_quotes(parse):
    text = "“The border stays closed,” the spokeswoman said. Officials later said that trucks were waiting."
    quotes = (
        _quote(text, "“The border stays closed,”", speaker="the spokeswoman", cue="said", qid="q1"),
        _quote(text, "trucks were waiting", kind="indirect", speaker="Officials", cue="said that", qid="q2"),
    )
    claims = claims_of(parse, text, quotes=quotes, times=())
    assert [(c.status, source_name(c), c.quote, c.text) for c in claims] == [
        ("quoted", "the spokeswoman", "q1", "“The border stays closed,”"),
        ("attributed", "Officials", "q2", "trucks were waiting"),
    ]


def test_reported_speech_is_read_from_the_sentence_and_linked_to_its_quote_given_quotes(parse):
    text = "The plant will close in June, the Daily Ledger reported."
    at = text.index("the Daily Ledger")
    via = Via(None, "the Daily Ledger", at, at + len("the Daily Ledger"))
    quote = _quote(text, "The plant will close in June", kind="indirect", cue="reported", via=(via,))
    claim = claims_of(parse, text, quotes=(quote,), times=())[0]
    assert claim.status == "attributed"
    assert "Daily Ledger" in source_name(claim)
    assert claim.quote == "q1"


def test_thoughts_and_wishes_the_quote_extractor_reports_stay_with_the_writer_given_quotes(parse):
    text = "The Kremlin wants us to believe that the buildup is purely defensive."
    quote = _quote(text, "the buildup is purely defensive", kind="indirect", speaker="The Kremlin", cue="believe")
    claim = claims_of(parse, text, quotes=(quote,), times=())[0]
    assert (claim.status, claim.source) == ("unattributed", None)


def test_a_cue_sentence_whose_content_is_elsewhere_is_no_claim_given_quotes(parse):
    text = "Then he added:\n\n“We are ready for anything.”"
    content_start = text.index("“We")
    quote = Quote("q1", text[content_start:], content_start, len(text), "direct", Span(text.index("added"), text.index("added") + 5, "added"), Speaker(None, "he", 5, 7))
    claims = claims_of(parse, text, quotes=(quote,), times=())
    assert [(c.text, c.status, c.quote) for c in claims] == [("“We are ready for anything.”", "quoted", "q1")]


def test_scare_quotes_do_not_make_a_claim_quoted_given_quotes(parse):
    text = "The so-called “routine rotation” brought 30,000 soldiers to the border."
    quote = _quote(text, "“routine rotation”", kind="direct")
    claim = claims_of(parse, text, quotes=(quote,), times=())[0]
    assert claim.status == "unattributed"
    assert claim.kind == "opinion"  # "so-called"


# --------------------------------------------------------------------------- not claims


@pytest.mark.parametrize(
    "text",
    [
        "Will the council change its mind?",
        "By Katya Orlova",
        "Read more: our coverage of the budget",
        "Here is what we know.",
        "Not one step back.",
        "Sign up for our morning newsletter.",
        "What happens next",
    ],
)
def test_non_claims(parse, text):
    assert claims_of(parse, text, quotes=(), times=()) == ()


def test_a_dateline_of_two_bureaus_is_cut_and_its_places_act_in_no_event(parse):
    from newsgraph import analyze

    text = "Rift widens\n\nADDIS ABABA/NAIROBI, Nov 30 (Reuters) - Ethiopia accused Eritrea on Sunday of moving tanks to the border."
    claims = claims_of(parse, text, quotes=(), times=())
    assert claims[-1].text.startswith("Ethiopia accused")
    events = [(e.type, e.actor.country, e.target.country) for e in analyze(text, published="2026-11-30").events]
    assert events == [("ACCUSE", "ETH", "ERI")]


def test_dateline_and_section_label_are_cut_and_a_stating_headline_is_a_claim(parse):
    text = (
        "Opinion: Poland to send 5,000 more troops to its border\n\n"
        "WARSAW, March 15, 2026 (Vistula Post) — By Jan Nowak\n\n"
        "WARSAW — Poland will send 5,000 more soldiers to its border with Belarus."
    )
    claims = claims_of(parse, text, quotes=(), times=())
    assert [c.text for c in claims] == [
        "Poland to send 5,000 more troops to its border",
        "Poland will send 5,000 more soldiers to its border with Belarus.",
    ]


def test_a_headline_naming_its_source_before_a_colon(parse):
    text = "Lynch: No outside influence on FBI probe into Clinton emails\n\nAttorney General Loretta Lynch spoke on Monday."
    claim = only(claims_of(parse, text, quotes=(), times=()), "outside influence")
    assert claim.status == "attributed"
    assert claim.text == "No outside influence on FBI probe into Clinton emails"
    assert "Lynch" in source_name(claim)
    assert claims_of(parse, "Morning Briefing: A World at War", quotes=(), times=()) == ()  # a title and subtitle


# --------------------------------------------------------------------------- kind


@pytest.mark.parametrize(
    "sentence, kind",
    [
        ("The ministry will publish the figures next week.", "prediction"),
        ("The treaty is expected to be ratified in April.", "prediction"),
        ("Prices could rise again in the autumn.", "prediction"),
        ("The government should stop pretending that the sanctions work.", "opinion"),
        ("The decision was disastrous for the town.", "opinion"),
        ("They deserve our solidarity.", "opinion"),
        ("The council voted 7-4 on Tuesday to reject the budget.", "fact"),
        ("Unemployment fell to 4.2% in March.", "fact"),
    ],
)
def test_kind(parse, sentence, kind):
    doc = parse(sentence)
    assert claim_kind(doc[:]) == kind


def test_kind_of_an_attributed_claim_is_the_kind_of_its_content(parse):
    claim = only(claims_of(parse, "Diplomats said a decision on steel was unlikely to come before the summer."), "decision")
    assert claim.kind == "prediction"


# --------------------------------------------------------------------------- quantities, times, scores


def test_quantities_and_times_inside_a_claim_are_linked(parse):
    text = "The council approved a $2.5bn budget on Tuesday. Residents protested."
    claims = claims_of(parse, text)
    budget = only(claims, "budget")
    assert any(q.text.startswith("$2.5bn") or "2.5bn" in q.text for q in budget.quantities)
    assert all(budget.start <= q.start and q.end <= budget.end for q in budget.quantities)
    assert budget.times, "the real time extractor finds 'on Tuesday'"
    assert only(claims, "protested").quantities == ()


def test_a_reported_claim_ending_in_a_percentage_keeps_its_percent_sign_and_quantity(parse):
    text = "The rebels now control 40% of the province, officials said. Turnout was 61%, according to the electoral commission."
    claims = claims_of(parse, text)
    control = only(claims, "rebels")
    assert control.text.endswith("province")
    turnout = only(claims, "Turnout")
    assert turnout.status == "attributed" and turnout.text.endswith("61%")
    assert [q.text for q in turnout.quantities] == ["61%"]


def test_times_are_linked_by_id_given_times(parse):
    text = "The talks ended on Friday. Nothing was agreed."
    at = text.index("Friday")
    times = (TimeExpr("t1", "Friday", at, at + 6, "2026-03-13", None, "day", "exact"),)
    claims = claims_of(parse, text, quotes=(), times=times)
    assert [c.times for c in claims] == [("t1",), ()]


def test_checkworthiness_ranks_a_factual_claim_above_small_talk(parse):
    claims = claims_of(parse, "Unemployment fell to 4.2% in March from 5.1% a year earlier. We love being here tonight.", quotes=(), times=())
    assert len(claims) == 2
    assert all(0.0 <= c.checkworthy <= 1.0 for c in claims)
    assert claims[0].checkworthy > 0.5 > claims[1].checkworthy


# --------------------------------------------------------------------------- contract


ARTICLE = (
    "Russia, Belarus sign defence pact; 30,000 troops to rotate\n\n"
    "MINSK — Russia and Belarus signed a defence pact on Friday, officials said.\n\n"
    "“Our union is a shield, not a sword,” President Vladimir Putin said. “Nobody has anything to fear.”\n\n"
    "According to the Kremlin, around 30,000 soldiers will rotate through Belarus by 2027. "
    "Critics called the pact “an occupation by paperwork”. Is anyone surprised?\n"
)


def test_claims_validate_against_the_schema_and_point_at_their_text(parse):
    doc = parse(ARTICLE)
    entities = extract_entities(doc)
    quotes = extract_quotes(doc, entities)
    times = extract_times(doc, PUBLISHED)
    claims = extract_claims(doc, quotes, times, entities)
    assert claims
    analysis = Analysis(document=Document("0" * 16, "-", None, "2026-03-14", ARTICLE), entities=entities.entities(), quotes=quotes, times=times, claims=claims)
    validate_analysis(analysis.to_dict())
    entity_ids = {e.id for e in analysis.entities}
    time_ids = {t.id for t in times}
    quote_ids = {q.id for q in quotes}
    assert [c.id for c in claims] == [f"c{i}" for i in range(1, len(claims) + 1)]
    assert [c.start for c in claims] == sorted(c.start for c in claims)
    for claim in claims:
        assert ARTICLE[claim.start : claim.end] == claim.text
        assert set(claim.times) <= time_ids
        assert claim.quote is None or claim.quote in quote_ids
        if claim.source is not None:
            assert claim.source.entity is None or claim.source.entity in entity_ids
            if claim.source.start is not None:
                assert 0 <= claim.source.start < claim.source.end <= len(ARTICLE)
        if claim.status == "unattributed":
            assert claim.source is None
    assert not any("surprised" in c.text for c in claims)


def test_full_analysis_output_validates():
    result = newsgraph.analyze(ARTICLE, published="2026-03-14").to_dict()
    validate_analysis(result)
    assert result["claims"]
    statuses = {c["status"] for c in result["claims"]}
    assert {"quoted", "attributed", "unattributed"} <= statuses


# --------------------------------------------------------------------------- bad input


def test_a_sentence_with_forty_numbers(parse):
    text = "The readings were " + ", ".join(str(n * 7) for n in range(40)) + " and 99 percent."
    claims = claims_of(parse, text)
    assert len(claims) == 1
    assert claims[0].text == text


def test_text_without_sentences(parse):
    for text in ["...", "— — —", "\n\n\n", "12345"]:
        assert claims_of(parse, text, quotes=(), times=()) == ()


def test_a_five_thousand_word_sentence(parse):
    words = ("the committee said that the old bridge over the river would be repaired and painted " * 400).split()[:5000]
    text = " ".join(words) + "."
    claims = claims_of(parse, text, quotes=(), times=())
    assert claims
    assert all(text[c.start : c.end] == c.text for c in claims)


def test_unbalanced_quotation_marks_do_not_swallow_the_article(parse):
    text = "“This is never closed, the minister said.\n\nThe second paragraph is plain reporting about the weather."
    assert quote_regions(text) == [(0, text.index("\n"))]
    claim = only(claims_of(parse, text, quotes=(), times=()), "weather")
    assert claim.status == "unattributed"


def test_claim_sentences_skips_only_what_asserts_nothing(parse):
    doc = parse("Is it over? The vote was held on Tuesday.")
    assert [doc.text[a:b] for _, a, b in claim_sentences(doc)] == ["The vote was held on Tuesday."]


def test_a_writers_clause_beside_a_given_quote_is_still_a_claim_given_quotes(parse):
    text = "The government will present a budget next week, and the prime minister's office said the cabinet would meet on Monday."
    quote = _quote(text, "the cabinet would meet on Monday", kind="indirect", speaker="the prime minister's office", cue="said")
    claims = claims_of(parse, text, quotes=(quote,), times=())
    assert [(c.status, c.quote) for c in claims] == [("unattributed", None), ("attributed", "q1")]
    assert claims[0].text.startswith("The government will present a budget")


def test_the_writers_own_reported_thought_stays_unattributed_given_quotes(parse):
    text = "We believe that the treaty is a mistake."
    quote = _quote(text, "the treaty is a mistake", kind="indirect", speaker="We", cue="believe")
    claim = claims_of(parse, text, quotes=(quote,), times=())[0]
    assert (claim.status, claim.source) == ("unattributed", None)


# --------------------------------------------------------------------------- the scorer (bench/claims.py)


@pytest.mark.parametrize(
    "gold, predicted, same",
    [
        ("Vladimir Putin", "Putin", True),
        ("Kremlin", "the Kremlin", True),
        ("Belarusian foreign ministry", "Belarus's foreign ministry", True),
        ("foreign ministers of Lithuania, Latvia and Estonia", "the three ministers", True),
        ("Russia", "Moscow", False),
        ("Russia", "Kremlin", False),
        ("Poland's foreign ministry", "Russian foreign ministry", False),
        ("Dana Whitfield", "Europe", False),
        ("U.N.", "the U.N.", True),  # a dotted abbreviation is one word, even one spelling a stop word
        ("U.S. Treasury", "the U.S.", True),
        ("U.N.", "U.K.", False),
        (None, None, True),
        ("Diplomats", None, False),
    ],
)
def test_source_names_match_leniently_but_not_across_metonyms(gold, predicted, same):
    from newsgraph.eval.claims import names_match

    assert names_match(gold, predicted) is same


def test_polnear_gold_reads_quote_marks_over_the_content_pieces_not_their_hull():
    from newsgraph.eval.attribution import GoldArticle, GoldAttribution
    from newsgraph.eval.claims import polnear_gold

    text = "“It is a cause. It is bigger than him,” said Devine. “We want everyone to vote.”"
    first_end = text.index(" said")
    second = text.index("“We")
    devine = text.index("Devine")
    relation = GoldAttribution(0, len(text), ((0, first_end), (second, len(text))), ((devine, devine + 6),), ((first_end + 1, first_end + 5),))
    article = GoldArticle("a", text, (relation,))
    regions = quote_regions(text)

    def share(a, b):
        return sum(max(0, min(e, b) - max(s, a)) for s, e in regions) / max(1, b - a)

    middle = (text.index("It is bigger"), text.index(" “We"))  # the sentence holding the frame
    [gold] = polnear_gold(article, [middle], share)
    assert gold.status == "quoted" and gold.source == "Devine"


def test_clause_agreements_count_a_claim_that_is_the_annotated_content_of_a_long_frame():
    from newsgraph.eval.attribution import GoldArticle, GoldAttribution
    from newsgraph.eval.claims import GoldClaim, PredictedClaim, clause_agreements

    text = "Making the rounds on the Sunday morning shows, Carson said he was facing scrutiny."
    content = (text.index("he was"), len(text) - 1)
    carson = text.index("Carson")
    relation = GoldAttribution(*content, (content,), ((carson, carson + 6),), ((carson + 7, carson + 11),))
    article = GoldArticle("a", text, (relation,))
    gold = [GoldClaim(0, len(text), text, "unattributed", None)]  # content under half the sentence
    right = PredictedClaim(*content, "attributed", "Ben Carson", carson, carson + 6)
    assert clause_agreements(article, gold, [right]) == 1
    elsewhere = PredictedClaim(*content, "attributed", "Sunday", 0, 6)
    assert clause_agreements(article, gold, [elsewhere]) == 0


def test_scorer_counts_status_source_and_both_over_gold_claims(tmp_path):
    from newsgraph.errors import InputError
    from newsgraph.eval.claims import PredictedClaim, read_gold, score_article

    text = "The army left. Officials said the town was calm. “We won,” Kowalska said. Nobody checked."
    gold_file = tmp_path / "gold.json"
    gold_file.write_text(
        '{"claims": ['
        '{"text": "The army left.", "status": "unattributed", "source": null},'
        '{"text": "Officials said the town was calm.", "status": "attributed", "source": "officials"},'
        '{"text": "We won", "status": "quoted", "source": "Anna Kowalska"},'
        '{"text": "Nobody checked.", "status": "unattributed", "source": null},'
        '{"text": "not in the article", "status": "unattributed", "source": null}]}',
        encoding="utf-8",
    )
    gold, unlocated = read_gold(gold_file, text)
    assert unlocated == 1 and [g.text for g in gold][:2] == ["The army left.", "Officials said the town was calm."]

    def at(fragment, status, source=None):
        start = text.index(fragment)
        return PredictedClaim(start, start + len(fragment), status, source)

    predicted = [
        at("The army left.", "unattributed"),
        at("the town was calm", "attributed", "Officials"),
        at("“We won,”", "quoted", "Kowalska"),
    ]
    scores = score_article(gold, predicted)
    assert (scores.gold, scores.matched, scores.status_right, scores.source_right, scores.both_right) == (4, 3, 3, 3, 3)
    assert scores.both_accuracy == 0.75  # the missed claim counts as wrong
    assert scores.confusion[("unattributed", "missed")] == 1

    gold_file.write_text('{"claims": [{"text": "The army left.", "status": "claimed", "source": null}]}', encoding="utf-8")
    with pytest.raises(InputError, match="status"):
        read_gold(gold_file, text)


# --------------------------------------------------------------------------- estimates and backshifted reports (issue 4)


@pytest.mark.parametrize(
    "text, source",
    [
        ("The health ministry put the death toll at 42.", "The health ministry"),
        ("Analysts put the cost of the programme at $2.5bn.", "Analysts"),
    ],
)
def test_putting_a_figure_at_a_number_is_the_subjects_estimate(parse, text, source):
    claims = claims_of(parse, text)
    assert [(c.status, source_name(c)) for c in claims] == [("attributed", source)]


def test_putting_a_thing_somewhere_at_a_time_is_no_estimate(parse):
    assert [c.status for c in claims_of(parse, "The mayor put the old bell on display at noon.")] == ["unattributed"]


def test_a_backshifted_clause_conjoined_to_a_past_report_is_more_of_the_report(parse):
    text = "Harper said the depot had been a costly mistake, and the council would need to sell it by June."
    claims = claims_of(parse, text)
    assert [(c.status, source_name(c)) for c in claims] == [("attributed", "Harper")]
    assert "the council would need to sell it" in claims[0].text
    # without the shift into "would", the conjoined clause is the writer's
    plain = claims_of(parse, "Police said the suspect fled, and the city closed the bridge.")
    assert [(c.status, source_name(c)) for c in plain] == [("attributed", "Police"), ("unattributed", None)]


# --------------------------------------------------------------------------- speech acts outside the cue lexicon (issue 4)


@pytest.mark.parametrize(
    "text",
    [
        "Grace Okafor appealed to donors for more funding.",
        "Grace Okafor hailed the agreement as a breakthrough.",
        "Grace Okafor thanked the volunteers for their work.",
        "Grace Okafor apologised for the delays.",
        "Grace Okafor congratulated the winner on her victory.",
        "Grace Okafor lamented the lack of progress in the talks.",
        "Grace Okafor questioned the legality of the contract.",
        "Grace Okafor complained about the delays.",
    ],
)
def test_a_speech_act_with_no_content_clause_is_the_whole_sentence_attributed(parse, text):
    claims = claims_of(parse, text)
    assert [(c.status, source_name(c)) for c in claims] == [("attributed", "Grace Okafor")]
    assert claims[0].text == text.rstrip(".")


def test_verbs_measured_worse_as_speech_acts_stay_the_writers(parse):
    # "welcomed", "rejected", "endorsed", "announced" read as speech acts broke more PolNeAR train
    # sentences than they fixed (docs/schema.md): acts the writer reports
    for text in (
        "Grace Okafor welcomed the ruling as a victory for the rule of law.",
        "Grace Okafor rejected the accusations.",
        "Grace Okafor endorsed the governor in the primary.",
        "Grace Okafor announced her candidacy on Monday.",
    ):
        assert [c.status for c in claims_of(parse, text)] == ["unattributed"], text


def test_an_as_phrase_the_parser_hung_on_the_object_still_makes_the_speech_act(parse):
    claims = claims_of(parse, "Grace Okafor defended the curfew as necessary.")
    assert [(c.status, source_name(c)) for c in claims] == [("attributed", "Grace Okafor")]


@pytest.mark.parametrize(
    "text, content",
    [
        ("Grace Okafor gave assurances that the troops would withdraw.", "the troops would withdraw"),
        ("Grace Okafor repeated her insistence that the vote was fair.", "the vote was fair"),
    ],
)
def test_a_speech_noun_after_a_light_verb_attributes_its_clause(parse, text, content):
    claims = claims_of(parse, text)
    assert [(c.status, source_name(c), c.text) for c in claims] == [("attributed", "Grace Okafor", content)]


@pytest.mark.parametrize(
    "text, source",
    [
        ("The ministry issued a statement calling for calm in the northern provinces.", "The ministry"),
        ("The embassy lodged a protest over the arrest of its citizens.", "The embassy"),
        ("Grace Okafor raised concerns about the cost of the project.", "Grace Okafor"),
        ("Grace Okafor issued a warning that the dam could burst.", "Grace Okafor"),
    ],
)
def test_a_speech_noun_after_a_light_verb_with_no_clause_is_the_whole_sentence(parse, text, source):
    claims = claims_of(parse, text)
    assert [(c.status, source_name(c)) for c in claims] == [("attributed", source)]


def test_a_light_verb_with_an_ordinary_object_is_the_writers(parse):
    for text in ("Grace Okafor issued new passports to the refugees.", "Grace Okafor made the call to close the border."):
        assert [c.status for c in claims_of(parse, text)] == ["unattributed"], text


# --------------------------------------------------------------------------- sources (issue 4)


def test_of_two_subjects_the_parser_gave_the_frame_the_one_before_it_speaks(parse):
    claims = claims_of(parse, "Voters, Clinton suggested, don’t have to worry that big banks can influence politicians.")
    assert [(c.status, source_name(c)) for c in claims] == [("attributed", "Clinton")]
    assert claims[0].text.startswith("Voters")
    dateline = claims_of(parse, "LONDON (Reuters) - Donald Trump said he was unlikely to win the state.")
    assert [(c.status, source_name(c)) for c in dateline] == [("attributed", "Donald Trump")]


def test_a_passive_aside_in_brackets_is_no_frame(parse):
    claims = claims_of(parse, "Only 2,200 Syrians have been admitted (10,000 are expected to arrive next year).")
    assert [(c.status, source_name(c)) for c in claims] == [("unattributed", None)]


def test_respondents_counted_by_a_poll_that_found_something_speak_through_the_poll(parse):
    claims = claims_of(parse, "A Bloomberg poll in June showed that 72 percent of voters said it bothered them.")
    assert [(c.status, source_name(c)) for c in claims] == [("attributed", "A Bloomberg poll")]


def test_a_capital_the_tagger_read_as_a_person_speaks_for_the_country_the_article_names(parse):
    claims = claims_of(parse, "Nigeria has closed its border. Abuja says the bridge was closed by rebels.")
    assert source_name(only(claims, "the bridge")) == "Nigerian government"  # the country's government (round 45)
    alone = claims_of(parse, "Abuja says the bridge was closed by rebels.")
    assert source_name(only(alone, "the bridge")) == "Nigerian government"  # no country named: still its government


@pytest.mark.parametrize(
    "text",
    [
        "Grace Okafor cited the latest unemployment figures.",
        "Grace Okafor pointed to the rising cost of fuel.",
        "Grace Okafor recalled her years in the army.",
    ],
)
def test_citing_and_recalling_are_the_speakers(parse, text):
    assert [(c.status, source_name(c)) for c in claims_of(parse, text)] == [("attributed", "Grace Okafor")]
