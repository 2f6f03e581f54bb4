"""Round 59 of the event coder, from invented wire stories read by eye (a protest filed over a shoal, a broadcaster
suspended, economists' warnings, Lula's talks, a Turkish-hosted summit, a police mission sent abroad, headline
passives; docs/events.md, rule 77).

Every sentence here was written for these tests; none is in bench/events_sentences, a development article or a
blind set. The first line of a text with a blank line after it is a headline, as in an article.
"""

from __future__ import annotations

from .events_support import analyzed_events, analyzed_on, analyzed_typed


def test_a_diplomatic_protest_filed_is_an_accusation():
    # "file" took a complaint, a lawsuit or charges, not a protest: no event
    text = ("Protest filed\n\n"
            "MANILA — Manila said on Monday it had filed a diplomatic protest with Beijing over the water cannon attack.\n")
    assert analyzed_on(text, "filed a diplomatic protest") == [("ACCUSE", "filed a diplomatic protest", "PHL", "CHN")]


def test_broadcasts_suspended_coerce_the_broadcaster():
    # "suspend" took a broadcaster, a channel or a station, not its broadcasts: the coder kept only the accusation
    text = ("Broadcaster suspended\n\n"
            "BAMAKO, Dec 2 (AFP) - Mali's military government on Monday suspended the BBC's radio broadcasts for two months, "
            "saying the British broadcaster had spread false reports.\n")
    assert [e for e in analyzed_events(text) if e[0] == "COERCE"] == [("COERCE", "suspended the BBC's radio broadcasts", "MLI", "GBR")]


def test_economists_warning_of_a_recession_threaten_no_one():
    # a forecast was a THREATEN by the economists aimed at the state named in it
    text = ("Tariff fears\n\n"
            "OTTAWA — Economists warned on Monday that the tariffs, if imposed, would push Canada into recession.\n")
    assert analyzed_typed(text, "THREATEN") == []
    text = ("Tariff fears\n\n"
            "OTTAWA — Jane Moore, an economist at a Toronto bank, cautioned that the tariffs would push Canada into recession.\n")
    assert analyzed_typed(text, "THREATEN") == []


def test_a_state_still_warns():
    text = ("Warning\n\n"
            "SEOUL — North Korea warned on Monday that it would respond to the drills with force.\n")
    assert analyzed_typed(text, "THREATEN") != []


def test_a_person_called_by_a_middle_name_the_tagger_misses_is_that_person():
    # "Lula" opening a sentence was no name at all, so the call had an actor with no state
    text = ("Talks offered\n\n"
            "BRASILIA — Brazilian President Luiz Inacio Lula da Silva on Friday offered to host talks on the Essequibo dispute.\n"
            "Lula spoke by telephone with Venezuelan President Nicolas Maduro, his office said.\n")
    assert analyzed_on(text, "spoke by telephone with") == [("CONSULT", "spoke by telephone with", "BRA", "VEN")]


def test_a_person_called_by_the_first_words_of_a_longer_name_is_that_person():
    # "Hassan Sheikh" was a second person, who took the dateline's state (TUR)
    text = ("Ethiopia, Somalia agree to end port row\n\n"
            "ANKARA (Reuters) - Ethiopia and Somalia have agreed to work on resolving a dispute, Turkish President Tayyip Erdogan "
            "said on Wednesday.\n\n"
            "Erdogan said Ethiopian Prime Minister Abiy Ahmed and Somali President Hassan Sheikh Mohamud had agreed to start "
            "technical talks.\n\n"
            "Hassan Sheikh thanked Erdogan and said Mogadishu was ready to turn the page.\n")
    assert analyzed_on(text, "thanked") == [("SUPPORT", "thanked", "SOM", "TUR")]


def test_the_two_countries_leaders_are_the_pair_named_before():
    # "after hosting the two countries' leaders" had one target with no state
    text = ("Port row eased\n\n"
            "ANKARA (Reuters) - Ethiopia and Somalia agreed to start technical talks, Turkish President Tayyip Erdogan said on "
            "Wednesday after hosting the two countries' leaders.\n")
    assert sorted(e for e in analyzed_events(text) if e[1] == "hosting") == [
        ("CONSULT", "hosting", "TUR", "ETH"), ("CONSULT", "hosting", "TUR", "SOM")]


def test_the_audience_told_is_no_meeting():
    # "told a meeting of business leaders" was a CONSULT with no actor
    text = ("Mission\n\n"
            "NAIROBI — President William Ruto told a meeting of business leaders in Nairobi that the government would appeal.\n")
    assert analyzed_typed(text, "CONSULT") == []


def test_forces_deployed_abroad_are_aimed_where_they_go():
    # with a president reporting it, the police took his state and became the target (KEN -> KEN)
    text = ("Mission\n\n"
            "NAIROBI — Kenya deployed 1,000 police officers to Haiti, President William Ruto said on Monday.\n")
    assert analyzed_on(text, "deployed") == [("MOBILIZE", "deployed", "KEN", "HTI")]
    text = ("Mission\n\n"
            "NAIROBI — Kenya deployed 1,000 Kenyan police officers to Haiti on Monday.\n")
    assert analyzed_on(text, "deployed") == [("MOBILIZE", "deployed", "KEN", "HTI")]


def test_a_headline_participle_is_what_its_noun_underwent():
    # "Two Indian fishermen detained by Sri Lankan navy" had no event; "Aid worker killed in Israeli strike" made the
    # aid worker the killer
    text = ("Two Indian fishermen detained by Sri Lankan navy\n\n"
            "COLOMBO — The navy said the boat had crossed the maritime boundary.\n")
    assert analyzed_on(text, "detained") == [("COERCE", "detained", "LKA", "IND")]
    text = ("Aid worker killed in Israeli strike on Gaza\n\n"
            "WARSAW — A Polish aid worker died, the foreign ministry said.\n")
    assert analyzed_on(text, "killed") == [("ASSAULT", "killed", "ISR", "POL")]


def test_concerns_conveyed_are_an_accusation():
    # "conveyed grave concerns to both Beijing and Moscow" had no event ("voice/express concern" did)
    text = ("Bombers\n\n"
            "TOKYO — Tokyo conveyed grave concerns to both Beijing and Moscow through diplomatic channels, a spokesman said.\n")
    assert sorted(analyzed_typed(text, "ACCUSE")) == [("JPN", "CHN"), ("JPN", "RUS")]


def test_two_states_reopening_the_border_they_share_do_it_to_each_other():
    # "reopened a border bridge" had no event; "reopened their border" took the dateline's state as both targets
    text = ("Bridge reopened\n\n"
            "CUCUTA, Colombia (AP) — Colombia and Venezuela reopened a border bridge to cargo traffic on Saturday.\n")
    assert sorted(analyzed_typed(text, "CONCEDE")) == [("COL", "VEN"), ("VEN", "COL")]


def test_borders_each_state_closes_are_its_own():
    # a plural "their borders" is each state's own border, shut against a third: not a pair aimed at each other
    text = ("Coup attempt\n\n"
            "LIBREVILLE — Gabon and Equatorial Guinea closed their maritime borders with Sao Tome after the coup attempt.\n")
    assert ("GAB", "GNQ") not in analyzed_typed(text, "COERCE")


def test_waters_named_after_a_state_are_not_its_territory():
    # the tanker, called foreign, took the dateline's state (ARE), and without it the gulf gave Oman (OMN)
    text = ("Tanker seized\n\n"
            "DUBAI (Reuters) - Iran's Revolutionary Guards seized a foreign tanker in the Gulf of Oman on Monday.\n")
    assert analyzed_on(text, "seized") == [("COERCE", "seized", "IRN", None)]


def test_a_leader_called_by_name_and_title_is_telephoned():
    # "called President Felix Tshisekedi of Congo" had no event (only "called his counterpart" had); the parser can also
    # read the callee as a name given ("called Russian President Vladimir Putin on Friday")
    text = ("Mediation\n\n"
            "LUANDA — Angolan President Joao Lourenco called President Felix Tshisekedi of Congo on Thursday, his office said.\n")
    assert analyzed_on(text, "called") == [("CONSULT", "called", "AGO", "COD")]
    text = ("Call\n\n"
            "PARIS — Macron called Russian President Vladimir Putin on Friday.\n")
    assert analyzed_on(text, "called") == [("CONSULT", "called", "FRA", "RUS")]


def test_a_name_or_verdict_given_is_no_call():
    text = ("Insult\n\n"
            "WASHINGTON — Trump called President Joe Biden a loser on Friday.\n")
    assert analyzed_typed(text, "CONSULT") == []


def test_bank_branches_raided_are_coerced():
    # "raided … five branches of a Serbian bank" had no event (raid took a bank, an office, a station…)
    text = ("Raids\n\n"
            "PRISTINA, Kosovo (AP) — Kosovo police on Monday raided five branches of a Serbian bank in the north.\n")
    assert analyzed_on(text, "raided") == [("COERCE", "raided", "XKX", "SRB")]


def test_what_is_hit_at_sea_is_in_no_state():
    # a ship with no flag took the dateline's state (CHE) for an attack in the Red Sea, and "in the South China Sea" gave
    # the boat China through the sea's name
    text = ("Ship attacked\n\n"
            "GENEVA — The Houthis attacked a cargo ship in the Red Sea on Monday, the UN agency said.\n")
    assert analyzed_on(text, "attacked") == [("ASSAULT", "attacked", "YEM", None)]
    text = ("Water cannon\n\n"
            "MANILA — Chinese coast guard ships fired water cannon at a supply boat in the South China Sea on Monday.\n")
    assert [e[2:] for e in analyzed_events(text) if e[0] == "ASSAULT"] == [("CHN", None)]


def test_a_withdrawal_completed_is_the_subjects():
    # "completed the withdrawal of troops" took "troops" (no state) as the actor
    text = ("Pullback\n\n"
            "NEW DELHI — India has completed the withdrawal of its troops from the Maldives, officials said on Thursday.\n")
    assert analyzed_on(text, "completed the withdrawal") == [("RETREAT", "completed the withdrawal", "IND", "MDV")]


def test_two_states_pulling_back_with_no_one_named_pull_back_from_each_other():
    # both withdrawals were aimed at the dateline's state (IND -> IND, CHN -> IND)
    text = ("Pullback\n\n"
            "NEW DELHI — India and China withdrew troops from two friction points in the western Himalayas on Thursday.\n")
    assert sorted(analyzed_typed(text, "RETREAT")) == [("CHN", "IND"), ("IND", "CHN")]


def test_both_sides_are_the_pair_that_dealt_not_a_brokers_partners():
    # "urged both sides" took Qatar and the United States, named last as the broker's partners
    text = ("Truce extended\n\n"
            "DOHA (Reuters) - Israel and Hamas have agreed to extend their truce in Gaza by two days, Qatar's foreign ministry "
            "said on Monday.\n\n"
            "Egypt, which helped broker the deal with Qatar and the United States, said 200 trucks of aid had entered Gaza.\n\n"
            "U.S. President Joe Biden welcomed the extension and urged both sides to keep talking.\n")
    assert sorted(analyzed_typed(text, "REQUEST")) == [("USA", "ISR"), ("USA", "PSE")]


def test_a_sum_announced_in_aid_is_the_announcers_aid():
    # "announced 40 million euros in humanitarian aid for Chad" was an AID with no actor (the aid noun alone)
    text = ("Appeal\n\n"
            "GENEVA — The European Union announced 40 million euros in humanitarian aid for Chad on Tuesday.\n")
    assert analyzed_typed(text, "AID") == [("IGO", "TCD")]


def test_sorghum_sent_is_aid():
    # "send" took rice, flour and wheat, not sorghum: no event
    text = ("Appeal\n\n"
            "GENEVA — The United States said on Tuesday that it would send 20,000 tonnes of sorghum to Chad.\n")
    assert analyzed_typed(text, "AGREE") == [("USA", "TCD")]


def test_purchases_suspended_sanction_the_seller():
    # "suspend" took imports, trade and deliveries, not purchases: no event
    text = ("Arms\n\n"
            "BOGOTA (AP) — Colombia suspended all purchases of weapons from Israel on Thursday, the president said.\n")
    assert analyzed_typed(text, "SANCTION") == [("COL", "ISR")]


def test_the_remaining_crossings_are_on_the_border_named_before():
    # "closing the remaining crossings" was aimed at the closer's own state (LTU -> LTU)
    text = ("Crossings closed\n\n"
            "VILNIUS, Dec 1 (Reuters) - Lithuania closed two of its six border crossings with Belarus on Monday.\n\n"
            "The prime minister said the government would consider closing the remaining crossings if the incursions continued.\n")
    assert [e[3] for e in analyzed_events(text) if e[1] == "closing the remaining crossings"] == ["BLR"]


def test_the_closure_of_missions_ordered_is_their_closing():
    # "ordered the closure of Ethiopian consulates" was a REQUEST aimed at the consulates
    text = ("Row\n\n"
            "MOGADISHU (Reuters) - Somalia on Thursday ordered the closure of Ethiopian consulates in Hargeisa and Garowe.\n")
    assert analyzed_typed(text, "SANCTION") == [("SOM", "ETH")]
    text = ("Schools\n\n"
            "KABUL — The government ordered the closure of girls' schools on Thursday.\n")
    assert analyzed_typed(text, "SANCTION") == []


def test_a_town_named_after_of_places_what_happens_near_it():
    # "near the town of Qamishli" placed nothing, so the civilians took the dateline's Turkey
    text = ("Strikes\n\n"
            "ANKARA — The SDF said Turkish drones had killed three civilians near the town of Qamishli on Tuesday.\n")
    assert analyzed_on(text, "killed") == [("ASSAULT", "killed", "TUR", "SYR")]
