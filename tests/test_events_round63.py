"""Round 63 of the event coder, from the development and burned sets' missed main events and invented wire stories
read by eye (a Kazakh–Kyrgyz dairy row, a Malian expulsion, a survey ship off Kastellorizo, deportations from Assam,
Venezuelan troops at the Guyana border, a Somali khat ban, Iranian truckers held in Astara; docs/events.md, rule 81).

Every sentence here was written for these tests; none is in bench/events_sentences, a development article or a
blind set. The first line of a text with a blank line after it is a headline, as in an article.
"""

from __future__ import annotations

from .events_support import analyzed_events, analyzed_on, analyzed_typed


def test_a_demand_told_in_a_comma_relative_clause_is_made():
    # "which urged …" was a standing description of the bloc, dropped like "Moscow, which supplies its gas"
    text = ("Bloc steps in\n\n"
            "NAIROBI — The border stayed shut on Friday, according to the Intergovernmental Authority on Development, "
            "which urged Somalia to reopen the air bridge to Kenyan cargo flights.\n")
    assert analyzed_on(text, "urged") == [("REQUEST", "urged", "IGO", "SOM")]


def test_a_pledge_told_in_a_comma_relative_clause_is_made():
    text = ("Donors meet\n\n"
            "GENEVA — Norway, which pledged 40 million dollars to Chad for refugee camps, was praised by the agency.\n")
    assert analyzed_on(text, "pledged") == [("AGREE", "pledged", "NOR", "TCD")]


def test_a_request_in_a_letter_told_in_a_relative_clause_is_made():
    text = ("Mission ends\n\n"
            "NEW YORK — The vote followed a letter from the Malian government, sent in October, in which it asked the "
            "United Nations to withdraw the blue helmets.\n")
    assert analyzed_on(text, "asked") == [("REQUEST", "asked", "MLI", "IGO")]


def test_a_relative_clause_that_describes_still_describes():
    # a stance in a debate, a clause dated to a month or a year, a standing state of things: no event
    text = ("Vote held\n\n"
            "GABORONE — Zambia, which voted against the resolution, offered to host talks between the two sides.\n")
    assert analyzed_on(text, "voted against") == []
    text = ("Terminal sold\n\n"
            "HAMBURG — Nordhafen Logistics, which agreed the sale in March, said it regretted the decision.\n")
    assert analyzed_on(text, "agreed") == []
    text = ("Milk row\n\n"
            "BISHKEK — Russia, which pledged last month to buy any surplus Kyrgyz milk, said it was following the row closely.\n")
    assert analyzed_on(text, "pledged") == []


def test_a_warning_that_a_party_could_face_a_penalty_is_a_threat():
    # a warning with no "if" clause was a claim about what would happen (rule 15), no threat
    text = ("Traders warned\n\n"
            "NAIROBI — Somalia banned flights carrying khat from Kenya on Wednesday. Kenya's foreign minister warned that "
            "Somali traders in Eastleigh could face tighter checks.\n")
    assert analyzed_on(text, "warned") == [("THREATEN", "warned", "KEN", "SOM")]
    text = ("Searches threatened\n\n"
            "TEHRAN — Azerbaijani police arrested 14 Iranian lorry drivers on Sunday. Iran's ambassador in Baku warned that "
            "Azerbaijani lorries entering Iran could face full searches.\n")
    assert analyzed_on(text, "warned") == [("THREATEN", "warned", "IRN", "AZE")]


def test_a_warning_of_a_hardship_is_still_no_threat():
    text = ("Harvest fears\n\n"
            "ADDIS ABABA — Ethiopia's agriculture minister warned that farmers in Tigray could face a poor harvest.\n")
    assert analyzed_typed(text, "THREATEN") == []


def test_measures_announced_answer_the_last_act_on_the_state():
    # "take measures" was no trigger: the announced answer was lost
    text = ("Ship row\n\n"
            "BEIJING — Manila lodged a diplomatic protest with China on Monday over the water cannon attack. China's "
            "foreign ministry rejected the protest and said Beijing would take necessary measures to safeguard its "
            "sovereignty.\n")
    assert analyzed_on(text, "take necessary measures") == [("THREATEN", "take necessary measures", "CHN", "PHL")]
    text = ("Crossing shut\n\n"
            "MINSK — Poland closed its last road crossing with Belarus on Tuesday. Minsk would take adequate steps to "
            "protect its carriers, a spokesman said.\n")
    assert analyzed_on(text, "take adequate steps") == [("THREATEN", "take adequate steps", "BLR", "POL")]


def test_measures_taken_are_no_threat():
    text = ("Prices\n\n"
            "ANKARA — The Turkish central bank took measures on Monday to slow the fall of the lira.\n")
    assert [e for e in analyzed_events(text) if e[0] in ("THREATEN", "SANCTION")] == []


def test_an_act_not_left_without_a_response_is_a_threat():
    # the negated "leave" was no event: the promised answer was lost
    text = ("Tanker seized\n\n"
            "TEHRAN — Britain seized an Iranian tanker off Gibraltar on Thursday. Iran's foreign ministry said Tehran would "
            "not leave this hostile act without a response.\n")
    assert analyzed_on(text, "leave") == [("THREATEN", "leave", "IRN", "GBR")]


def test_leaving_without_an_answer_is_no_threat():
    text = ("Talks stall\n\n"
            "VIENNA — The Iranian delegation left the meeting without an answer on Friday.\n")
    assert analyzed_on(text, "left") == []
