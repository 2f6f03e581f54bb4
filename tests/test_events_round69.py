"""Round 69 of the event coder: the actor's country, second pass, from invented wire and newspaper stories read by eye
(docs/events.md, rule 87).

Every sentence here was written for these tests; none is in bench/events_sentences, a development article or a
blind set. The first line of a text with a blank line after it is a headline, as in an article.
"""

from __future__ import annotations

from newsgraph.extract.countries import dateline

from .events_support import analyzed_on


BYLINE_TOWN = ("Costa Rica complains to Nicaragua over detained cattle traders\n\n"
               "By Pablo Jiménez | Pacific Plains Courier | Liberia, 2 December 2026\n\n"
               "Costa Rica's foreign ministry sent a protest note to Nicaragua on Tuesday after Nicaraguan police "
               "detained four Costa Rican cattle traders near Peñas Blancas.\n\n"
               "The opposition Citizens' Action Party accused the government of reacting too slowly.\n")


def test_a_byline_town_named_like_a_state_the_story_never_names_is_no_dateline():
    # "Liberia" (a town in Costa Rica's Guanacaste) made the opposition party and the government Liberian
    assert dateline(BYLINE_TOWN) is None
    assert analyzed_on(BYLINE_TOWN, "accused") == [("ACCUSE", "accused", "CRI", "CRI")]


def test_a_byline_state_the_story_names_again_is_still_its_dateline():
    text = ("Liberia closes border crossing with Guinea\n\n"
            "By Musa Kollie | River Cess Times | Liberia, 2 December 2026\n\n"
            "Liberian immigration officers closed the Ganta crossing on Tuesday after Guinean soldiers fired shots "
            "near the market.\n\n"
            "The opposition Unity Party accused the government of reacting too slowly.\n")
    found = dateline(text)
    assert found is not None and found.home is not None and found.home.code == "LBR"
    assert analyzed_on(text, "accused") == [("ACCUSE", "accused", "LBR", "LBR")]


SHARED_CAPITAL_DATELINE = ("Guyana protests Venezuelan troop movements\n\n"
                           "GEORGETOWN, Dec 3 (Caribbean Wire) - Guyana's foreign ministry summoned Venezuela's envoy on "
                           "Wednesday over new barracks on the Cuyuni river.\n\n"
                           "Interior Minister Robeson Benn accused Caracas of preparing an incursion.\n")


def test_a_dateline_in_a_capital_left_out_of_the_gazetteer_is_its_state_s_when_the_story_names_it():
    # "GEORGETOWN" gave no home: the minister had no state
    found = dateline(SHARED_CAPITAL_DATELINE)
    assert found is not None and found.home is not None and found.home.code == "GUY"
    assert analyzed_on(SHARED_CAPITAL_DATELINE, "accused") == [("ACCUSE", "accused", "GUY", "VEN")]


def test_a_georgetown_dateline_over_a_story_that_never_names_guyana_has_no_home():
    text = ("Students march over tuition\n\n"
            "GEORGETOWN, Dec 3 (Capital Wire) - Hundreds of students marched on Wednesday against a rise in tuition "
            "fees at the city's universities.\n")
    found = dateline(text)
    assert found is None or found.home is None



def test_a_titled_person_whose_act_another_state_s_ministry_reports_is_that_state_s():
    # the minister took the dateline's state (KGZ) before the reporting ministry's
    text = ("Border clash\n\n"
            "BISHKEK, Dec 3 (Steppe Wire) - Kyrgyz and Tajik border guards exchanged fire on Wednesday near the "
            "disputed Vorukh enclave, killing two.\n\n"
            "Defence Minister Anatoly Belov accused Tajik troops of opening fire first, the Uzbek defence ministry "
            "said.\n")
    assert analyzed_on(text, "accused") == [("ACCUSE", "accused", "UZB", "TJK")]


def test_a_titled_person_the_dateline_s_own_ministry_reports_stays_at_home():
    text = ("Border clash\n\n"
            "BISHKEK, Dec 3 (Steppe Wire) - Kyrgyz and Tajik border guards exchanged fire on Wednesday near the "
            "disputed Vorukh enclave, killing two.\n\n"
            "Defence Minister Anatoly Belov accused Tajik troops of opening fire first, the ministry said.\n")
    assert analyzed_on(text, "accused") == [("ACCUSE", "accused", "KGZ", "TJK")]
