"""Round 24 of the event coder, from the event errors of the burned varied sets bench/unseen22 to unseen29,
checked on the older development sets (docs/events.md, rule 42).

Every sentence here was written for these tests; none is in bench/events_sentences, a development
article or a blind set.
"""

from __future__ import annotations

from .events_support import analyzed_events, analyzed_on as _on, analyzed_typed as _typed

_events = analyzed_events


_HERDERS = ("Nigerien soldiers pushed about 300 Malian herders back across the river on Monday. "
            "Soldiers also detained 25 herders and seized 30 rifles, officials said. "
            "On Wednesday, 10 of them were released.")


def test_a_bare_plural_takes_the_country_an_earlier_sentence_gave_the_same_noun():
    assert [(e[2], e[3]) for e in _on(_HERDERS, "detained")] == [("NER", "MLI")]


def test_a_count_of_them_released_are_the_people_just_arrested():
    assert [(e[0], e[2], e[3]) for e in _on(_HERDERS, "released")] == [("RETREAT", "NER", "MLI")]


def test_a_missile_fired_into_the_sea_is_a_test_aimed_at_no_one():
    text = "Iran fired what appeared to be a medium-range missile into the sea on Sunday, drawing criticism from Israel."
    assert _typed(text, "MOBILIZE") == [("IRN", None)]
    assert _typed(text, "ASSAULT") == []
    # a missile fired at someone is still an attack
    assert _typed("Syria fired a missile at an Israeli jet on Sunday.", "ASSAULT") == [("SYR", "ISR")]


def test_a_warning_to_shipping_announces_a_drill_and_threatens_no_one():
    text = "The Egyptian navy issued a warning to shipping for a live-fire exercise off Alexandria on Monday."
    assert _typed(text, "MOBILIZE") == [("EGY", None)]
    assert _typed(text, "THREATEN") == []
    assert _typed("Trawler crews said the Libyan warnings to mariners came too late.", "THREATEN") == []
    # a warning to a state is still a threat
    assert _typed("The Egyptian navy issued a warning to Turkey on Monday.", "THREATEN") == [("EGY", "TUR")]


def test_a_pact_three_states_sign_is_one_act_of_the_first_named():
    assert _typed("The presidents of Peru, Chile and Bolivia signed a border pact on Monday.", "SUPPORT") == [("PER", None)]
    # two signers are still each other's partners
    assert sorted(_typed("Peru and Chile signed a border pact on Monday.", "SUPPORT")) == [("CHL", "PER"), ("PER", "CHL")]


def test_each_state_of_a_coordinated_mediator_consults_the_parties():
    text = ("Serbia and Montenegro signed a customs protocol in Brussels on Monday after talks mediated by Austria and "
            "Slovenia.")
    assert sorted(_typed(text, "CONSULT")) == [("AUT", "MNE"), ("AUT", "SRB"), ("SVN", "MNE"), ("SVN", "SRB")]


def test_the_host_of_talks_between_others_consults_them():
    text = "Armenia and Azerbaijan agreed on Friday to reopen a rail line, ending three days of talks hosted by Georgia."
    assert sorted(_typed(text, "CONSULT")) == [("GEO", "ARM"), ("GEO", "AZE")]


def test_an_act_done_at_a_states_request_is_no_new_request():
    text = "Kenya sent three water tankers to Moyale on Monday at Ethiopia's request."
    assert _typed(text, "REQUEST") == []
    # a request told as such still is one
    assert [actor for actor, _ in _typed("Ethiopia's request for water tankers reached Nairobi on Monday.", "REQUEST")] == ["ETH"]


def test_letting_another_states_convoy_cross_eases_a_closure():
    text = "Serbian border police on Friday let a convoy of 30 Hungarian trucks carrying medicine cross the border."
    assert _typed(text, "RETREAT") == [("SRB", "HUN")]
    assert _events("Serbia let the deadline pass on Friday.") == []
