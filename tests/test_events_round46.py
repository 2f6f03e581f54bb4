"""Round 46 of the event coder: the setting state of stories filed from another state's dateline, found by coding
invented wire stories (docs/events.md, rule 64).

Every sentence here was written for these tests; none is in bench/events_sentences, a development article or a
blind set.
"""

from __future__ import annotations

from .events_support import analyzed_events, analyzed_on, analyzed_typed


def test_the_dateline_is_no_passive_subject():
    # main: RETREAT None→"CAIRO"(EGY): the parser made the dateline's word a second passive subject
    text = "CAIRO (AP) — Two Egyptian engineers held in Libya were released on Sunday, their families said.\n"
    assert analyzed_on(text, "released") == [("RETREAT", "released", "LBY", "EGY")]


def test_people_held_in_a_state_are_freed_by_it():
    # main: no actor; the state they were held in frees them
    text = "A Belgian aid worker jailed in Iran for fourteen months was freed on Friday, his family said.\n"
    assert analyzed_typed(text, "RETREAT") == [("IRN", "BEL")]


def test_a_town_they_were_held_in_names_no_holder():
    # guard: a region or town tells where, not who held them
    text = "Three Turkish truck drivers held in Kandahar were freed on Monday, their company said.\n"
    assert analyzed_typed(text, "RETREAT") == [(None, "TUR")]


def test_the_dateline_s_state_is_no_side_of_its_first_sentence():
    # main: ACCUSE ETH→KEN, the sentence fallback took "Kenya" from "NAIROBI, Kenya (AP) —" as the one state named
    text = ("NAIROBI, Kenya (AP) — Ethiopia's government expelled the head of the U.N. children's agency on Monday, "
            "accusing him of meddling in the country's affairs, officials said.\n\n"
            "The agency said it regretted the decision.\n")
    assert ("ETH", "KEN") not in analyzed_typed(text, "ACCUSE")
    assert ("SANCTION", "expelled", "ETH", "IGO") in analyzed_events(text)


def test_a_bare_ambassador_summoned_takes_up_the_envoy_just_named():
    # main: ACCUSE → "Foreign Office"(GBR), the summoning state's own ministry the envoy was summoned to
    text = ("Britain protested to Russia's ambassador on Monday over the poisoning.\n\n"
            "The foreign secretary, Ian Cole, later summoned the ambassador to the Foreign Office in London.\n")
    assert [target for _, target in analyzed_typed(text, "ACCUSE")][-1] == "RUS"


def test_an_envoy_summoned_with_a_state_keeps_it():
    # guard: the envoy's own words name the state
    text = "The Dutch foreign ministry summoned the Venezuelan ambassador to The Hague on Wednesday.\n"
    assert analyzed_typed(text, "ACCUSE") == [("NLD", "VEN")]


def test_soldiers_who_seized_power_abroad_are_not_the_dateline_s():
    # main: ASSAULT by soldiers(SEN) of a story filed from Dakar about a coup in Guinea
    text = ("DAKAR, Senegal (Reuters) - Regional leaders condemned the coup in Guinea on Monday, a day after soldiers "
            "seized power in Conakry.\n\n"
            "The soldiers arrested the speaker of parliament and two ministers, witnesses said.\n\n"
            "The junta rejected the criticism and said elections would be held in two years.\n")
    assert analyzed_on(text, "arrested")[0][2:] == ("GIN", "GIN")  # whom they arrest at home is Guinea's too
    assert analyzed_on(text, "rejected")[0][2] == "GIN"


def test_soldiers_of_a_home_coup_keep_the_dateline_s_state():
    # guard: a coup told from its own capital
    text = ("CONAKRY (Reuters) - Soldiers seized power in Guinea on Sunday and detained the president, witnesses "
            "said.\n\n"
            "The junta dissolved the government and closed the borders.\n")
    assert analyzed_on(text, "detained")[0][2] == "GIN"


def test_soldiers_in_a_story_with_no_coup_keep_the_dateline_s_state():
    # guard: no power seized, so the dateline still gives troops their state (rule 46)
    text = ("DAKAR, Senegal (Reuters) - Soldiers arrested twelve smugglers near the border with Mali on Monday, the "
            "army said.\n\n"
            "Mali said the smugglers had crossed from its territory.\n")
    assert analyzed_on(text, "arrested")[0][2] == "SEN"


def test_a_junta_told_in_passing_leaves_the_story_s_troops_alone():
    # guard: the coup of a third state in the background; the story is about the dateline's own state
    text = ("KAMPALA, Uganda (Reuters) - Uganda sent 500 troops to its western border on Monday after clashes between "
            "fishermen on Lake Albert, the army said.\n\n"
            "Soldiers arrested six armed men near Ntoroko, a Ugandan army spokesman said.\n\n"
            "Officials said Sudan, where the army seized power in Khartoum in 2021, was not involved. Uganda said the "
            "border would stay open to traders.\n")
    assert analyzed_on(text, "arrested")[0][2] == "UGA"


def test_a_province_named_after_another_state_is_its_own_state_s():
    # main: "British Columbia" was GBR, "New Mexico" MEX
    text = "The premier of British Columbia criticised Washington over the lumber duties.\n"
    assert analyzed_typed(text, "ACCUSE") == [("CAN", "USA")]
    text = "The governor of New Mexico condemned Mexico over the cartel attack.\n"
    assert analyzed_typed(text, "ACCUSE") == [("USA", "MEX")]


def test_a_minister_speaking_from_his_capital_is_not_the_dateline_s():
    # main: ACCUSE KEN→PAK, the minister took Kenya from the NAIROBI dateline
    text = ("NAIROBI, Kenya (Reuters) - Somalia accused Ethiopia on Friday of sending troops across the border.\n\n"
            "Interior Minister Abdi Warsame told Reuters by telephone from Mogadishu that the troops had entered two "
            "villages.\n\n"
            "Warsame condemned the incursion and said Somalia would complain to the African Union.\n")
    assert analyzed_on(text, "condemned")[0][2] == "SOM"


def test_a_minister_speaking_with_no_place_keeps_the_dateline_s_state():
    # guard: nothing says where she speaks from, and the story is about the dateline's own state (rule 46)
    text = ("NAIROBI, Kenya (Reuters) - Kenyan police arrested nine men over an attack on a bus near Garissa.\n\n"
            "Interior Minister Grace Wanjiru told Reuters that the men had planned further attacks.\n\n"
            "Wanjiru condemned the attack and said the border would stay closed.\n")
    assert analyzed_on(text, "condemned")[0][2] == "KEN"
