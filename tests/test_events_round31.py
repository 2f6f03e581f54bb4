"""Round 31 of the event coder, from the event errors of the burned sets bench/unseen16, 17 and 22 to 29,
checked on the older development sets (docs/events.md, rule 49).

Every sentence here was written for these tests; none is in bench/events_sentences, a development
article or a blind set.
"""

from __future__ import annotations

from .events_support import analyzed_on

MINISTER_CALLS_AMBASSADOR = ("CANBERRA, Nov 20 (Southern Wire) — Australia's foreign minister met the Vietnamese "
                             "ambassador on Tuesday about three fishermen held in Vung Tau. ")


def test_a_pronoun_the_resolver_leaves_alone_is_a_state_party_through_its_antecedent():
    # "She" has no resolver entity; her antecedent, the foreign minister, is a state's office, so her offer
    # is aimed at the state the minister has just dealt with
    text = MINISTER_CALLS_AMBASSADOR + "She offered to pay for their flights home.\n"
    assert [(e[0], e[2], e[3]) for e in analyzed_on(text, "offered")] == [("AGREE", "AUS", "VNM")]


def test_a_pronoun_whose_antecedent_is_outside_government_is_no_state_party():
    # guard: the antecedent is a union leader, so the partner rule leaves the offer alone; the story's other side
    # (rule 89) is the state of the ambassador it is made to
    text = ("CANBERRA, Nov 20 (Southern Wire) — The head of Australia's fishing union met the Vietnamese ambassador "
            "on Tuesday about three fishermen held in Vung Tau. She offered to pay for their flights home.\n")
    assert [e[3] for e in analyzed_on(text, "offered")] in ([], ["VNM"])


def test_her_office_said_leaves_the_act_to_her():
    text = ("CANBERRA, Nov 20 (Southern Wire) — A court in Hanoi jailed an Australian reporter, Jane Doyle, for three "
            "years on Tuesday.\n\n"
            "Australia's foreign minister called her Vietnamese counterpart within an hour of the verdict. She asked "
            "that Doyle be allowed to serve her sentence in Australia, her office said.\n")
    assert [(e[0], e[2], e[3]) for e in analyzed_on(text, "asked")] == [("REQUEST", "AUS", "VNM")]


def test_a_ministers_counterpart_in_a_named_state_is_that_states_office():
    # without the office rule the counterpart would be no state party, and the request would have no target
    text = ("CANBERRA, Nov 20 (Southern Wire) — Australia's foreign minister called her Vietnamese counterpart on "
            "Tuesday about three fishermen held in Vung Tau.\n\n"
            "Australia's foreign minister also offered to pay for their flights home.\n")
    assert [(e[0], e[2], e[3]) for e in analyzed_on(text, "offered")] == [("AGREE", "AUS", "VNM")]


def test_officers_take_up_another_states_police_named_in_their_sentence():
    text = ("KATOWICE, Nov 20 (Silesia Wire) — Slovak police held 30 Polish fans in Zilina on Sunday after they fought "
            "with officers outside the arena.\n")
    assert ("ASSAULT", "POL", "SVK") in [(e[0], e[2], e[3]) for e in analyzed_on(text, "fought")]


def test_officers_with_no_other_states_police_beside_them_keep_the_datelines_state():
    # guard: the country word is the fans', not a police force's, so the officers stay the dateline's
    text = "KATOWICE, Nov 20 (Silesia Wire) — Czech fans attacked officers outside the stadium on Sunday.\n"
    assert [(e[0], e[2], e[3]) for e in analyzed_on(text, "attacked")] == [("ASSAULT", "CZE", "POL")]
