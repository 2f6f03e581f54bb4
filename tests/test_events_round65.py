"""Round 65 of the event coder: targets the text gives but the coder missed (forces moved in answer to another
state's guns or aircraft, a threat of an answer in kind when no act on the threatening state is coded, an offer to host
talks the parser made a purpose clause, a threat to act at home on another state's condition; docs/events.md, rule 83).

Every sentence here was written for these tests; none is in bench/events_sentences, a development article or a
blind set. The first line of a text with a blank line after it is a headline, as in an article.
"""

from __future__ import annotations

from .events_support import analyzed_on, analyzed_typed


def test_battalions_sent_after_shelling_are_aimed_at_the_state_whose_guns_fired():
    # the partner rule took only a state's offices as whom forces answer, so "Pakistani artillery" was no partner
    text = ("Shelling on the line\n\n"
            "SRINAGAR, Dec 2 (Reuters) - Pakistani artillery shelled three Indian villages near Uri late on Monday, "
            "wounding six people.\n\n"
            "India sent two more battalions to the sector on Tuesday.\n")
    assert analyzed_typed(text, "MOBILIZE") == [("IND", "PAK")]


def test_jets_scrambled_by_a_states_air_force_answer_the_incursion():
    # neither side was a state's office: "two of its jets" and "three Honduran helicopters"
    text = ("Helicopters cross the border\n\n"
            "SAN SALVADOR, Dec 3 (AFP) - The incursion of three Honduran helicopters into Salvadoran airspace on Sunday "
            "lasted twenty minutes, the air force said.\n\n"
            "The Salvadoran air force said two of its jets were scrambled from the base at Comalapa.\n")
    assert analyzed_typed(text, "MOBILIZE") == [("SLV", "HND")]


def test_troops_moved_with_no_foe_in_the_story_stay_aimed_at_no_one():
    # guard: an exercise at home, with no armed act of another state before it, is not aimed at the neighbour just met
    text = ("Exercise in the north\n\n"
            "HANOI, Dec 3 (Reuters) - Vietnam held talks with Laos on Monday on a new road link.\n\n"
            "The Vietnamese army sent two battalions to the northern provinces for a winter exercise on Tuesday.\n")
    assert all(target != "LAO" for _, target in analyzed_typed(text, "MOBILIZE"))


def test_a_threat_in_kind_after_a_rejection_is_aimed_at_the_side_rejected():
    # no act of Uganda's on Rwanda is coded, so the answer in kind had no target
    text = ("Roaming row\n\n"
            "KIGALI, Dec 2 (Reuters) - Rwanda's telecoms regulator rejected the bill, saying Ugandan networks had "
            "overcharged Rwandan operators for three years.\n\n"
            "Its director, Jean Habimana, warned that Rwanda would answer in kind if the fees were not cut.\n")
    assert analyzed_typed(text, "THREATEN") == [("RWA", "UGA")]


def test_a_threat_to_respond_with_no_act_on_its_state_is_aimed_at_the_lede_act():
    # the lede's exercise is Latvia's with Estonia; nothing aimed at Russia is coded, so the threat had no target
    text = ("Baltic drill\n\n"
            "RIGA, Dec 2 (Reuters) - Latvia will hold a joint exercise with Estonia near the Russian border in April, "
            "its defence ministry said on Tuesday.\n\n"
            "The exercise will include allied units from Britain and Denmark, the defence ministry said.\n\n"
            "Russia's foreign minister warned on Wednesday that Moscow would respond.\n")
    assert analyzed_typed(text, "THREATEN") == [("RUS", "LVA")]


def test_an_offer_to_host_talks_parsed_as_a_purpose_clause_is_made_to_the_two_sides():
    # the parser hangs "offered" on "Brazil" and "to host talks" on it as a purpose clause: no target was found
    text = ("Border row\n\n"
            "LIMA, Dec 2 (Reuters) - Peru withdrew on Monday from a joint border commission with Bolivia, accusing La Paz "
            "of letting smugglers cross at Desaguadero.\n\n"
            "Bolivia's foreign ministry rejected the accusation.\n\n"
            "Brazil, which borders both countries, offered to host talks in Manaus, according to the Brazilian foreign ministry.\n")
    assert sorted(analyzed_on(text, "offered")) == [("AGREE", "offered", "BRA", "BOL"), ("AGREE", "offered", "BRA", "PER")]


def test_a_threat_to_act_at_home_on_a_condition_is_aimed_at_the_state_the_condition_names():
    # the place the missiles would go (Kaliningrad, Russia's own) was taken for whom the threat is aimed at
    text = ("Missile row\n\n"
            "MOSCOW, Dec 4 (Reuters) - Russia threatened on Friday to deploy nuclear-capable missiles in Kaliningrad "
            "if Poland went ahead with plans to host American missiles.\n")
    assert analyzed_on(text, "threatened") == [("THREATEN", "threatened", "RUS", "POL")]


def test_a_threat_to_act_at_home_with_no_condition_keeps_its_place():
    # guard: no other state is named by a condition, so nothing changes
    text = ("Missile plans\n\n"
            "MOSCOW, Dec 4 (Reuters) - Russia threatened on Friday to deploy nuclear-capable missiles in Kaliningrad.\n")
    assert [e[3] for e in analyzed_on(text, "threatened")] in ([], ["RUS"], [None])
