"""Round 64 of the event coder: the actor's country of domestic and unnamed parties in stories about two neighbours (a
minority's party named after the neighbour's people, opposition movements and councils at home, an unnamed opposition
beside its government, Georgetown, the SPLM, parliamentary blocs, "he" after a long quote; docs/events.md, rule 82).

Every sentence here was written for these tests; none is in bench/events_sentences, a development article or a
blind set. The first line of a text with a blank line after it is a headline, as in an article.
"""

from __future__ import annotations

from .events_support import analyzed_on


def _actor_countries(text: str, trigger: str) -> list[str | None]:
    return [e[2] for e in analyzed_on(text, trigger)]


def test_a_minority_party_named_after_the_neighbours_people_is_a_party_at_home():
    # the demonym in the party's name gave the neighbour (HUN) to the party of Romania's Hungarian minority
    text = ("Budapest protests school decree\n\n"
            "BUDAPEST, Dec 3 (Danube Wire) — Hungary summoned Romania's ambassador on Wednesday over a decree that cuts "
            "teaching hours in Hungarian-language schools.\n\n"
            "In Romania itself, the decree was condemned by the Hungarian Civic Alliance, the party of the minority, which "
            "said it had not been consulted.\n")
    assert _actor_countries(text, "condemned") == ["ROU"]


def test_an_association_of_a_minority_is_of_the_place_the_sentence_opens_with():
    # "the association of the Greek minority" gave GRC, the dateline's state, to a body the sentence puts in Albania;
    # Gjirokastër was no place of the gazetteer
    text = ("Athens objects to land survey\n\n"
            "ATHENS, Dec 2 (Aegean Wire) — Greece protested to Albania on Tuesday over a land survey in the south of the "
            "country.\n\n"
            "In Gjirokaster, the survey was criticised by Lyra, the association of the Greek minority, which said its "
            "members had not been told.\n")
    assert _actor_countries(text, "criticised") == ["ALB"]


def test_an_ethnic_or_pro_neighbour_party_is_of_the_dateline_state():
    # "ethnic Albanian" and "pro-Russian" gave ALB and RUS to parties of North Macedonia and Montenegro
    text = ("Skopje budget vote\n\n"
            "SKOPJE, Dec 1 (Vardar Wire) — Bulgaria blocked the start of North Macedonia's accession talks again on Monday.\n\n"
            "The ethnic Albanian Civic Renewal party accused the government of giving in to Sofia.\n")
    assert _actor_countries(text, "accused") == ["MKD"]
    text = ("Podgorica row\n\n"
            "PODGORICA, Dec 1 (Adriatic Wire) — Montenegro expelled a Russian diplomat on Monday.\n\n"
            "The pro-Russian Slavic Unity party demanded that the government reverse the expulsion.\n")
    assert _actor_countries(text, "demanded") == ["MNE"]


def test_a_party_named_after_a_people_without_minority_words_keeps_that_state():
    # guard: "the Hungarian Civic Alliance" told of as nobody's minority is still read as Hungary's
    text = ("Budapest protests school decree\n\n"
            "BUCHAREST, Dec 3 (Danube Wire) — Romania cut teaching hours in minority schools on Wednesday.\n\n"
            "The Hungarian Civic Alliance condemned the decree.\n")
    assert _actor_countries(text, "condemned") != ["ROU"]


def test_an_opposition_movement_and_a_local_council_are_of_the_dateline_state():
    # "Movement" and "Council" were no words of a body at home: the actor had no country
    text = ("Namibia shuts crossing\n\n"
            "WINDHOEK, Nov 29 (Southern Africa Wire) — Namibia closed a border crossing with Angola on Saturday after "
            "poachers killed two rangers.\n\n"
            "The opposition Kalahari Renewal Movement accused the government of punishing villagers.\n\n"
            "The Omusati Farmers' Council criticised the closure, saying it would cut the income of villages.\n")
    assert _actor_countries(text, "accused") == ["NAM"]
    assert _actor_countries(text, "criticised") == ["NAM"]


def test_bitola_is_a_place_of_north_macedonia():
    # Bitola was no place of the gazetteer: a story filed from there had no home for its opposition
    text = ("Consulate closed\n\n"
            "The Pelister Herald | Bitola, 2 December 2026\n\n"
            "North Macedonia ordered Bulgaria's consulate in Bitola closed on Monday after a row over a banner, and Sofia "
            "recalled its consul general. Skopje said the consulate had broken the rules. Bulgaria called the order a "
            "provocation. The European Commission urged both sides to talk.\n\n"
            "The closure was criticised by the opposition Civic Renewal Union, which said the government had picked a "
            "needless fight.\n")
    assert _actor_countries(text, "criticised") == ["MKD"]


def test_an_unnamed_opposition_is_of_the_government_it_is_told_beside():
    # "the opposition" and "rebels" in a story filed from Nairobi about Ethiopia's talks took the dateline's state (KEN)
    text = ("Ethiopia talks postponed\n\n"
            "NAIROBI, Dec 2 (Rift Wire) - Talks meant to bring Ethiopia's government and the armed opposition to one table "
            "were postponed on Tuesday, after Addis Ababa refused to send a delegation to Nairobi.\n\n"
            "The government in Addis Ababa said on Monday night that it could not attend while rebels were attacking its "
            "garrisons in Amhara. The opposition denied it.\n\n"
            "Kenya, which had hosted the advance teams, sent its special envoy to Addis Ababa on Wednesday.\n")
    assert _actor_countries(text, "denied") == ["ETH"]


def test_a_shared_capital_name_is_the_state_the_story_names():
    # "Georgetown" is no alias of the gazetteer (a district of Washington, a town of Penang): the condemnation had no actor's state
    text = ("Border talks collapse\n\n"
            "PARAMARIBO, Dec 3 (Caribbean Wire) - Suriname's delegation walked out of river border talks with Guyana on "
            "Wednesday.\n\n"
            "Georgetown condemned the walkout within hours.\n")
    assert _actor_countries(text, "condemned") == ["GUY"]


def test_a_shared_capital_name_stays_nobodys_in_a_story_that_names_no_such_state():
    # guard: Georgetown in a story on the United States is no state's capital
    text = ("Campus row\n\n"
            "WASHINGTON, Dec 3 (Capital Wire) - Students at Georgetown protested on Wednesday against a visit by a Chinese "
            "minister.\n")
    assert all(e[2] != "GUY" for e in analyzed_on(text, "protested"))


def test_the_south_sudanese_movement_named_after_sudan_is_south_sudans():
    # "Sudan" in the name of the Sudan People's Liberation Movement-in-Opposition gave its spokesman SDN
    text = ("Juba summit postponed\n\n"
            "KAMPALA, Dec 2 (Lakes Wire) - A summit on South Sudan's peace deal was postponed on Tuesday after Juba refused to "
            "send a delegation.\n\n"
            "\"We are ready to talk,\" said a spokesman for the Sudan People's Liberation Movement-in-Opposition, Riek Gatdet. "
            "He accused the government of inventing attacks to avoid the talks.\n")
    assert _actor_countries(text, "accused") == ["SSD"]


def test_a_pronoun_for_a_minister_titled_before_the_name_is_of_the_story_state():
    # "Fisheries Minister Rose Mushi … She accused…": only an apposition title ("X, the fisheries minister") made the
    # pronoun an office of the story's state in a text with no dateline place the gazetteer knows
    text = ("Tanzania bans Ugandan boats from lake zone\n\n"
            "By Neema Kweka, Lake Zone Weekly, Kemondo\n\n"
            "Tanzania banned fishing boats from Uganda from its waters of Lake Victoria on Monday. Tanzania says the boats use "
            "illegal nets, and Tanzania's fisheries ministry says catches of Nile perch have fallen by a third.\n\n"
            "\"Our fishermen are losing their living,\" Fisheries Minister Rose Mushi said at the harbour. She accused "
            "Ugandan patrol boats of escorting the poachers.\n\n"
            "Tanzania will review the ban in March.\n")
    assert _actor_countries(text, "accused") == ["TZA"]


def test_a_parliamentary_or_opposition_bloc_is_no_regional_bloc():
    # "bloc" is the gazetteer's word for a regional body (IGO): a group of one state's parties took it
    text = ("Strike near border\n\n"
            "BEIRUT, Nov 30 (Levant Wire) - An Israeli drone struck a Lebanese army post near Khiam on Sunday, killing two "
            "soldiers.\n\n"
            "Hezbollah's parliamentary bloc accused the government of weakness.\n")
    assert _actor_countries(text, "accused") == ["LBN"]
    text = ("Budget row\n\n"
            "KYIV, Nov 30 (Dnipro Wire) - Ukraine's parliament passed the war budget on Sunday.\n\n"
            "The opposition bloc accused the government of hiding the cost of the war.\n")
    assert _actor_countries(text, "accused") == ["UKR"]


def test_he_after_a_long_quote_is_its_speaker():
    # the antecedent's window of three sentences ended inside the quote, whose speaker was further back: no state
    text = ("Chad summons Sudanese envoy over raid\n\n"
            "By Achta Mahamat, Sahel Courier, Abeche\n\n"
            "Gunmen drove off some 900 camels from herders near the border town of Adre last week. Chad summoned Sudan's "
            "ambassador on Tuesday.\n\n"
            "\"These herds have crossed this valley every season for a hundred years,\" Chad's livestock minister, Adoum "
            "Brahim, told reporters in N'Djamena. \"The camels are their savings.\n\n"
            "\"Someone has emptied those savings in one night.\"\n\n"
            "He accused Khartoum of sheltering the raiders.\n")
    assert _actor_countries(text, "accused") == ["TCD"]
