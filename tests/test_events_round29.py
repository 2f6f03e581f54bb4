"""Round 29 of the event coder, from the event errors of the burned sets bench/unseen16, 17 and 22 to 29,
checked on the older development sets (docs/events.md, rule 47).

Every sentence here was written for these tests; none is in bench/events_sentences, a development
article or a blind set.
"""

from __future__ import annotations

from .events_support import analyzed_on, analyzed_typed

_CO_AUTHORS_AFTER_THE_PAIR = (
    "Council presses Chad and Niger over oasis\n\n"
    "NEW YORK, Nov 20 (Harbour Wire) — The UN Security Council demanded on Monday that Chad and Niger pull "
    "their soldiers back from the disputed oasis of Tin Zaouaten.\n\n"
    "The resolution, drafted by France and Kenya, also extends the mandate of the monitors.\n\n"
    "Niger accused Chadian troops of shelling a village near the oasis.\n\n"
    "The African Union offered to host talks between the two defence ministers in Addis Ababa.\n"
)

_CO_AUTHORS_ONLY = (
    "Council presses on oasis\n\n"
    "NEW YORK, Nov 20 (Harbour Wire) — The UN Security Council demanded on Monday that Chad pull its "
    "soldiers back from the disputed oasis of Tin Zaouaten.\n\n"
    "The resolution, drafted by France and Kenya, also extends the mandate of the monitors.\n\n"
    "The African Union offered to host talks between the two defence ministers in Addis Ababa.\n"
)

_ONE_STATES_TWO_SIDES = (
    "Rivals agree on a harbour truce\n\n"
    "DOHA, Nov 20 (Gulf Ledger) — Libya's unity government and the eastern-based House of Representatives agreed "
    "on Saturday to reopen the port of Sirte to fishing boats.\n\n"
    "Qatar's foreign minister offered to host a second round on the central bank \"whenever both sides want it\".\n"
)

_ONE_SIDE_IS_THE_HOSTS = (
    "Talks on the port\n\n"
    "DOHA, Nov 20 (Gulf Ledger) — Qatar's energy ministry and the Qatari port authority agreed "
    "on Saturday to share the costs of a new terminal.\n\n"
    "Qatar's foreign minister offered to host a second round on the pipeline next month.\n"
)


def test_the_two_ministers_are_the_pair_that_dealt_not_the_co_authors_named_after_them():
    # France and Kenya only drafted the text; Chad and Niger are the two sides, and have dealt with each other
    assert sorted((e[2], e[3]) for e in analyzed_on(_CO_AUTHORS_AFTER_THE_PAIR, "offered")) == [("IGO", "NER"), ("IGO", "TCD")]


def test_with_no_pair_that_dealt_the_last_pair_named_together_still_stands():
    # nothing says which pair: the last two states named together stay the two sides, as before
    assert sorted((e[2], e[3]) for e in analyzed_on(_CO_AUTHORS_ONLY, "offered")) == [("IGO", "FRA"), ("IGO", "KEN")]


def test_an_offer_to_host_a_second_round_goes_to_the_state_whose_two_sides_dealt():
    # the unity government and the eastern parliament are both Libyan: the mediator's offer is made to Libya, once
    assert [(e[0], e[2], e[3]) for e in analyzed_on(_ONE_STATES_TWO_SIDES, "offered")] == [("AGREE", "QAT", "LBY")]


def test_an_offer_is_not_made_to_the_hosts_own_bodies():
    # the two bodies that dealt are the host's own: no other state to make the offer to
    assert [(e[2], e[3]) for e in analyzed_on(_ONE_SIDE_IS_THE_HOSTS, "offered")] in ([], [("QAT", None)])


def test_warships_that_take_up_positions_near_another_state_mobilize():
    text = ("ATHENS, Nov 20 (Aegean Post) — Turkey sent a survey ship into waters claimed by Greece on Monday.\n\n"
            "By Tuesday three Greek frigates had taken up positions near the Turkish port of Kas.\n")
    assert [(e[0], e[2], e[3]) for e in analyzed_on(text, "taken up positions")] == [("MOBILIZE", "GRC", "TUR")]


def test_an_official_who_takes_up_a_post_is_no_deployment():
    text = "PARIS, Nov 20 (Seine Wire) — The former envoy to Ghana took up her position as foreign minister on Monday.\n"
    assert analyzed_typed(text, "MOBILIZE") == []


def test_a_ship_with_no_country_beside_a_states_warships_is_no_second_actor():
    text = ("ATHENS, Nov 20 (Aegean Post) — Turkey sent a survey ship into waters claimed by Greece on Monday.\n\n"
            "By Tuesday three Greek frigates and a tanker had taken up positions near the Turkish port of Kas.\n")
    assert [(e[0], e[2], e[3]) for e in analyzed_on(text, "taken up positions")] == [("MOBILIZE", "GRC", "TUR")]


def test_a_party_with_no_country_beside_a_state_still_acts():
    # the rebels are a party (actor-like), not a state's kit: both accuse, as before
    text = "MOSCOW, Nov 20 (Steppe Wire) — Russia and the separatist rebels accused Ukraine on Monday of shelling a school in Donetsk.\n"
    assert {(e[2], e[3]) for e in analyzed_on(text, "accused")} == {(None, "UKR"), ("RUS", "UKR")}


def test_a_malaysian_states_chief_minister_is_malaysian():
    text = ("JAKARTA, Nov 20 (Strait Wire) — Indonesia's parliament ratified the border treaty on Monday.\n\n"
            "Sarawak's chief minister accused Jakarta of rushing the vote.\n")
    assert [(e[0], e[2], e[3]) for e in analyzed_on(text, "accused")] == [("ACCUSE", "MYS", "IDN")]


def test_police_in_spanish_town_are_jamaican_not_spanish():
    text = "KINGSTON, Nov 20 (Island Wire) — Police in Spanish Town arrested 14 taxi drivers on Monday.\n"
    assert [(e[2], e[3]) for e in analyzed_on(text, "arrested")] == [("JAM", "JAM")]
