"""Round 62 of the event coder, wrong target countries, from invented wire stories read by eye (a port deal condemned
by a league and a state, a river dispute taken to a world court; docs/events.md, rule 80).

Every sentence here was written for these tests; none is in bench/events_sentences, a development article or a
blind set. The first line of a text with a blank line after it is a headline, as in an article.
"""

from __future__ import annotations

from .events_support import analyzed_on


def test_a_second_by_phrase_of_a_passive_is_a_second_actor():
    # "by Egypt" was taken as whom the Arab League condemned: ACCUSE IGO → EGY
    text = ("Port deal condemned\n\n"
            "MOGADISHU, Dec 3 (Horn Monitor) - Ethiopia signed a port deal with Somaliland on Monday.\n"
            "The deal was condemned by the Arab League and by Egypt.\n")
    assert analyzed_on(text, "condemned") == [("ACCUSE", "condemned", "IGO", "ETH"), ("ACCUSE", "condemned", "EGY", "ETH")]


def test_a_second_agent_after_a_relative_clause_is_a_second_actor():
    # the parser hangs the second "by" on the verb as a second agent; it was the African Union's target
    text = ("Embassy attacked\n\n"
            "NAIROBI, Dec 3 (Lake Wire) - Gunmen attacked a clinic in Mogadishu on Monday.\n"
            "The attack was condemned by the African Union, whose mission has soldiers in Somalia, and by the Turkish embassy.\n")
    assert [e[2:] for e in analyzed_on(text, "condemned")] == [("IGO", "SOM"), ("TUR", "SOM")]


def test_one_agent_stays_alone():
    text = ("Port deal condemned\n\n"
            "MOGADISHU, Dec 3 (Horn Monitor) - Ethiopia signed a port deal with Somaliland on Monday.\n"
            "The deal was condemned by Egypt.\n")
    assert analyzed_on(text, "condemned") == [("ACCUSE", "condemned", "EGY", "ETH")]


def test_a_dispute_threatened_with_a_world_court_is_aimed_at_the_other_side():
    # the International Court of Justice (IGO) was the target of Iran's threat
    text = ("River row\n\n"
            "TEHRAN, Dec 2 (Gulf Wire) - Iran accused Afghanistan on Sunday of holding back the waters of the Helmand river.\n"
            "Energy Minister Abbas Rahimi said the gates of the dam had been closed on purpose.\n"
            "Rahimi warned that Iran would take the dispute to the International Court of Justice if the gates stayed shut.\n")
    assert analyzed_on(text, "warned") == [("THREATEN", "warned", "IRN", "AFG")]


def test_a_dispute_taken_to_a_world_court_is_not_aimed_at_a_mediator():
    # with a mediator's offer in the lead, Iran has dealt with two states; only the one it quarrelled with is aimed at
    text = ("River row\n\n"
            "TEHRAN, Dec 2 (Gulf Wire) - Iran accused Afghanistan on Sunday of holding back the waters of the Helmand river, "
            "and Oman offered to host talks between the two neighbours.\n"
            "Energy Minister Abbas Rahimi said the gates of the dam had been closed on purpose.\n"
            "He said farmers in Sistan had lost their crops.\n"
            "The ministry said the flow had fallen by half.\n"
            "Rahimi warned that Iran would take the dispute to the International Court of Justice if the gates stayed shut.\n")
    assert analyzed_on(text, "warned") == [("THREATEN", "warned", "IRN", "AFG")]


def test_both_governments_are_not_countries_named_as_places():
    # "both governments" took Egypt and Italy, where the channel is watched, not the two that dealt with each other
    text = ("Channel suspended\n\n"
            "TUNIS, Dec 2 (Maghreb Wire) - Tunisia's regulator suspended a Libyan television channel on Tuesday. Libya "
            "condemned the decision and demanded that Tunis restore the signal. Tunis rejected the demand.\n\n"
            "The channel is watched in western Libya, in southern Tunisia and by Libyan families living in Egypt and Italy.\n\n"
            "The Arab League urged both governments to settle the matter.\n")
    assert sorted(analyzed_on(text, "urged")) == [("REQUEST", "urged", "IGO", "LBY"), ("REQUEST", "urged", "IGO", "TUN")]


def test_both_governments_named_together_stay_that_pair():
    text = ("Border talks\n\n"
            "NAIROBI, Dec 2 (Lake Wire) - Kenya and Ethiopia accused each other of moving troops to the border.\n"
            "The African Union urged both governments to settle the matter.\n")
    assert sorted(e[3] for e in analyzed_on(text, "urged")) == ["ETH", "KEN"]


def test_a_meeting_is_not_the_decision_regretted():
    # "the decision" took up the envoy's meeting (CONSULT), the last act of another state's party: FRA → IGO
    text = ("Ambassador recalled\n\n"
            "ALGIERS, Dec 1 (Maghreb Dispatch) - Algeria recalled its ambassador from France on Monday.\n"
            "The United Nations envoy for Western Sahara met Algerian Foreign Minister Ahmed Attaf in Algiers on Sunday.\n"
            "French Foreign Minister Jean-Noel Barrot said Paris regretted the decision.\n")
    assert analyzed_on(text, "regretted") == [("ACCUSE", "regretted", "FRA", "DZA")]


def test_a_visit_may_still_be_the_move_condemned():
    text = ("Visit condemned\n\n"
            "TAIPEI, Dec 1 (Strait Wire) - A delegation of Japanese lawmakers visited Taiwan on Monday.\n"
            "China condemned the move.\n")
    assert analyzed_on(text, "condemned") == [("ACCUSE", "condemned", "CHN", "JPN")]
