"""Attribution round 27 (quotes and claims; from the speaker-wrong, missed and claims rows of the burned
sets unseen22 to unseen29): who a description, a pronoun or a document stands for, and a second "that"
clause of one reporting verb (docs/schema.md and docs/entities.md, attribution round 27). Sentences
written for these tests (fiction), through ``newsgraph.analyze``."""

from __future__ import annotations

from newsgraph import analyze

from .attribution_support import claim_holding, one_quote, quotes_holding, source_name, speaker_name


def test_a_name_set_after_the_place_of_a_spokesperson_names_the_source():
    text = "The alliance's spokeswoman in Geneva, Maria Lindgren, said the talks were still on track."
    analysis = analyze(text)
    assert source_name(claim_holding(analysis, "still on track")) == "Maria Lindgren"
    assert speaker_name(one_quote(analysis, "still on track")) == "Maria Lindgren"


def test_a_name_set_after_a_place_names_an_indefinite_speaker():
    text = "A shepherd in Dorbod, Altan Bayar, said the wolves had taken forty sheep since October."
    assert source_name(claim_holding(analyze(text), "forty sheep")) == "Altan Bayar"


def test_a_name_given_inside_an_apposition_comes_before_a_place_in_it():
    text = ("One passenger, a 24-year-old from Kisumu who gave his name only as Daniel, told reporters that the "
            "ferry had left with twice its load.")
    analysis = analyze(text)
    assert speaker_name(one_quote(analysis, "twice its load")) == "Daniel"
    assert source_name(claim_holding(analysis, "twice its load")) == "Daniel"


def test_a_place_the_tagger_once_took_for_a_person_is_no_speakers_name():
    text = "Hanoi urged Kuala Lumpur to sign the accord. Speaking in Kuala Lumpur, Malaysia's trade minister said the government needed more time."
    analysis = analyze(text)
    assert speaker_name(one_quote(analysis, "needed more time")) == "Malaysia's trade minister"
    assert source_name(claim_holding(analysis, "needed more time")) == "Malaysia's trade minister"


def test_a_second_that_clause_coordinated_with_the_verb_is_a_second_quote():
    text = ("Norway's fisheries minister told reporters that the quota was “fair to every boat on the coast”, "
            "and that Oslo had informed Reykjavik in advance.")
    analysis = analyze(text)
    quote = one_quote(analysis, "Oslo had informed Reykjavik in advance")
    assert (quote.text, speaker_name(quote)) == ("Oslo had informed Reykjavik in advance", "Norway's fisheries minister")
    first = one_quote(analysis, "fair to every boat")
    assert "Oslo" not in first.text


def test_a_second_that_clause_after_a_statement_is_said_by_its_author():
    text = ("Peru's foreign ministry said in a statement that the border would be watched by “more patrols and drones”, "
            "and that the inquiry into the shooting would go on.")
    quote = one_quote(analyze(text), "the inquiry into the shooting would go on")
    assert (quote.text, speaker_name(quote)) == ("the inquiry into the shooting would go on", "Peru's foreign ministry")


def test_a_that_clause_of_another_verb_is_no_second_content():
    text = "The mayor told reporters that the bridge was safe, and left for the capital that evening."
    assert quotes_holding(analyze(text), "left for the capital") == [] or all(
        "bridge was safe" in q.text for q in quotes_holding(analyze(text), "left for the capital")
    )


def test_the_company_is_never_the_outlet_of_the_byline():
    text = ("Chile restores copper exports to Bolivia\n\nBy Ana Rojas | Atacama Mining Review | Antofagasta, 3 March 2026\n\n"
            "Minera Salar, Chile's state-owned miner, stopped shipments to Bolivia on February 2. "
            "The company said the rail operator owed it $40 million.")
    quote = one_quote(analyze(text), "owed it $40 million")
    assert "Atacama" not in speaker_name(quote)


def test_a_record_of_the_words_is_no_frame_of_its_own():
    text = ("“This coast is ours, and it will stay ours,” the Ruritanian President told sailors at the naval base, "
            "according to a transcript published by his office.")
    analysis = analyze(text)
    quote = one_quote(analysis, "This coast is ours")
    assert speaker_name(quote) == "the Ruritanian President"
    assert source_name(claim_holding(analysis, "This coast is ours")) == "the Ruritanian President"


def test_a_source_cited_for_a_report_still_frames_it():
    text = "The governor said the dam had held, according to the regional broadcaster."
    quote = one_quote(analyze(text), "the dam had held")
    assert speaker_name(quote) == "The governor"


def test_he_after_a_body_spoke_is_the_described_person_not_the_body():
    text = ("The government blamed the outage on a storm. The Ruritanian President dismissed the report. "
            "“Nobody here believes in that storm,” he told reporters in the capital.")
    quote = one_quote(analyze(text), "Nobody here believes")
    assert speaker_name(quote) == "The Ruritanian President"


def test_he_after_an_unnamed_subject_is_not_the_earlier_named_speaker():
    text = ("Karel Novak, an analyst at the Brno Institute, said the plant would need six years to pay off. "
            "The Hungarian prime minister, who had opened the plant in the morning, spent the afternoon on the rail loan. "
            "He said the new trains would halve the journey to the coast.")
    analysis = analyze(text)
    assert speaker_name(one_quote(analysis, "halve the journey")) == "The Hungarian prime minister"
    assert source_name(claim_holding(analysis, "halve the journey")) == "The Hungarian prime minister"


def test_he_after_the_same_described_speaker_keeps_that_speaker():
    text = ("“We will build the line,” the Ruritanian President said at the station. "
            "He added that the first trains would run in May.")
    quote = one_quote(analyze(text), "first trains would run in May")
    assert speaker_name(quote) == "the Ruritanian President"


def test_the_by_of_a_statements_content_names_no_author():
    text = ("Nepal's foreign ministry said in a statement that the bridge would be guarded by “extra police and cameras”. "
            "The statement called the meeting “useful and calm”.")
    quote = one_quote(analyze(text), "useful and calm")
    assert speaker_name(quote) != "extra police"
    assert "foreign ministry" in speaker_name(quote)


def test_they_in_a_report_stands_for_the_people_reporting():
    text = ("Many farmers in Salta and Jujuy grow tobacco, and hundreds of Bolivians cross every day to work on the farms. "
            "Truckers in Salta say that the new road will not reach the border but that they expect shorter waits.")
    claim = claim_holding(analyze(text), "Truckers in Salta say")
    assert source_name(claim) == "Truckers"


def test_a_name_before_a_river_is_a_place_not_the_company():
    text = ("The barge, owned by the Lima-based Rio Cargo, was heading down the Putumayo river when it ran aground, "
            "according to the company.")
    quote = one_quote(analyze(text), "was heading down")
    assert speaker_name(quote) == "Rio Cargo"


def test_a_named_union_is_no_ministry():
    text = ("About 3,000 taxi drivers stopped work on Monday. The Taxi Owners' Union said the strike would go on. "
            "The opposition's finance spokesman, Leon Barr, attacked the fuel price. The ministry's answer was that the cut had been planned.")
    claim = claim_holding(analyze(text), "the cut had been planned")
    assert source_name(claim) != "Taxi Owners' Union"


def test_she_after_a_plural_speaker_is_the_woman_named_in_her_paragraph():
    text = ("Traders in Puno say the fence will slow trade.\n\n"
            "Rosa Mamani has sold wool in Puno for twenty years. Her sister lives on the Bolivian side. "
            "She crosses four times a week. “They tell us it is for the smugglers,” she said.")
    quote = one_quote(analyze(text), "it is for the smugglers")
    assert speaker_name(quote) == "Rosa Mamani"


def test_a_past_tense_joined_to_what_was_demanded_is_the_demanders_act():
    text = "Chile's trade minister, Rosa Vidal, demanded that Lima lift the tariff within a week and called the measure \"a step backwards\"."
    quote = one_quote(analyze(text), "a step backwards")
    assert speaker_name(quote) == "Rosa Vidal"


def test_a_utility_described_beside_its_name_is_taken_up_by_the_utility():
    text = ("The Lusaka Water Board, the Zambian state utility that runs the pumps at Kafue, said the meters had failed. "
            "The pumps would stay off, the utility said, \"until the meters are replaced\".")
    quote = one_quote(analyze(text), "until the meters are replaced")
    assert speaker_name(quote) == "Lusaka Water Board"


def test_a_body_named_by_its_kind_finds_as_a_source():
    text = "The observer mission found that tally sheets from 300 polling stations had been delivered unsigned."
    claim = claim_holding(analyze(text), "tally sheets")
    assert (claim.status, source_name(claim)) == ("attributed", "The observer mission")


def test_an_event_still_shows_nothing_as_a_source():
    text = "The flood showed that the river dams were too weak."
    assert claim_holding(analyze(text), "river dams").status == "unattributed"


def test_nino_may_be_a_woman():
    text = ("Georgia's health minister, Nino Kapanadze, told parliament that the new clinics were “small but ready”. "
            "In her view, the shortage had shown that the country needs a reserve of its own.")
    quote = one_quote(analyze(text), "needs a reserve of its own")
    assert speaker_name(quote) == "Nino Kapanadze"


def test_she_after_a_described_subject_met_a_described_person_is_the_subject():
    text = ("The court's chief prosecutor met Serbia's ambassador in The Hague on Monday. "
            "Speaking afterwards, she said the talks had been useful.")
    quote = one_quote(analyze(text), "the talks had been useful")
    assert speaker_name(quote) == "The court's chief prosecutor"
