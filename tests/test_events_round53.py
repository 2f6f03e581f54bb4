"""Round 53 of the event coder: spurious events found coding invented wire stories (a border shooting, an expelled
diplomat, a sanctions package, a temple clash, a uranium seizure, a water-cannon attack, steel tariffs, drone attacks,
closed offices, border patrols, a stormed embassy, warplanes after an arms sale; docs/events.md, rule 71).

Every sentence here was written for these tests; none is in bench/events_sentences, a development article or a
blind set. The first line of each text is a headline, as in an article.
"""

from __future__ import annotations

from .events_support import analyzed_events, analyzed_typed


def test_a_reporters_question_to_a_spokesman_is_no_request():
    # "asked about …" set off by commas: a journalist asked; no party asked anything of another
    text = ("Detentions in Valencia\n\n"
            "A Spanish foreign ministry spokesman, asked about the detentions on Thursday, said Madrid was following the case closely.\n")
    assert analyzed_typed(text, "REQUEST") == []
    text = ("Envoy stays\n\n"
            "Hungary's government spokesman, asked whether Budapest would recall its ambassador, said no decision had been taken.\n")
    assert analyzed_typed(text, "REQUEST") == []


def test_a_state_that_asks_another_still_requests():
    text = ("Trucks missing\n\n"
            "Poland asked Germany about the missing trucks on Monday.\n")
    assert analyzed_typed(text, "REQUEST") == [("POL", "DEU")]


def test_what_two_states_could_or_can_do_together_is_no_event():
    text = ("Drill mooted\n\n"
            "The Japanese and Australian navies could hold a joint drill in the spring, an analyst said.\n")
    assert analyzed_typed(text, "COOPERATE") == []
    text = ("Door open\n\n"
            "Seoul and Tokyo can still talk, a former diplomat said.\n")
    assert analyzed_typed(text, "CONSULT") == []
    text = ("Talks held\n\n"
            "Seoul and Tokyo held talks on Monday.\n")
    assert sorted(analyzed_typed(text, "CONSULT")) == [("JPN", "KOR"), ("KOR", "JPN")]


def test_talks_that_were_not_held_or_scheduled_are_no_event():
    text = ("No date\n\n"
            "Talks between the Serbian and Kosovar negotiators, which had been planned for next week, have not been "
            "rescheduled, a diplomat said.\n")
    assert analyzed_typed(text, "CONSULT") == []
    text = ("No date\n\n"
            "The summit between Egypt and Ethiopia did not take place, officials said.\n")
    assert analyzed_typed(text, "CONSULT") == []


def test_an_act_that_was_badly_received_still_happened():
    # "did not go over well" negates how the refusal was received, not the refusal
    text = ("Badly received\n\n"
            "Egypt's refusal to sign the text did not go over well in Addis Ababa.\n")
    assert analyzed_typed(text, "REJECT") == [("EGY", "ETH")]


def test_an_act_done_before_in_the_present_perfect_is_history():
    text = ("Old charges\n\n"
            "Kinshasa has denied such accusations before and did not comment on Friday.\n")
    assert analyzed_typed(text, "REJECT") == []
    text = ("Tankers\n\n"
            "Tehran has seized foreign tankers before, the analyst said.\n")
    assert analyzed_typed(text, "COERCE") == []


def test_an_act_told_with_its_day_is_still_coded():
    text = ("New charges\n\n"
            "Egypt rejected Ethiopia's claims on Monday.\n")
    assert analyzed_events(text) == [("REJECT", "rejected", "EGY", "ETH")]


def test_a_participle_inside_a_describing_comma_clause_describes_too():
    # "which leads a group of states funding the rebels": who Qatar is, not what it did this week
    text = ("Gulf truce\n\n"
            "Qatar, which leads a group of states funding the rebels, welcomed the truce on Monday.\n")
    assert [e[0] for e in analyzed_events(text)] == ["SUPPORT"]


def test_what_a_group_stands_for_in_a_restrictive_clause_is_no_event():
    text = ("Rally in Bamako\n\n"
            "Thousands marched in Bamako on Sunday. The march was led by a group that supports Russia.\n")
    assert analyzed_typed(text, "SUPPORT") == []


def test_a_supposed_attack_under_would_is_no_event():
    text = ("Coast guard\n\n"
            "The Pentagon said a Chinese attack on Japanese coast guard ships would trigger the alliance treaty.\n")
    assert analyzed_typed(text, "ASSAULT") == []
    text = ("Coast guard\n\n"
            "China attacked Japanese coast guard ships on Monday, Tokyo said.\n")
    assert analyzed_typed(text, "ASSAULT") == [("CHN", "JPN")]


def test_the_act_a_first_or_a_superlative_is_measured_from_is_history():
    text = ("Shooting at the border\n\n"
            "A Georgian soldier was shot dead on Friday, the first death on the line since Russia and Georgia agreed on a ceasefire.\n")
    assert analyzed_typed(text, "AGREE") == []
    text = ("Diplomats out\n\n"
            "Relations have soured since Russia expelled two Estonian diplomats on Monday.\n")
    assert analyzed_typed(text, "SANCTION") == [("RUS", "EST")]


def test_an_act_a_party_could_not_afford_is_not_done():
    text = ("Force short of troops\n\n"
            "Ghana and Benin said they backed the force but could not afford to send soldiers to Mali.\n")
    assert analyzed_typed(text, "MOBILIZE") == []
    text = ("Force gets troops\n\n"
            "Ghana and Benin sent soldiers to Mali on Monday.\n")
    assert sorted(analyzed_typed(text, "MOBILIZE")) == [("BEN", "MLI"), ("GHA", "MLI")]


def test_a_threat_made_in_the_past_is_history():
    text = ("Old threats\n\n"
            "Hezbollah's leader has threatened in the past to strike Israeli ports.\n")
    assert analyzed_typed(text, "THREATEN") == []


def test_an_act_after_when_or_once_under_a_future_is_still_to_come():
    text = ("Treaty signed\n\n"
            "The border treaty will take effect only when both parliaments have ratified it, Hanoi said.\n")
    assert analyzed_typed(text, "SUPPORT") == []
    text = ("Refugees\n\n"
            "The refugees would go home once Kenya reopens the crossing, the agency said.\n")
    assert analyzed_typed(text, "CONCEDE") == []
    text = ("Treaty signed\n\n"
            "The border treaty took effect after both parliaments ratified it, Hanoi said.\n")
    assert [e[0] for e in analyzed_events(text)] == ["SUPPORT"]


def test_a_verb_sharing_a_summing_up_perfect_sums_up_too():
    text = ("Ships held\n\n"
            "Tehran has seized tankers as leverage before and released them weeks later.\n")
    assert analyzed_events(text) == []
    text = ("Ships held\n\n"
            "Tehran seized two tankers on Monday and released them on Friday.\n")
    assert [e[0] for e in analyzed_events(text)] == ["COERCE", "RETREAT"]


def test_questions_put_are_no_request():
    text = ("Hearing\n\n"
            "EU lawmakers asked questions about the Hungarian veto on Tuesday.\n")
    assert analyzed_typed(text, "REQUEST") == []
    text = ("Hearing\n\n"
            "Poland asked Germany for more tanks on Tuesday.\n")
    assert analyzed_typed(text, "REQUEST") == [("POL", "DEU")]


def test_what_an_analyst_says_a_state_could_or_would_do_is_a_guess():
    text = ("Border row\n\n"
            "If the row escalates, Togo could close the Aflao crossing, said Kofi Mensah, a lecturer at the University of Lome.\n")
    assert analyzed_events(text) == []
    text = ("Border row\n\n"
            "Analysts said Russia would retaliate against Finland.\n")
    assert analyzed_events(text) == []
    text = ("Border row\n\n"
            "Russia would retaliate against Finland, the Kremlin said.\n")
    assert analyzed_typed(text, "THREATEN") == [("RUS", "FIN")]
