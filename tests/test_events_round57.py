"""Round 57 of the event coder: parties and their countries in stories told from elsewhere (people of public life
named by title alone, a region's leaders named like a state, a bureau story's authorities, a coup maker named in a
relative clause, a dateline of two capitals, a patrol attacked, a state name the tagger reads as a first name, an
opposition's criticism "at home" in a story filed from a town the gazetteer does not know; docs/events.md, rule 75).

Every sentence here was written for these tests; none is in bench/events_sentences, a development article or a
blind set. The first line of each text is a headline, as in an article.
"""

from __future__ import annotations

from .events_support import analyzed_on


def test_a_person_of_public_life_is_their_own_states_not_the_datelines():
    # "Prime Minister Narendra Modi" with no state named took the dateline's (GBR)
    text = ("Warning\n\n"
            "LONDON (Reuters) - Prime Minister Narendra Modi accused Pakistan of sheltering the gunmen on Monday.\n")
    assert analyzed_on(text, "accused") == [("ACCUSE", "accused", "IND", "PAK")]


def test_a_person_of_public_life_as_actor_and_target_in_a_third_states_story():
    # both leaders took Egypt's code from the Cairo dateline (EGY -> PSE)
    text = ("Rafah\n\n"
            "CAIRO (AP) - President Joe Biden warned Benjamin Netanyahu against a full assault on Rafah, the White House said.\n")
    assert analyzed_on(text, "warned") == [("THREATEN", "warned", "USA", "ISR")]


def test_public_people_are_matched_by_name_not_by_any_surname():
    from newsgraph.extract.countries import public_person_country

    assert public_person_country("Xi Jinping") == "CHN"
    assert public_person_country("Recep Tayyip Erdoğan") == "TUR"  # diacritics do not matter
    assert public_person_country("Singh") is None  # a common surname alone is no one's for sure (rule 119)


def test_a_regions_leaders_named_like_a_state_are_the_bloc():
    # "Central African" is the Central African Republic's demonym: the suspension was CAF -> GAB
    text = ("Suspended\n\n"
            "LIBREVILLE (AFP) - Central African leaders suspended Gabon from their regional bloc on Friday.\n")
    assert analyzed_on(text, "suspended") == [("SANCTION", "suspended", "IGO", "GAB")]


def test_a_regions_leaders_do_not_make_a_state_the_story_is_about():
    # three "Central African leaders" counted as the Central African Republic, so the soldiers fell to the dateline
    text = ("Coup\n\n"
            "YAOUNDE (AFP) - Central African leaders met on Thursday, a day after army officers seized power in Libreville. "
            "Central African leaders urged the soldiers to free the president. Central African leaders will meet again on "
            "Monday. The African Union also suspended Gabon. Soldiers arrested the president's son and two ministers.\n")
    assert analyzed_on(text, "arrested") == [("COERCE", "arrested", "GAB", "GAB")]


def test_a_coup_maker_named_before_who_seized_power_gives_the_coup_state():
    # "who seized power" has no subject of its own words, so the coup state was the state named most (FRA)
    text = ("Embassy attacked\n\n"
            "DAKAR, Senegal (AP) - Protesters attacked the French embassy in Ouagadougou on Friday. "
            "France condemned the attack and France's foreign ministry summoned the chargé d'affaires of Burkina Faso. "
            "Burkina Faso's military leader, Captain Idrissa Kabore, who seized power in September, called for calm. "
            "French officials said France would close the embassy. Soldiers arrested 15 people near the embassy.\n")
    assert analyzed_on(text, "arrested") == [("COERCE", "arrested", "BFA", "BFA")]


def test_where_an_envoy_serves_is_not_where_a_bureau_story_is_set():
    # "ambassador in Paris" placed the authorities in France, two sentences on
    text = ("Curfew\n\n"
            "DAKAR, Senegal (AP) - Police in Ouagadougou fired tear gas on Friday at hundreds of protesters outside the "
            "French embassy. Witnesses said the crowd threw stones. France's foreign ministry summoned Burkina Faso's "
            "ambassador in Paris. The authorities later imposed a curfew.\n")
    assert [actor for _, _, actor, _ in analyzed_on(text, "imposed a curfew")] == ["BFA"]


def test_a_bureau_story_with_nothing_placed_near_is_set_where_its_lede_is():
    # nothing placed in the sentence or the two before: the authorities took the dateline's state (SEN)
    text = ("Curfew\n\n"
            "DAKAR, Senegal (AP) - Police in Ouagadougou fired tear gas on Friday at hundreds of protesters outside the "
            "French embassy. Witnesses said the crowd threw stones. France condemned the violence. "
            "President Emmanuel Macron said France had nothing to do with the unrest. The authorities later imposed a curfew.\n")
    assert [actor for _, _, actor, _ in analyzed_on(text, "imposed a curfew")] == ["BFA"]


def test_an_office_that_acts_on_the_first_capitals_state_is_the_second_capitals():
    # "ADDIS ABABA/KHARTOUM": the government took the first capital's state and summoned its own envoy (ETH -> ETH)
    text = ("Clash\n\n"
            "ADDIS ABABA/KHARTOUM, Dec 16 (Reuters) - Gunmen attacked farmers near the border on Thursday, officials said. "
            "The government summoned Ethiopia's ambassador.\n")
    assert analyzed_on(text, "summoned Ethiopia's ambassador") == [("ACCUSE", "summoned Ethiopia's ambassador", "SDN", "ETH")]


def test_a_patrol_attacked_is_an_assault():
    # "patrol" is also an act noun, so the object was no one concrete and "attacked" was read as a rebuke (ACCUSE)
    text = ("Clash\n\n"
            "KHARTOUM (Reuters) - Ethiopian militias attacked an army patrol near the border on Thursday.\n")
    assert analyzed_on(text, "attacked") == [("ASSAULT", "attacked", "ETH", "SDN")]


def test_a_states_rulers_are_not_a_person_called_chad():
    # the tagger reads "Chad" as a first name: the rulers took the dateline's state (GAB)
    text = ("Border closed\n\n"
            "LIBREVILLE (Reuters) - Cameroon warned on Sunday against any intervention. Chad's military rulers closed "
            "the country's border with Sudan on Sunday.\n")
    assert [actor for _, _, actor, _ in analyzed_on(text, "closed the country's border")] == ["TCD"]


def test_criticism_at_home_in_a_story_from_an_unknown_town_is_the_story_states():
    # the dateline's town is unknown, so "At home" gave no state: the criticism had no countries and no target
    text = ("Reef beacon row\n\n"
            "By A. Writer | Coastal Gazette | Point Fortin, Nov 18, 2026\n\n"
            "Venezuela summoned the ambassador of Trinidad and Tobago on Tuesday over a beacon on a disputed reef. "
            "Engineers from Port of Spain had switched the beacon on. Trinidad and Tobago said the beacon would stay.\n\n"
            "At home, the beacon was criticised by the opposition Renewal Movement, which said the government had spent "
            "millions on a quarrel it could not win.\n")
    assert [(actor, target) for _, _, actor, target in analyzed_on(text, "criticised")] == [("TTO", "TTO")]


def test_a_town_the_gazetteer_now_knows_places_the_move():
    # "Boa Vista" was unknown, so the place took the Mexico City dateline's state
    text = ("Border\n\n"
            "MEXICO CITY (AP) - Brazilian troops moved armoured vehicles to Boa Vista on Wednesday.\n")
    assert [target for _, _, _, target in analyzed_on(text, "moved")] == ["BRA"]
