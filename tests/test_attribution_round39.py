"""Attribution round 39 (fifth probe round: news articles written for the purpose, read quote by quote and claim by
claim under samples/README.md): a frame relaying the statement at the sentence's end ("…, Interfax news agency
reported"), and a writer's summing-up after the content ("…, a sign that…"); "according to two of the sources";
"went on to say that…"; a scare quote after "so-called"; "Analysts at Citi said"; a date after the verb of saying in
a claim ("said on Monday they had…"); an interview's setting or "without providing evidence" closing the content;
"did not respond to a request for comment"; a party a person owns ("Marine Le Pen's National Rally said…"), a body
named "… UK", a president the tagger split from the name (docs/schema.md and docs/entities.md, round 39). Sentences
written for these tests (fiction), through ``newsgraph.analyze``."""

from __future__ import annotations

from newsgraph import analyze

from .attribution_support import claim_holding, one_quote, source_name, speaker_name


def test_an_outlet_relaying_the_statement_at_the_end_is_no_part_of_it():
    text = "Gas deliveries\n\nKazakh Energy Minister Arman Seitov said on Monday that exports would rise in March, Interfax news agency reported."
    analysis = analyze(text)
    quote = one_quote(analysis, "exports would rise")
    assert quote.text == "exports would rise in March"
    assert speaker_name(quote) == "Arman Seitov"


def test_a_relaying_frame_the_parser_made_a_second_complement_is_no_quote_or_content():
    text = "Budget\n\nThe finance minister said the deficit would shrink next year, the state news agency reported."
    analysis = analyze(text)
    quote = one_quote(analysis, "deficit would shrink")
    assert quote.text == "the deficit would shrink next year"
    assert not [q for q in analysis.quotes if "news agency reported" in q.text]
    claim = claim_holding(analysis, "deficit would shrink")
    assert claim.text == "the deficit would shrink next year" and source_name(claim) == "The finance minister"


def test_a_writers_summing_up_after_the_content_is_no_part_of_it():
    text = "Trade talks\n\nVietnam's trade ministry said it was ready to resume talks on steel tariffs, a signal that Hanoi wants to avoid a dispute."
    quote = one_quote(analyze(text), "ready to resume talks")
    assert quote.text == "it was ready to resume talks on steel tariffs"


def test_a_summing_up_the_parser_set_after_the_content_is_no_part_of_it():
    text = "Budget\n\nThe finance minister said on Friday that the deficit would shrink, a step the ministry had promised in May."
    assert one_quote(analyze(text), "deficit would shrink").text == "the deficit would shrink"


def test_a_summing_up_noun_inside_what_was_said_stays():
    text = "Ceasefire\n\nThe envoy said the deal was a step towards peace."
    assert one_quote(analyze(text), "deal was a step").text == "the deal was a step towards peace"


def test_according_to_two_of_the_sources_names_the_group():
    text = (
        "Airline merger\n\nThe two carriers are in talks, three sources told the paper. The deal could close by June, "
        "according to two of the sources, who asked not to be named."
    )
    analysis = analyze(text)
    assert speaker_name(one_quote(analysis, "close by June")) == "two of the sources"
    assert source_name(claim_holding(analysis, "close by June")) == "two of the sources"


def test_went_on_to_say_that_reports_the_clause():
    text = "Water bills\n\nThe regulator fined the company. Its chair went on to say that bills would fall by 5% next year."
    quote = one_quote(analyze(text), "bills would fall")
    assert quote.text == "bills would fall by 5% next year"
    assert quote.cue.text == "say"


def test_a_scare_quote_after_so_called_has_no_speaker():
    text = "Housing\n\nThe so-called \"affordable homes plan\" was written by a consultancy in Leeds."
    quote = one_quote(analyze(text), "affordable homes plan")
    assert quote.speaker is None


def test_a_fragment_named_by_a_speaker_keeps_its_speaker():
    text = "Housing\n\nThe mayor called the plan \"a disgrace\" on Tuesday."
    assert speaker_name(one_quote(analyze(text), "a disgrace")) == "The mayor"


def test_analysts_at_a_bank_are_named_with_it():
    text = "Copper\n\nAnalysts at Barclays said in a note that copper prices would stay high until the summer."
    analysis = analyze(text)
    assert speaker_name(one_quote(analysis, "copper prices would stay high")) == "Analysts at Barclays"
    assert source_name(claim_holding(analysis, "copper prices would stay high")) == "Analysts at Barclays"


def test_officials_at_a_meeting_stay_officials():
    text = "Fisheries\n\nOfficials at the meeting said the quota vote would be delayed."
    assert speaker_name(one_quote(analyze(text), "quota vote")) == "Officials"


def test_a_date_after_the_verb_of_saying_is_no_part_of_the_claim():
    text = "Border\n\nThe coast guard said on Sunday they had rescued 62 people off Lampedusa."
    analysis = analyze(text)
    assert claim_holding(analysis, "rescued 62 people").text == "they had rescued 62 people off Lampedusa"
    assert one_quote(analysis, "rescued 62 people").text == "they had rescued 62 people off Lampedusa"


def test_a_party_a_person_owns_speaks_for_itself():
    text = "Coalition talks\n\nTomas Varga's Fidesz party said on Sunday it would vote against the budget."
    analysis = analyze(text)
    assert speaker_name(one_quote(analysis, "vote against the budget")) == "Tomas Varga's Fidesz party"
    assert source_name(claim_holding(analysis, "vote against the budget")) == "Tomas Varga's Fidesz party"


def test_a_persons_office_still_stands_for_the_person():
    text = "Visa row\n\nAmina Yusuf's office insisted that the minister had never met the lobbyist."
    assert speaker_name(one_quote(analyze(text), "never met the lobbyist")) == "Amina Yusuf"


def test_a_request_for_comment_is_no_quote():
    text = "Steel tariffs\n\nThe Canadian embassy in Washington did not respond to a request for comment on Friday."
    assert not analyze(text).quotes


def test_a_president_the_tagger_split_from_the_name_is_not_the_country():
    text = "Tariffs\n\nChile's President Ana Lucía Herrera warned on Monday that the new levies would cost 40,000 jobs."
    analysis = analyze(text)
    assert speaker_name(one_quote(analysis, "cost 40,000 jobs")) == "Ana Lucía Herrera"
    assert source_name(claim_holding(analysis, "cost 40,000 jobs")) == "Ana Lucía Herrera"


def test_a_ministry_a_country_owns_is_still_named_with_it():
    text = "Envoy summoned\n\nPoland's foreign ministry said the envoy had been summoned over the remarks."
    assert speaker_name(one_quote(analyze(text), "envoy had been summoned")) == "Poland's foreign ministry"


def test_a_body_whose_name_ends_in_a_country_is_not_the_country():
    text = "Screening\n\nBowel Cancer UK said screening rates in the north-east had fallen for a third year."
    analysis = analyze(text)
    assert speaker_name(one_quote(analysis, "screening rates")) == "Bowel Cancer UK"
    assert source_name(claim_holding(analysis, "screening rates")) == "Bowel Cancer UK"


def test_a_country_named_with_its_part_stays_the_country():
    text = "Border checks\n\nNorthern Ireland's health department said waiting lists had grown again."
    assert speaker_name(one_quote(analyze(text), "waiting lists")) == "Northern Ireland's health department"


def test_the_setting_of_an_interview_after_the_content_is_no_part_of_it():
    text = (
        "Steel jobs\n\nThe head of Tata Steel's Dutch arm has warned that the IJmuiden plant could close by 2030 unless "
        "gas prices fall, in an interview with the Dutch daily NRC published on Saturday."
    )
    analysis = analyze(text)
    assert one_quote(analysis, "plant could close").text == "the IJmuiden plant could close by 2030 unless gas prices fall"
    assert claim_holding(analysis, "plant could close").text == "the IJmuiden plant could close by 2030 unless gas prices fall"


def test_the_writers_caveat_without_evidence_is_no_part_of_the_content():
    text = "Unrest\n\nThe interior minister said on Friday that the riots had been organised from abroad, without providing evidence."
    analysis = analyze(text)
    assert one_quote(analysis, "organised from abroad").text == "the riots had been organised from abroad"
    assert claim_holding(analysis, "organised from abroad").text == "the riots had been organised from abroad"


def test_a_statement_that_is_what_was_said_stays():
    text = "Budget\n\nThe senator said the bill was, in a word, a disaster."
    assert one_quote(analyze(text), "the bill was").text == "the bill was, in a word, a disaster"
