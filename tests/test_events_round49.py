"""Round 49 of the event coder: what is not an event of the story, from invented wire stories full of background,
denials, options under study and page furniture (docs/events.md, rule 67).

Every sentence here was written for these tests or for the round's invented stories (/work/notes/probe19/art); none is
in bench/events_sentences, a development article or a blind set.
"""

from __future__ import annotations

from .events_support import analyzed_events, analyzed_on, analyzed_typed


def test_the_purpose_of_a_denied_deployment_did_not_happen():
    # main: ASSAULT ERI → ETH on "fight" beside the denial
    text = "Eritrea has denied sending soldiers to fight alongside Ethiopian troops in Tigray.\n"
    assert analyzed_typed(text, "ASSAULT") == []
    assert analyzed_typed(text, "REJECT") == [("ERI", "ETH")]


def test_the_purpose_of_a_threatened_deployment_is_part_of_the_threat():
    # main: ASSAULT TUR → IRQ on "attack" beside the threat
    text = "Turkey threatened on Monday to send troops to attack Kurdish militias in northern Iraq.\n"
    assert analyzed_typed(text, "ASSAULT") == []
    assert analyzed_typed(text, "THREATEN") == [("TUR", "IRQ")]


def test_the_purpose_of_a_deployment_made_is_unchanged():
    # guard: troops sent to fight are still coded as before
    text = "Rwanda sent 500 soldiers to Mozambique on Friday to fight insurgents in Cabo Delgado.\n"
    assert analyzed_typed(text, "MOBILIZE") == [("RWA", "MOZ")]
    assert analyzed_typed(text, "ASSAULT") == [("RWA", "MOZ")]


def test_a_bombing_dated_by_its_opening_year_is_background_despite_its_duration():
    # main: ASSAULT IGO → None ("for 78 days" was taken as its date, and it has no year)
    text = "Serbia recalled its ambassador on Monday.\n\nIn 1999, NATO bombed Yugoslavia for 78 days.\n"
    assert analyzed_typed(text, "ASSAULT") == []
    assert analyzed_typed(text, "SANCTION") == [("SRB", None)]


def test_a_sentence_opened_by_an_earlier_year_is_background_wherever_the_parser_hangs_it():
    # main: REJECT CHN → NLD (the parser made "rejected" the root and "In 2016" hangs on "ruled")
    text = ("Vietnam protested on Monday.\n\n"
            "In 2016, a tribunal in The Hague ruled against China's claims in the South China Sea, a ruling Beijing rejected.\n")
    assert analyzed_typed(text, "REJECT") == []


def test_a_date_across_a_conjunction_does_not_date_the_next_act():
    # guard: "had passed an inspection in March, and accused Jordan": the parser joins "accused" to "passed"
    text = "Egypt rejected the audit on Monday, saying the hangar had passed an inspection in March, and accused Jordan of bias.\n"
    assert [e[0] for e in analyzed_on(text, "accused")] == ["ACCUSE"]


def test_a_pact_named_by_its_year_does_not_date_its_suspension():
    # main: no event (the suspension was dated 2016 by the pact's name, and so was history)
    text = "Turkey suspended the 2016 migration pact with the European Union on Friday.\n"
    assert analyzed_typed(text, "SANCTION") == [("TUR", "IGO")]


def test_headlines_listed_under_a_related_coverage_heading_are_other_stories():
    # main: SANCTION CHN → USA from the listed headline "China sanctions U.S. defence firms"
    text = ("Japan and South Korea held talks on Monday.\n\nRelated coverage\n"
            "North Korea fires missiles into the Sea of Japan\nChina sanctions U.S. defence firms\n")
    assert analyzed_typed(text, "SANCTION") == []
    assert analyzed_typed(text, "CONSULT") == [("JPN", "KOR"), ("KOR", "JPN")]


def test_a_subheading_after_a_paragraph_is_no_link_list():
    # guard: a line with no full stop under the article's own paragraph is read
    text = "Kenya sent police officers to Haiti on Monday.\n\nCeasefire talks\nEgypt hosted talks with Israel and Hamas on Tuesday\n"
    assert analyzed_typed(text, "CONSULT") == [("EGY", "ISR"), ("EGY", "PSE")]


def test_a_ratification_still_owed_is_no_event():
    # main: SUPPORT POL → None on "ratified"
    text = "Poland and Ukraine signed a border treaty on Monday. The treaty still has to be ratified by the Polish parliament.\n"
    assert analyzed_on(text, "ratified") == []
    assert analyzed_typed(text, "SUPPORT") == [("POL", "UKR"), ("UKR", "POL")]


def test_an_approval_a_parliament_has_yet_to_give_is_no_event():
    # main: SUPPORT HUN → SWE
    text = "The Hungarian parliament has yet to approve Sweden's accession to NATO.\n"
    assert analyzed_typed(text, "SUPPORT") == []


def test_a_capacity_to_strike_is_no_strike():
    # main: ASSAULT PRK → GUM on "strike"
    text = "North Korea is able to strike Guam with its new missiles, South Korean officials said on Monday.\n"
    assert analyzed_typed(text, "ASSAULT") == []


def test_a_suspended_partnership_is_a_sanction_not_a_cooperation():
    # main: COOPERATE None → GEO on "partnership"
    text = "The United States suspended its strategic partnership with Georgia on Saturday.\n"
    assert analyzed_events(text) == [("SANCTION", "suspended", "USA", "GEO")]


def test_injuries_the_parser_hangs_on_a_summons_are_the_firings_told_again():
    # main: ASSAULT PHL → CHN on "injuring" (the summoner's subject acted on the ships)
    text = ("The Philippines summoned China's ambassador on Wednesday after Chinese coast guard ships fired water cannon at a "
            "Philippine fisheries vessel near Scarborough Shoal, injuring two crew members.\n")
    assert analyzed_typed(text, "ASSAULT") == [("CHN", "PHL")]


def test_force_not_ruled_out_threatens():
    # main: no event
    text = "India has not ruled out strikes on militant camps in Pakistan, the defence minister said on Monday.\n"
    assert analyzed_typed(text, "THREATEN") == [("IND", "PAK")]


def test_a_refusal_to_rule_out_force_threatens_and_refuses_nothing():
    # main: REJECT VEN → GUY on "refused"
    text = "Venezuela refused on Monday to rule out the use of force against Guyana.\n"
    assert analyzed_events(text) == [("THREATEN", "rule out", "VEN", "GUY")]


def test_what_is_ruled_out_is_not_done():
    # main: MOBILIZE GBR → PSE on "sending troops" beside the rejection
    text = "Britain ruled out sending troops to Gaza on Monday.\n"
    assert analyzed_events(text) == [("REJECT", "ruled out", "GBR", "PSE")]


def test_help_not_ruled_out_threatens_no_one():
    # main: AID DEU → UKR on "sending"
    text = "Germany did not rule out sending more air defence systems to Ukraine, the chancellor said on Monday.\n"
    assert analyzed_events(text) == []


def test_sanctions_under_consideration_are_not_imposed():
    # main: SANCTION None → IRN
    text = "The European Commission is considering sanctions on Iranian drone makers, diplomats said on Monday.\n"
    assert analyzed_typed(text, "SANCTION") == []


def test_sanctions_imposed_are_still_coded():
    # guard
    text = "The European Union imposed sanctions on Iranian drone makers on Monday.\n"
    assert analyzed_typed(text, "SANCTION") == [("IGO", "IRN")]
