"""Round 80 of the event coder (docs/events.md, rule 98): fire returned "back", forces put on standby, a note
dismissed, a counsellor at an embassy sent home; a threat to take a dispute to the Security Council or an arbitration
centre aimed at the other side; an appeal the parser hangs on a reported clause kept by its speaker; aid's store
abroad no target and a donor state no recipient; a march "on" another state's consulate; a court seated in a town;
raids on centres and orders cancelled.

Every sentence here was written for these tests; none is in bench/events_sentences, a development article or a
blind set. The first line of a text with a blank line after it is a headline, as in an article.
"""

from __future__ import annotations

from .events_support import analyzed_on, analyzed_typed, byline_story


def test_fire_returned_back_answers_the_attack_by_the_side_named_before():
    # "the marines" had no country, and "fired back" answered no one
    text = byline_story("Two sailors were killed on Sunday when an Eritrean patrol boat opened fire on Djiboutian marines in the strait "
                        "and the marines fired back.")
    assert analyzed_on(text, "fired back") == [("ASSAULT", "fired back", "DJI", "ERI")]


def test_ships_put_on_standby_are_mobilised():
    text = byline_story("Estonia put three patrol vessels on standby at Tallinn on Monday.")
    assert [actor for actor, _ in analyzed_typed(text, "MOBILIZE")] == ["EST"]


def test_a_diplomatic_note_dismissed_is_rejected():
    text = byline_story("Azerbaijan sent a note of protest to Armenia over the shelling on Monday.",
                        "Yerevan dismissed the note within hours.")
    assert analyzed_on(text, "dismissed") == [("REJECT", "dismissed", "ARM", "AZE")]


def test_a_counsellor_at_an_embassy_ordered_to_leave_is_expelled():
    # "at the embassy" did not make the counsellor a diplomat: the order was a request
    text = byline_story("Chile ordered a counsellor at the Bolivian embassy to leave the country within 72 hours on Friday.")
    assert analyzed_on(text, "ordered") == [("SANCTION", "ordered", "CHL", "BOL")]


def test_a_threat_to_take_the_matter_to_the_security_council_is_aimed_at_the_other_side():
    # the Security Council, where the dispute would go, was the target
    text = byline_story("Burundian artillery shelled two villages in Rwanda's Nyamasheke district on Monday.",
                        "Rwanda's foreign minister warned that Kigali would take the matter to the UN Security Council "
                        "if the shelling went on.")
    assert analyzed_on(text, "warned") == [("THREATEN", "warned", "RWA", "BDI")]


def test_a_threat_to_ask_the_security_council_to_take_up_a_dispute_is_aimed_at_the_other_side():
    text = byline_story("Guatemala seized two Belizean fishing boats near the Sapodilla Cayes on Tuesday.",
                        "Belize's foreign minister warned that Belmopan would ask the UN Security Council to take up the dispute.")
    assert analyzed_on(text, "warned") == [("THREATEN", "warned", "BLZ", "GTM")]


def test_a_warning_addressed_to_the_security_council_stays_aimed_at_it():
    text = byline_story("Sudan warned the UN Security Council that the ceasefire in Darfur would collapse.")
    assert analyzed_on(text, "warned") == [("THREATEN", "warned", "SDN", "IGO")]


def test_an_appeal_the_parser_hangs_on_a_reported_clause_is_the_speakers():
    # "urged" hung on "violated", whose subject is "the closure": the appeal had no actor and no event
    text = byline_story("The African Union Commission said the closure violated the free trade agreement and urged Ghana "
                        "to reopen the crossing at Aflao.")
    assert analyzed_on(text, "urged") == [("REQUEST", "urged", "IGO", "GHA")]


def test_where_aid_is_stored_abroad_is_no_target():
    # "in Barbados", inside the phrase of where the supplies came from, was the target
    text = ("Storm aid reaches the island\n\nIsland Gazette | Castries, Nov 23\n\nA Guyanese navy ship delivered 60 tonnes of "
            "water on Sunday, and Jamaica sent two helicopters to the north.\n\nThe Caribbean Disaster Emergency Management "
            "Agency flew 20 tonnes of supplies from its warehouse in Barbados to Hewanorra airport on Saturday.\n")
    assert [e[3] for e in analyzed_on(text, "flew")] == [None]


def test_people_evacuated_from_a_place_help_that_place():
    text = byline_story("UN helicopters evacuated the wounded from the besieged Bosnian town of Srebrenica on Friday.")
    assert analyzed_typed(text, "AID") == [("IGO", "BIH")]


def test_aid_sent_beside_a_donors_goes_to_where_the_story_is_filed():
    # the state named most gave aid itself, and was the target of the other donor's
    text = ("Aid reaches Dominica\n\nROSEAU, Dominica (Caribbean Wire) - A Guyanese navy ship delivered 60 tonnes of water "
            "to Roseau on Sunday, and Jamaica sent two helicopters to fly families out of villages in the north.\n\n"
            "Guyana said a second ship would sail on Tuesday. Guyana's president said Guyana would send nurses. "
            "Guyanese engineers are to follow.\n")
    assert analyzed_on(text, "sent") == [("AID", "sent", "JAM", "DMA")]


def test_a_march_on_another_states_consulate_is_aimed_at_that_state():
    # the place the march started from ("In Mosul") was the target
    text = byline_story("In Mosul, about 1,500 people marched on the Turkish consulate-general on Friday afternoon.")
    assert [e[3] for e in analyzed_on(text, "marched")] == ["TUR"]


def test_a_court_seated_in_a_town_is_of_that_towns_state():
    # "a court" took the dateline's state: "Sandakan", tagged an organisation, placed nothing
    text = "Manila Report\n\nMANILA (Desk) - A court in Sandakan sentenced nine Filipino fishermen to six months in prison on Thursday.\n"
    assert analyzed_on(text, "sentenced") == [("COERCE", "sentenced", "MYS", "PHL")]


def test_a_court_seated_in_a_town_the_tagger_calls_a_person_is_of_that_towns_state():
    text = ("Manila Report\n\nMANILA (Desk) - Relatives protested outside the Malaysian embassy on Friday, a day after a court "
            "in Tawau jailed 14 Filipino crewmen for eight months.\n")
    assert analyzed_on(text, "jailed") == [("COERCE", "jailed", "MYS", "PHL")]


def test_a_raid_on_a_cultural_centre_is_coercion():
    text = byline_story("Uzbek police raided a Turkish cultural centre in Samarkand on Thursday.")
    assert analyzed_on(text, "raided") == [("COERCE", "raided", "UZB", "TUR")]


def test_an_order_for_a_states_weapons_cancelled_is_a_sanction():
    text = byline_story("Hungary has cancelled a $200 million order for 18 Turkish armoured vehicles.")
    assert analyzed_on(text, "cancelled") == [("SANCTION", "cancelled", "HUN", "TUR")]


def test_a_border_post_reopened_to_a_neighbours_lorries_is_a_concession():
    text = byline_story("Malawi reopened the border post at Mwanza to Mozambican lorries on Wednesday.")
    assert analyzed_on(text, "reopened the border post") == [("CONCEDE", "reopened the border post", "MWI", "MOZ")]


def test_airspace_closed_to_another_states_airline_is_a_sanction():
    # it was COERCE, as a closure to all traffic is
    text = byline_story("Niger closed its airspace to Burkinabe airlines on Tuesday, grounding their flights to Niamey.")
    assert analyzed_on(text, "closed its airspace") == [("SANCTION", "closed its airspace", "NER", "BFA")]


def test_a_border_crossing_shut_with_a_neighbour_is_a_sanction():
    text = byline_story("Rwanda shut the Gatuna border crossing with Uganda on Friday.")
    assert [e[0] for e in analyzed_on(text, "shut the Gatuna border crossing")] == ["SANCTION"]


def test_a_border_closed_to_all_traffic_stays_coercion():
    text = byline_story("Gunmen attacked a police post near the town on Sunday night.",
                        "The authorities closed the border to all traffic on Monday.")
    assert [e[0] for e in analyzed_on(text, "closed the border")] == ["COERCE"]
