"""Attribution round 23 (from the burned sets unseen24 and unseen25, with unseen16, 17, 22, 23 and 26 to
29): a state body owned by a capital, or taken up by "it", is a claim source under its country's
adjective (a country's possessive as the mention writes it stays); the article's headline is a claim
when the tagger read its verb as a noun or its opening acronym as a command verb; "X, she said, but Y"
leaves Y with the speaker; the bare noun object of a deed verb stays a deed when a participle or a
relative clause only describes it; coordination runs along the parser's chain; "Some in X" is named
with its place; view phrases closed by a comma the parser hung on them, and "by the estimate of X",
name their holder; "her" holding a view is read like "she" (docs/schema.md, attribution round 23;
docs/entities.md round 23). Sentences written for these tests (fiction), through ``newsgraph.analyze``."""

from __future__ import annotations

from newsgraph import analyze

from .attribution_support import claim_holding, one_quote, quotes_holding, source_name, speaker_name


def test_a_countrys_ministry_keeps_the_possessive_the_article_wrote():
    text = (
        "Fishing boats stayed in port at Qingdao on Monday.\n\n"
        "China's agriculture ministry said the summer ban on trawling would end a week early this year."
    )
    claim = claim_holding(analyze(text), "the summer ban on trawling")
    assert (claim.status, source_name(claim)) == ("attributed", "China's agriculture ministry")


def test_a_capitals_ministry_is_named_with_its_countrys_adjective():
    text = "Bangkok's interior ministry said the border post at Aranyaprathet would reopen in March."
    claim = claim_holding(analyze(text), "the border post at Aranyaprathet")
    assert source_name(claim) == "Thai interior ministry"


def test_a_persons_office_keeps_the_possessive():
    text = "Marta Kowalczyk's office said the senator would not attend the hearing in Lublin."
    claim = claim_holding(analyze(text), "the senator would not attend")
    assert source_name(claim) == "Marta Kowalczyk's office"


def test_a_headline_whose_verb_was_read_as_a_noun_is_a_claim():
    text = (
        "Finnish icebreaker shadows Estonian ferry off Hanko\n\n"
        "By Liisa Koski | Baltic Harbour Post | Helsinki, 3 February 2027\n\n"
        "A Finnish icebreaker followed an Estonian ferry for six hours on Tuesday."
    )
    claim = claim_holding(analyze(text), "Finnish icebreaker shadows Estonian ferry")
    assert (claim.status, claim.source) == ("unattributed", None)


def test_a_headline_opening_with_an_acronym_is_not_a_command():
    text = (
        "ECOWAS lifts travel curbs on Benin as talks resume\n\n"
        "By Kossi Mensah | Volta Wire | Cotonou, 9 March 2027\n\n"
        "West African leaders lifted the curbs on Sunday."
    )
    claim = claim_holding(analyze(text), "ECOWAS lifts travel curbs on Benin")
    assert claim.status == "unattributed"


def test_a_clause_after_she_said_but_stays_the_speakers():
    text = (
        "Ana Tsereteli runs the Kutaisi grain exchange.\n\n"
        "Wheat prices rose again this month, she said, but the mills have enough stock until the harvest."
    )
    claim = claim_holding(analyze(text), "the mills have enough stock")
    assert (claim.status, source_name(claim)) == ("attributed", "Ana Tsereteli")
    assert claim.text.startswith("Wheat prices rose again this month")


def test_a_clause_after_the_ministry_said_and_stays_the_writers():
    text = "Police detained 12 people, the interior ministry said, and the market stayed closed until noon."
    claim = claim_holding(analyze(text), "the market stayed closed until noon")
    assert claim.status == "unattributed"


def test_a_deed_object_described_by_a_participle_is_no_quote():
    text = (
        "Central Asian leaders lifted the trade and transit sanctions imposed on Kyrvania two years ago at a "
        "summit of the regional council in Tashkent on Sunday."
    )
    assert quotes_holding(analyze(text), "the trade and transit sanctions") == []


def test_a_deed_object_described_by_a_relative_clause_is_no_quote():
    text = "The national assembly on Tuesday ratified an agreement that moves the river border two kilometres east."
    assert quotes_holding(analyze(text), "an agreement that moves the river border") == []


def test_three_coordinated_states_all_speak():
    text = (
        "Norway, Iceland and Denmark called on the whaling commission to meet before June, and warned in a joint "
        "letter that they would leave the commission if it did not."
    )
    analysis = analyze(text)
    assert speaker_name(one_quote(analysis, "to meet before June")) == "Norway, Iceland and Denmark"
    assert {source_name(c) for c in analysis.claims if "they would leave the commission" in c.text} == {"Norway, Iceland and Denmark"}


def test_some_in_a_place_are_named_with_the_place():
    text = "Some in Mombasa say the port authority has been slow to dredge the old harbour."
    analysis = analyze(text)
    assert speaker_name(one_quote(analysis, "the port authority has been slow")) == "Some in Mombasa"
    assert source_name(claim_holding(analysis, "the port authority has been slow")) == "Some in Mombasa"


def test_in_the_view_of_a_person_described_in_apposition():
    text = (
        "The border wall reached the coast on Monday.\n\n"
        "In the view of Tomas Quispe, a historian at the University of Arequipa, the quarrel over the old marker "
        "will outlast the wall."
    )
    analysis = analyze(text)
    assert speaker_name(one_quote(analysis, "the quarrel over the old marker")) == "Tomas Quispe"
    claim = claim_holding(analysis, "the quarrel over the old marker")
    assert (claim.status, source_name(claim)) == ("attributed", "Tomas Quispe")


def test_her_view_goes_to_the_woman_not_the_man_a_he_was_resolved_to():
    text = (
        "Bambang Saputra said the patrols would keep to the old line. He would not say more.\n\n"
        "Nurul Aziz, a lawyer at the University of Malaya, said delays were normal for such treaties. "
        "In her view, the parliament is waiting for the state election."
    )
    analysis = analyze(text)
    assert speaker_name(one_quote(analysis, "the parliament is waiting")) == "Nurul Aziz"
    assert source_name(claim_holding(analysis, "the parliament is waiting")) == "Nurul Aziz"


def test_a_praised_or_defended_object_with_a_description_stays_a_stance():
    text = "The governor's campaign is defending his late-night posts attacking a former judge."
    # a verb of praise or blame keeps its described object as the stance taken (PolNeAR's reading)
    assert quotes_holding(analyze(text), "his late-night posts attacking a former judge") != []


def test_her_view_after_an_unnamed_speaker_is_that_speakers():
    text = (
        "The port was closed on Monday.\n\n"
        "The agency's director told reporters that the talks had been useful. In her view, the dispute can be settled by June."
    )
    assert speaker_name(one_quote(analyze(text), "the dispute can be settled")) == "The agency's director"


def test_a_body_of_myanmars_capital_is_named_with_myanmar():
    text = "Naypyidaw's foreign ministry said the border crossing at Myawaddy would reopen on Friday."
    assert source_name(claim_holding(analyze(text), "the border crossing at Myawaddy")) == "Myanmar foreign ministry"


def test_a_closing_estimate_of_a_named_body_is_its_claim():
    text = "Tanzanian boats land about a third of the fish sold in Mombasa, by the estimate of the Kenyan fisheries ministry."
    claim = claim_holding(analyze(text), "Tanzanian boats land about a third")
    assert (claim.status, source_name(claim)) == ("attributed", "the Kenyan fisheries ministry")


def test_a_countrys_ministry_taken_up_by_it_is_named_with_the_adjective():
    text = "Peru's mining ministry issued a statement on Monday. It said the licence of the Tacna mine would be reviewed."
    claim = claim_holding(analyze(text), "the licence of the Tacna mine")
    assert (claim.status, source_name(claim)) == ("attributed", "Peruvian mining ministry")
