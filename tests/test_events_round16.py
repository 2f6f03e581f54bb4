"""Round 16 of the event coder, from the event errors of bench/unseen8 and bench/unseen9 (development
sets since this round) checked on the older development sets (docs/events.md, rule 34).

Every sentence here was written for these tests; none is in bench/events_sentences, a development
article or a blind set.
"""

from __future__ import annotations

from newsgraph import nlp
from newsgraph.extract.countries import find_countries

from .events_support import code, coded  # noqa: F401  (code is a fixture)


def test_a_stance_towards_a_state_is_not_its_nationality():
    doc = nlp.parse("The pro-Turkish party and anti-American students marched past Hungarian police.")
    assert [m.code for m in find_countries(doc)] == ["HUN"]


def test_a_parliament_calling_on_the_government_means_its_own(code):
    text = "The Ghanaian parliament's foreign affairs committee called on the government to review its embassy in Togo."
    assert coded(code(text), "called on") == [("REQUEST", "GHA", "GHA")]


def test_an_act_that_would_end_a_state_still_to_come_is_no_event(code):
    text = "Peru demanded that Bolivia suspend the tolls until the two governments had met in Lima."
    events = code(text)
    assert coded(events, "demanded") == [("REQUEST", "PER", "BOL")]
    assert not [e for e in events if e.trigger.text == "met"]
    text = "The herders said their cattle would stay in Kenya until Uganda released the detained men."
    assert not [e for e in code(text) if "released" in e.trigger.text]
    # a past "until" tells what happened
    assert [e.type for e in code("The shelling went on until Armenian troops withdrew from the ridge.") if e.trigger.text.startswith("withdrew")] == ["RETREAT"]


def test_a_body_of_no_state_criticising_an_act_targets_whoever_did_it(code):
    text = ("Senegal banned flights of Gambian carriers on Monday. The ban was criticised by the International Civil "
            "Aviation Federation.")
    assert coded(code(text), "criticised") == [("ACCUSE", None, "SEN")]


def test_an_international_association_is_not_placed_where_the_story_is_set(code):
    text = ("DAKAR, Nov 3 (Sahel Wire) — Senegal banned flights of Gambian carriers on Monday. "
            "The International Air Carriers Association condemned the ban.")
    assert coded(code(text), "condemned") == [("ACCUSE", None, "SEN")]


def test_a_reaction_to_a_reaction_does_not_tell_whose_act_it_was(code):
    sentences = ["Benin closed its border to Nigerien lorries on Monday."]
    sentences += [f"Traders in Malanville counted {n} lorries stuck on the bridge." for n in range(20, 28)]
    sentences += ["Niamey condemned the closure on Tuesday.", "The closure was also criticised by the West African Road Hauliers Federation."]
    assert coded(code(" ".join(sentences)), "criticised") == [("ACCUSE", None, "BEN")]


def test_two_capitals_on_a_route_are_not_the_two_governments(code):
    text = ("Mali closed its airspace to Air Côte d'Ivoire, forcing its flights to Dakar and Niamey onto longer routes. "
            "The airline association urged both governments to talk.")
    assert coded(code(text), "urged") == [("REQUEST", None, "CIV"), ("REQUEST", None, "MLI")]


def test_raising_duties_on_a_neighbours_goods_is_a_sanction(code):
    assert coded(code("Kenya raised duties on Tanzanian maize to 35 percent."), "raised") == [("SANCTION", "KEN", "TZA")]
    assert coded(code("Chile hits Peruvian onions and garlic with tariffs"), "hits") == [("SANCTION", "CHL", "PER")]


def test_flying_joint_patrols_is_cooperation(code):
    events = code("Kazakh and Kyrgyz helicopters flew joint patrols along the border on Friday.")
    assert coded(events, "joint patrols") == [("COOPERATE", "KAZ", "KGZ"), ("COOPERATE", "KGZ", "KAZ")]


def test_summoning_the_head_of_a_mission_is_a_protest(code):
    text = "Uzbekistan's foreign ministry summoned the head of the Tajik mission on Monday."
    assert coded(code(text), "summoned") == [("ACCUSE", "UZB", "TJK")]


def test_ordering_ones_own_army_to_act_is_that_act_not_a_request(code):
    events = code("BISHKEK, May 2 (Ala-Too Wire) — The Kyrgyz president ordered the army to reinforce the Batken frontier.")
    assert [e.type for e in events] == ["MOBILIZE"]
    # an order to another state stays a demand
    events = code("The court ordered Venezuela to withdraw its troops from the island.")
    assert [e.type for e in events if e.trigger.text.startswith("ordered")] == ["REQUEST"]


def test_guards_killed_in_an_attack_already_told_are_its_toll(code):
    text = ("Gunmen from across the river attacked a Tajik border post on Monday. Four Tajik border guards were killed "
            "and two soldiers were wounded.")
    events = code(text)
    assert [e.type for e in events] == ["ASSAULT"]


def test_a_title_owned_by_its_takes_the_state_it_stands_for(code):
    text = ("VIENNA, Nov 20 (Danube Policy) — Latvia has long opposed the plant. Its energy minister, Ilze Ozola, "
            "said the refusal confirmed its warnings. She called on the European Union to suspend the contracts.")
    assert coded(code(text), "called on") == [("REQUEST", "LVA", "IGO")]


def test_a_ministry_spokesman_speaks_for_the_ministry_just_named(code):
    text = ("TBILISI, Nov 2 (Caucasus Wire) — Georgia and Turkey began joint naval drills. Russia's foreign ministry "
            "summoned the Turkish ambassador. A ministry spokesman, Oleg Rudnev, said the drills were dangerous. "
            "He warned Tbilisi that Moscow would respond.")
    assert coded(code(text), "warned") == [("THREATEN", "RUS", "GEO")]


def test_a_deal_welcomed_far_from_its_signing_is_aimed_at_the_other_side(code):
    sentences = ["Jordan and Iraq signed an agreement on Tuesday on the return of 20,000 refugees."]
    sentences += [f"Convoy {n} would leave from Zarqa in the spring, officials said." for n in range(1, 13)]
    sentences += ["Baghdad welcomed the deal."]
    assert coded(code(" ".join(sentences)), "welcomed") == [("SUPPORT", "IRQ", "JOR")]


def test_a_byline_of_fields_between_bars_gives_the_story_its_place(code):
    from newsgraph.extract.countries import dateline

    text = ("Laos agrees rail debt deal\n\nBy Noy Keomany | Mekong Ledger | Vientiane, 19 November 2026\n\n"
            "The finance minister, Somsak Vilay, thanked China for its patience.")
    found = dateline(text)
    assert (found.place, found.home.code, found.date) == ("Vientiane", "LAO", "19 November 2026")
    assert text[found.end:].startswith("\n\nThe finance minister")
    assert coded(code(text), "thanked") == [("SUPPORT", "LAO", "CHN")]
    # bars with no place the gazetteer knows are no dateline
    assert dateline("Notes\n\nPart one | Part two\n\nText.") is None


def test_she_after_she_is_the_same_official(code):
    text = ("Canada's foreign minister said the trial had been unfair. “We have asked to see him every week,” she told "
            "reporters. “That is not how friends treat each other.” She called on Cairo to release him.")
    assert coded(code(text), "called on") == [("REQUEST", "CAN", "EGY")]


def test_what_a_protest_demands_is_part_of_the_protest(code):
    events = code("Bus drivers in Lima went on strike on Tuesday, demanding protection from extortion gangs.")
    assert [e.type for e in events] == ["PROTEST"]
    events = code("About 300 farmers marched through Puno on Wednesday to demand compensation.")
    assert [e.type for e in events] == ["PROTEST"]


def test_an_act_months_before_the_story_is_background():
    from newsgraph import analyze

    text = ("Egypt summoned Canada's ambassador on Friday. Haddad was arrested at Cairo airport in March while "
            "travelling to his father's funeral. Police detained his brother on Thursday.")
    events = analyze(text, published="2026-11-28").events
    assert [e.trigger.text for e in events] == ["summoned Canada's ambassador", "detained"]
    # without a publication date nothing dates the story's own days, and the arrest stays
    assert "arrested" in [e.trigger.text for e in analyze(text).events]


def test_mps_and_councillors_are_parties(code):
    text = ("OTTAWA, Nov 28 (Rideau Wire) — Opposition MPs accused the government of weakness and demanded that Ottawa "
            "recall its ambassador from Cairo.")
    events = code(text)
    assert coded(events, "accused") == [("ACCUSE", "CAN", "CAN")]
    assert coded(events, "demanded") == [("REQUEST", "CAN", "CAN")]


def test_a_past_act_after_a_reported_should_is_the_speakers(code):
    text = 'The Iranian mission said the agency should "respect the host state" and accused Israel of sabotage.'
    assert coded(code(text), "accused") == [("ACCUSE", "IRN", "ISR")]


def test_a_spokesman_speaks_for_the_body_named_just_before(code):
    text = ("The Serbian foreign ministry condemned the ban and summoned the Croatian charge d'affaires. A spokesman, "
            "Marko Ilic, said Belgrade would respond and threatened to close the Croatian consulate in Novi Sad.")
    assert coded(code(text), "threatened") == [("THREATEN", "SRB", "HRV")]


def test_a_gerund_after_by_shares_the_verbs_subject(code):
    text = "Serbia answered on Thursday by recalling its ambassador from Podgorica."
    assert coded(code(text), "recalling") == [("SANCTION", "SRB", "MNE")]


def test_meeting_terms_is_no_meeting_and_a_committed_state_still_agrees(code):
    assert not [e for e in code("The levy is needed to meet the terms of a Kenyan loan.") if "meet" in e.trigger.text]
    text = "The minister said Vietnam is committed to opening up the economy."
    assert [e.type for e in code(text)] == ["AGREE"]
    # a perfect passive names no one who agreed
    assert not code("The official said the navies of Australia and Japan had been invited to observe.")
