"""Round 83 of the event coder (docs/events.md, rule 101): subjects the parser hung on the sentence's opening phrase
or made a modifier of a name; a time told of the subject does not date its act; the Treasury and a governing
coalition are offices; "them" after a crowd that marched; a state's own forces are not what its promise aims at;
reservists and gendarmes are forces a deployment moves.

Every sentence here was written for these tests; none is in bench/events_sentences, a development article or a
blind set. The first line of a text with a blank line after it is a headline, as in an article.
"""

from __future__ import annotations

from newsgraph import analyze

from .events_support import analyzed_events, byline_story


def test_a_subject_the_parser_hung_on_an_opening_place_acts():
    # "the governor" was parsed as an apposition of "Garissa", and "accused" had no subject
    text = byline_story("In Garissa, the governor of Kenya's North Eastern region, Abdi Hassan, accused Somalia of sheltering the raiders.")
    assert analyzed_events(text) == [("ACCUSE", "accused", "KEN", "SOM")]


def test_a_subject_the_parser_hung_on_an_opening_participle_acts():
    # "Speaking" was parsed as the subject, and the minister as an apposition of the radio station
    text = byline_story("Speaking to Radio Ndeke Luka, Chad's deputy foreign minister, Moussa Faki Ali, accused Bangui of arming the rebels.")
    assert analyzed_events(text) == [("ACCUSE", "accused", "TCD", "CAF")]


def test_a_finite_verb_parsed_as_a_modifier_of_a_named_force_has_that_force_as_subject():
    # "offered" was hung on "force" as a reduced relative, and the offer had no actor
    text = byline_story("The African Union’s naval force in the region, Operation Shield, offered to train Somali coast guard crews "
                        "at its base in Berbera, its spokeswoman said.")
    assert analyzed_events(text) == [("AGREE", "offered", "IGO", "SOM")]


def test_a_year_told_of_the_subject_does_not_date_its_act():
    # "in 1964", hung on "Zambia", dated the welcome, which was then dropped as background
    text = byline_story("Zambia, a British protectorate until its independence, in 1964, welcomed the British envoy on Monday.")
    analysis = analyze(text, published="2026-11-20")
    times = {time.id: time.text for time in analysis.times}
    assert [(e.type, e.actor.country, times.get(e.time)) for e in analysis.events] == [("SUPPORT", "ZMB", "on Monday")]


def test_the_treasury_is_an_office_of_the_dateline_state():
    text = ("Report\n\nNAIROBI, Nov 25 (Desk) - Finance minister David Mwangi said the Treasury had asked the IMF to let Kenya "
            "spread the freeze over two years.\n")
    assert analyzed_events(text) == [("REQUEST", "asked", "KEN", "IGO")]


def test_a_governing_coalition_congratulated_by_another_state_is_not_that_states():
    # the coalition had no state; read as an office, it would have taken the congratulating state just named
    text = byline_story("Malawi's electoral commission said the governing coalition had kept its majority.",
                        "Zambia congratulated the coalition on Monday evening.")
    assert analyzed_events(text) == [("SUPPORT", "congratulated", "ZMB", "MWI")]


def test_them_after_a_crowd_that_marched_is_the_crowd():
    # the resolver linked "them" to the commission, and the dispersal had no target
    text = byline_story("Lesotho's opposition leader rejected the result. A few hundred of his supporters then marched on the "
                        "commission's offices. Police dispersed them with tear gas shortly before dark.")
    assert [e for e in analyzed_events(text) if e[1] == "dispersed"] == [("COERCE", "dispersed", None, "LSO")]


def test_a_states_own_border_guards_are_not_what_its_promise_aims_at():
    text = byline_story("Armenia and Azerbaijan signed a deal on the border on Tuesday. Azerbaijan agreed to pull its border guards "
                        "back from the two villages by the end of March.")
    assert [e for e in analyzed_events(text) if e[1] == "agreed"] == [("AGREE", "agreed", "AZE", "ARM")]


def test_police_reservists_deployed_are_what_is_moved_not_the_target():
    text = byline_story("Uganda deployed 200 police reservists along the border on Wednesday to escort herds.")
    analysis = analyze(text, published="2026-11-20")
    assert [(e.type, e.actor.country, e.target and e.target.name) for e in analysis.events] == [("MOBILIZE", "UGA", "the border")]


def test_reservists_deployed_along_the_actors_own_border_are_aimed_at_no_one():
    # a guard: read as forces moved, the reservists left "its northern border" as the target (the actor's own)
    text = byline_story("Uganda deployed 200 police reservists along its northern border on Wednesday to escort herds.")
    assert analyzed_events(text) == [("MOBILIZE", "deployed", "UGA", None)]
