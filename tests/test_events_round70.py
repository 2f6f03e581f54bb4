"""Round 70 of the event coder, targets of moves of forces aimed at the mover's own ground (a Tajik border reinforced
after a raid from Afghanistan, South Korean jets moved to a home air base after an incursion; docs/events.md, rule 88).

Every sentence here was written for these tests; none is in bench/events_sentences, a development article or a
blind set. The first line of a text with a blank line after it is a headline, as in an article.
"""

from __future__ import annotations

from .events_support import analyzed_on


def test_a_border_reinforced_with_own_battalions_answers_the_raiding_state():
    # the target was the battalions sent, the mover's own (TJK → TJK)
    text = ("Border raid\n\n"
            "DUSHANBE - Gunmen from Afghanistan attacked a Tajik border post on Sunday, killing two guards, the Tajik "
            "border service said.\n\n"
            "Tajikistan accused the Taliban government of sheltering the attackers. President Rahmon ordered the army to "
            "reinforce the frontier with three extra battalions.\n")
    assert analyzed_on(text, "reinforce") == [("MOBILIZE", "reinforce", "TJK", "AFG")]


def test_jets_moved_to_a_home_base_answer_the_accused_neighbour():
    # the target was "its air base" (KOR → KOR)
    text = ("Warplanes\n\n"
            "SEOUL - South Korea accused North Korea on Tuesday of sending fighter jets across the maritime border.\n\n"
            "South Korea's defence ministry moved four more F-35 jets to its air base at Cheongju on Wednesday.\n")
    assert analyzed_on(text, "moved") == [("MOBILIZE", "moved", "KOR", "PRK")]


def test_a_move_to_home_ground_after_talks_answers_no_one():
    # guard: talks are no hostile act, so no neighbour is taken for the move
    text = ("Drills\n\n"
            "HANOI - Vietnam and Laos held talks on their border on Monday. Vietnam's defence ministry moved two "
            "battalions to its base at Lang Son for a winter exercise.\n")
    assert analyzed_on(text, "moved") == [("MOBILIZE", "moved", "VNM", None)]


def test_battalions_sent_where_rebels_fight_the_army_stay_aimed_at_home():
    # guard: a civil war's deployment answers the rebels, not the neighbour accused of arming them
    text = ("Offensive\n\n"
            "BANGUI - Rebels of the Northern Front attacked army positions near Kaga-Bandoro on Friday, killing nine "
            "soldiers. The Central African defence minister accused Chad of arming the rebels. He said the government had "
            "deployed two additional battalions to Nana-Grébizi province.\n")
    assert analyzed_on(text, "deployed") == [("MOBILIZE", "deployed", "CAF", "CAF")]
