"""Attribution round 38 (fourth probe round: news articles written for the purpose, read quote by quote and claim
by claim under samples/README.md): a frame after its content that the parser read as a modifier ("…, three people
familiar with the talks told Reuters, a move that…") and a writer's summing-up after a frame set inside its
content; "one of the people said"; a name in the relative clause of a speaker's apposition; an AFP-style dateline
("Lima (AFP) - ") and a live blog's time stamps; a live page's label and a digest's place label before a colon; a
name read as one more subject after a hyphenated title ("Its co-chair, X, who…, said"); "the airline" for a name
holding "Airlines" (docs/schema.md and docs/entities.md, round 38). Sentences written for these tests (fiction),
through ``newsgraph.analyze``."""

from __future__ import annotations

import pytest

from newsgraph import analyze

from .attribution_support import claim_holding, one_quote, source_name, speaker_name


def test_a_frame_read_as_a_modifier_after_its_content_names_the_speaker():
    text = (
        "Port levy\n\nThe Estonian government is preparing to double the levy it charges cruise ships in Tallinn, "
        "three people familiar with the discussions told Reuters, a step that could upset the Baltic cruise trade."
    )
    analysis = analyze(text)
    quote = one_quote(analysis, "double the levy")
    assert speaker_name(quote) == "three people"
    assert quote.text.startswith("The Estonian government")
    claim = claim_holding(analysis, "double the levy")
    assert claim.status == "attributed" and source_name(claim) == "three people"


def test_a_summing_up_after_a_frame_set_inside_the_content_is_no_part_of_it():
    text = "Fishing quotas\n\nThe council will postpone the quota vote until March, two officials briefed on the talks said, a step that would help Danish fleets."
    quote = one_quote(analyze(text), "postpone the quota vote")
    assert quote.text == "The council will postpone the quota vote until March"


def test_one_of_the_people_is_named_with_the_group():
    text = (
        "Merger talks\n\nTwo lenders are in talks to merge, people familiar with the matter said. "
        "The deal could be announced next month, one of the people said."
    )
    analysis = analyze(text)
    assert speaker_name(one_quote(analysis, "announced next month")) == "one of the people"
    assert source_name(claim_holding(analysis, "announced next month")) == "one of the people"


def test_one_alone_stays_as_written():
    text = "Merger talks\n\nTwo bankers spoke to the paper. One said the deal could be announced next month."
    assert speaker_name(one_quote(analyze(text), "announced next month")) != "one of the people"


def test_a_name_in_the_relative_clause_of_the_speakers_apposition_is_not_the_speaker():
    text = (
        "Oil contracts\n\nThe Australian company Woodside, which operates Sangomar, said in a statement that it "
        "had always met its obligations."
    )
    analysis = analyze(text)
    assert speaker_name(one_quote(analysis, "met its obligations")) != "Sangomar"
    assert source_name(claim_holding(analysis, "met its obligations")) != "Sangomar"


def test_an_afp_style_dateline_is_no_speaker():
    text = (
        "Fuel prices\n\nQuito (AFP) - Ecuador's Energy Minister Marco Salinas on Monday said fuel prices would "
        "rise by ten cents from next week."
    )
    analysis = analyze(text)
    assert speaker_name(one_quote(analysis, "fuel prices would rise")) == "Marco Salinas"
    assert source_name(claim_holding(analysis, "fuel prices would rise")) == "Marco Salinas"


def test_an_afp_style_dateline_is_no_part_of_an_opening_quote():
    text = (
        "Dock strike\n\nLisbon (AFP) - \"We will not unload a single ship until they pay us,\" said a docker "
        "standing at the port gate on Tuesday."
    )
    analysis = analyze(text)
    quote = one_quote(analysis, "unload a single ship")
    assert not quote.text.startswith("Lisbon")
    assert claim_holding(analysis, "unload a single ship").status == "quoted"


@pytest.mark.parametrize("stamp", ["16:20 GMT — ", "9.05am - "])
def test_a_live_blogs_time_stamp_is_no_part_of_a_content(stamp):
    text = f"Election live\n\n{stamp}Turnout had reached 41 percent by midday, the electoral commission said."
    analysis = analyze(text)
    assert one_quote(analysis, "Turnout had reached").text.startswith("Turnout")
    assert claim_holding(analysis, "Turnout had reached").text.startswith("Turnout")


def test_a_live_pages_label_is_no_source():
    text = (
        "Sudan war live: Burhan says army has retaken the airport\n\n"
        "KHARTOUM (Reuters) - Sudan's army chief Abdel Fattah al-Burhan said on Monday the army had retaken the airport."
    )
    claim = claim_holding(analyze(text), "says army has retaken")
    assert claim.status == "attributed"
    assert source_name(claim) not in ("Sudan", "Sudan war")
    assert not claim.text.startswith("Sudan war live")


def test_a_digests_place_label_is_no_source_and_no_part_of_the_quote():
    text = (
        "The week in brief\n\n"
        "Chile: Firefighters contained a forest fire near Valparaiso after three days, a regional official said. "
        "More rain is forecast.\n\n"
        "Ghana: The central bank is expected to hold rates, according to a survey of analysts."
    )
    analysis = analyze(text)
    assert one_quote(analysis, "contained a forest fire").text.startswith("Firefighters")
    assert source_name(claim_holding(analysis, "contained a forest fire")) == "a regional official"
    assert source_name(claim_holding(analysis, "expected to hold rates")) != "Ghana"


def test_a_headlines_speaker_label_still_names_the_source():
    claim = claim_holding(analyze("Mayor Ortiz: Budget will balance\n\nThe mayor spoke on Monday."), "Budget will balance")
    assert claim.status == "attributed"


def test_a_name_read_as_one_more_subject_after_a_hyphenated_title_speaks():
    text = (
        "Coalition row\n\nThe Social Democrats say the matter is settled. Their co-leader, Jonas Weller, who is also "
        "finance minister, told reporters on Tuesday that the pension deal was binding."
    )
    assert speaker_name(one_quote(analyze(text), "pension deal was binding")) == "Jonas Weller"


def test_the_airline_is_the_name_holding_airlines_not_a_nearer_company():
    text = (
        "Groundings\n\nDENVER (AP) — Frontier Airlines said Monday that it had grounded 12 Airbus jets for inspections. "
        "In a statement, the airline said passengers could rebook for free."
    )
    analysis = analyze(text)
    assert speaker_name(one_quote(analysis, "rebook for free")) == "Frontier Airlines"
    assert source_name(claim_holding(analysis, "rebook for free")) == "Frontier Airlines"


def test_a_participle_of_the_phrases_own_noun_is_no_frame():
    text = "Harbour works\n\nThe port will build two new berths for container ships, a plan announced earlier this month."
    analysis = analyze(text)
    assert claim_holding(analysis, "two new berths").status == "unattributed"
    assert not [q for q in analysis.quotes if "two new berths" in q.text]
