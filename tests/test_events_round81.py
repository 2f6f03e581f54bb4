"""Round 81 of the event coder (docs/events.md, rule 99): a list of acts whose first verb the parser makes a clause
reported by "said" keeps its subject; an apposition to an "according to" source is no object; foreigners arrested in
the passive in a story filed from home are arrested by the home state; a sum "of" something is what it counts;
gunmen firing from a state's side are that state's; people detained "from" a state are of it.

Every sentence here was written for these tests; none is in bench/events_sentences, a development article or a
blind set. The first line of a text with a blank line after it is a headline, as in an article.
"""

from __future__ import annotations

from .events_support import analyzed_on, byline_story


def test_an_appeal_at_the_end_of_a_list_of_acts_keeps_the_lists_subject():
    # "said" had no subject (the parser made "condemned" its reported clause), so "urged" had no actor and no event
    text = byline_story("On Monday Tehran raised its voice. A foreign ministry spokesman, Ali Rezaei, condemned what he called a "
                        "\"reckless\" raid, said two Iranian citizens had been \"beaten like criminals\" and urged Baku to punish those responsible.")
    assert analyzed_on(text, "urged") == [("REQUEST", "urged", "IRN", "AZE")]


def test_an_apposition_to_the_source_of_an_offer_is_not_what_is_offered():
    # "the Brazilian foreign ministry" was read as the object, and the offer was aimed at Brazil itself
    text = ("Report\n\nASUNCION, Dec 1 (Desk) - Paraguay recalled its ambassador from Bolivia on Friday. Brazil offered on Tuesday "
            "to host talks between the two governments in Brasília “whenever both want them”, according to Itamaraty, the "
            "Brazilian foreign ministry.\n")
    assert sorted(e[3] for e in analyzed_on(text, "offered")) == ["BOL", "PRY"]


def test_foreigners_arrested_in_a_story_filed_from_home_are_arrested_by_the_home_state():
    text = ("Report\n\nBANGKOK (Desk) - Thai customs officers found 40 kilograms of rhino horn in a container at Laem Chabang on "
            "Wednesday. Two Nigerian men who came to collect the container were arrested at the port.\n")
    assert analyzed_on(text, "arrested") == [("COERCE", "arrested", "THA", "NGA")]


def test_a_sum_of_debt_cancelled_is_debt_relief_agreed():
    # the sum ("dollars") matched the sanction rows of "cancel", and the agreement was lost to a sanction
    text = byline_story("Japan agreed on Tuesday to cancel 200 million dollars of Laos's bilateral debt.")
    assert analyzed_on(text, "agreed") == [("AGREE", "agreed", "JPN", "LAO")]
    assert analyzed_on(text, "cancel") == []


def test_gunmen_firing_from_a_states_side_of_the_border_are_that_states():
    # the gunmen took the country of the soldiers they wounded
    text = byline_story("Gunmen firing from the Iranian side of the border wounded two Pakistani soldiers near Taftan on Sunday.")
    assert analyzed_on(text, "wounded") == [("ASSAULT", "wounded", "IRN", "PAK")]


def test_fishermen_detained_from_a_state_are_of_that_state():
    # "from Guinea", which the parser hangs on the verb, gave the fishermen nothing: they took the navy's state
    text = byline_story("Sierra Leone's navy detained 12 fishermen from Guinea off Freetown on Thursday.")
    assert analyzed_on(text, "detained") == [("COERCE", "detained", "SLE", "GIN")]


def test_people_rallying_outside_an_office_named_by_title_in_their_own_state_rally_against_their_own_government():
    # the resolver linked "the foreign ministry" to Azerbaijan's, named before, and the rally was aimed at Azerbaijan
    text = byline_story("Azerbaijan's foreign ministry protested to Armenia on Monday over the new border rules.",
                        "In Yerevan, the rules were not welcomed by everyone. About 200 people rallied outside the foreign ministry on Monday evening.")
    assert analyzed_on(text, "rallied") == [("PROTEST", "rallied", "ARM", "ARM")]


def test_people_marching_on_a_foreign_mission_march_in_the_state_it_stands_in():
    # the marchers had no country
    text = byline_story("Several hundred people marched on Tanzania's high commission in Lilongwe on Monday, chanting \"Free our traders\".")
    assert analyzed_on(text, "marched") == [("PROTEST", "marched", "MWI", "TZA")]


def test_fire_by_gunmen_from_a_group_the_parser_hangs_on_the_group_is_the_gunmens():
    # "fired" hung on "group" as a clause, with no subject: no event
    text = byline_story("Gunmen from a Malian armed group fired on Nigerien soldiers at the Ayorou crossing on Monday afternoon, "
                        "wounding three of them, and Niger closed the crossing within the hour.")
    assert analyzed_on(text, "fired on") == [("ASSAULT", "fired on", "MLI", "NER")]


def test_negotiators_from_both_sides_stand_for_the_last_pair_of_states():
    # "Negotiators from both sides" had no country, and the agreement was aimed at the city it was made in
    text = byline_story("Eritrean troops pulled back from a hill near Bure that Ethiopia and Eritrea both claim. Negotiators from both "
                        "sides agreed in Asmara to begin a joint survey of the hill in May.")
    assert sorted(e[2:] for e in analyzed_on(text, "agreed")) == [("ERI", "ETH"), ("ETH", "ERI")]


def test_a_summit_boycotted_by_a_state_is_a_sanction():
    # a boycott of a summit or talks was a rejection (REJECT); states cutting relations sanction (PLOVER, CAMEO 163)
    text = byline_story("Azerbaijan boycotted the regional summit in Yerevan on Friday.")
    assert [e[:3] for e in analyzed_on(text, "boycotted")] == [("SANCTION", "boycotted", "AZE")]


def test_an_election_boycotted_stays_a_rejection():
    text = byline_story("The opposition boycotted the election in Malawi.")
    assert [e[0] for e in analyzed_on(text, "boycotted")] == ["REJECT"]


def test_a_signing_postponed_is_a_sanction():
    text = byline_story("Chile postponed the signing of the lithium agreement with Argentina on Monday.")
    assert analyzed_on(text, "postponed") == [("SANCTION", "postponed", "CHL", "ARG")]


def test_a_contract_annulled_is_a_sanction():
    text = byline_story("Morocco annulled a phosphate contract with Nigeria on Monday.")
    assert analyzed_on(text, "annulled") == [("SANCTION", "annulled", "MAR", "NGA")]


def test_the_transit_of_a_states_lorries_ended_is_a_sanction():
    text = byline_story("Djibouti ended the transit of Ethiopian fuel lorries through its port on Monday.")
    assert [e[0] for e in analyzed_on(text, "ended the transit")] == ["SANCTION"]


def test_a_trade_mission_called_off_is_a_sanction():
    text = byline_story("Slovenia called off a trade mission to Zagreb on Tuesday.")
    assert [e[2:] for e in analyzed_on(text, "called off a trade mission")] == [("SVN", "HRV")]


def test_a_states_ban_on_another_states_goods_told_as_a_noun_is_a_sanction():
    # "ban" as a noun was COERCE, where "banned imports" and "imposed a ban" were SANCTION
    text = byline_story("Tanzania's ban on imports of Kenyan eggs took effect on Monday.")
    assert analyzed_on(text, "ban") == [("SANCTION", "ban", "TZA", "KEN")]


def test_a_ban_on_gatherings_at_home_stays_coercion():
    text = ("Curfew\n\nNAIROBI (Desk) - The interior minister announced a ban on gatherings in central Nairobi until Monday.\n")
    assert [e[0] for e in analyzed_on(text, "announced a ban")] == ["COERCE"]
