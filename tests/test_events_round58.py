"""Round 58 of the event coder: main events with no event or the wrong type on their trigger, found coding invented
wire stories (a levy on money sent abroad, water cannon fired at thousands, relief planes landing, ships colliding,
cattle driven off, smugglers opening fire, officials banned from entering a country; docs/events.md, rule 76).

Every sentence here was written for these tests; none is in bench/events_sentences, a development article or a
blind set. The first line of each text is a headline, as in an article.
"""

from __future__ import annotations

from .events_support import analyzed_events, analyzed_typed


def test_a_levy_on_money_sent_abroad_is_a_sanction_on_where_it_goes():
    # the levy's "on" phrase names money, no party: the charge was not coded (its row needs a target)
    text = ("Remittances\n\n"
            "El Salvador imposed a levy of 3 percent on money sent to Nicaragua by wire transfer on Monday.\n")
    assert analyzed_typed(text, "SANCTION") == [("SLV", "NIC")]
    remittances = ("Remittances\n\n"
                   "Guatemala imposed a tax on remittances sent to Honduras from its banks.\n")
    assert analyzed_typed(remittances, "SANCTION") == [("GTM", "HND")]


def test_water_cannon_fired_at_thousands_of_protesters_is_coded():
    # "fire" took no cannon, and "at thousands" is read as a number phrase ("agreed on Friday"), which leaves the
    # phrasal "fire at" without its particle: no event
    text = ("Court protest\n\n"
            "Senegalese police fired water cannon at thousands of opposition supporters outside the court in Dakar.\n")
    assert [event[:3] for event in analyzed_events(text)] == [("ASSAULT", "fired", "SEN")]


def test_relief_planes_that_land_deliver_aid_and_a_port_call_does_not():
    # "land" was AID for peacekeepers only; planes carrying relief that land in a capital had no event
    text = ("Cyclone relief\n\n"
            "Two New Zealand air force planes carrying tents and blankets landed in Nuku'alofa on Sunday.\n")
    assert analyzed_typed(text, "AID") == [("NZL", "TON")]
    ship = ("Flood relief\n\n"
            "A Turkish navy ship carrying 500 tonnes of flour arrived in Misrata on Tuesday.\n")
    assert analyzed_typed(ship, "AID") == [("TUR", "LBY")]
    visit = ("Port call\n\n"
             "Two Indian navy ships arrived in Colombo on Sunday, the navy said.\n")
    assert analyzed_typed(visit, "AID") == []


def test_a_coast_guard_ship_colliding_with_a_vessel_assaults_it_and_a_ferry_does_not():
    # "collide with" had no row: the collision at sea was not coded
    text = ("Paracels\n\n"
            "A Vietnamese coast guard ship collided with a Chinese fishing trawler near the Paracel Islands on Friday.\n")
    assert analyzed_typed(text, "ASSAULT") == [("VNM", "CHN")]
    accident = ("Crete\n\n"
                "A ferry collided with a cargo ship off Crete on Sunday, the port authority said.\n")
    assert analyzed_events(accident) == []


def test_cattle_driven_off_is_a_raid():
    # "drive off" had no row ("drove off hundreds of cattle" was not coded)
    text = ("Turkana raid\n\n"
            "Gunmen drove off hundreds of cattle from villages in Kenya's Turkana county on Sunday.\n")
    assert [event[:2] for event in analyzed_events(text)] == [("ASSAULT", "drove off")]


def test_smugglers_who_open_fire_on_a_patrol_act():
    # "smuggler" and "raider" were no actor nouns: with no actor the shooting was dropped
    text = ("Border shooting\n\n"
            "The raiders opened fire on a Colombian army patrol near Cucuta on Wednesday.\n")
    assert analyzed_typed(text, "ASSAULT") == [(None, "COL")]
    river = ("River patrol\n\n"
             "Two sailors were wounded on Thursday when smugglers opened fire on a Colombian navy patrol near Leticia.\n")
    assert [event[:2] for event in analyzed_events(river) if event[1] == "opened fire"] == [("ASSAULT", "opened fire")]


def test_officials_banned_from_entering_a_country_are_sanctioned():
    # "ban" was COERCE whatever it kept people from; kept out of a state, they are barred from it (SANCTION)
    text = ("Counter-sanctions\n\n"
            "China banned nine members of the Lithuanian parliament from entering the country on Friday.\n")
    assert analyzed_typed(text, "SANCTION") == [("CHN", "LTU")]
    rallies = ("Curbs\n\n"
               "The Nicaraguan government banned opposition rallies in Managua on Friday.\n")
    assert [event[0] for event in analyzed_events(rallies)] == ["COERCE"]


def test_people_marching_on_a_place_march_themselves_and_a_day_is_no_place():
    # the participle hangs on the count ("hundreds") or on "fired": its subject was the police, and the police's
    # PROTEST was dropped (a protest needs people)
    text = ("Nurses' march\n\n"
            "Police fired tear gas at hundreds of nurses marching on the health ministry in Harare on Monday.\n")
    assert [(event[0], event[1], event[2]) for event in analyzed_events(text) if event[0] == "PROTEST"] == [("PROTEST", "marching", "ZWE")]
    tax = ("Fuel tax\n\n"
           "Police fired tear gas at hundreds of people protesting against a new road toll in Harare on Monday.\n")
    assert [event[0] for event in analyzed_events(tax)] == ["ASSAULT"]
