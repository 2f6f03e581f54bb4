"""Round 38 of the event coder: errors found by coding invented wire stories (docs/events.md, rule 56).

Every sentence here was written for these tests; none is in bench/events_sentences, a development
article or a blind set.
"""

from __future__ import annotations

from newsgraph import analyze

from .events_support import analyzed_events, analyzed_on, analyzed_typed


def test_sending_destroyers_is_a_deployment():
    # main: no event (destroyers, corvettes, submarines and carriers sent were not in the lexicon; warships were)
    text = "India said on Friday it would send three destroyers to the Arabian Sea to escort merchant ships.\n"
    assert [e[0] for e in analyzed_on(text, "send three destroyers")] == ["MOBILIZE"]


def test_recalling_a_charge_d_affaires_is_a_recall():
    # main: no event ("d'affaires" was not among the recalled envoys)
    text = "Chile recalled its charge d'affaires from La Paz on Monday.\n"
    assert [(e[0], e[2], e[3]) for e in analyzed_on(text, "recalled")] == [("SANCTION", "CHL", "BOL")]


def test_dismissing_a_denial_rejects_the_denier():
    # main: no event ("denial" was not among what one dismisses)
    text = "Guyana denied that its soldiers had crossed the river. Caracas dismissed the denial on Sunday.\n"
    assert analyzed_on(text, "dismissed") == [("REJECT", "dismissed", "VEN", "GUY")]


def test_calling_an_act_a_provocation_rebukes_its_author():
    # main: no event (the sentiment lexicon gives "provocation" no valence)
    text = "Algeria closed its airspace to Moroccan airlines on Tuesday. Rabat called the closure a provocation.\n"
    assert analyzed_on(text, "called") == [("ACCUSE", "called", "MAR", "DZA")]


def test_calling_an_act_a_success_is_no_rebuke():
    # guard: a verdict that praises is no accusation; since round 106 (rule 124) it endorses the act's author
    text = "Algeria reopened its airspace to Moroccan airlines on Tuesday. Rabat called the decision a success.\n"
    assert analyzed_on(text, "called") == [("SUPPORT", "called", "MAR", "DZA")]


def test_a_party_set_only_by_the_dateline_is_named_by_its_state():
    # main: the target was named "TBILISI", the dateline's word; the country was already right
    text = (
        "TBILISI, March 2 (Reuters) - Georgia accused Russian military hackers on Monday of knocking out its "
        "electricity grid.\n\nThe interior ministry said the attack had been carried out by a unit of Russia's "
        "military intelligence.\n"
    )
    attack = [e for e in analyze(text).events if e.type == "ASSAULT"]
    assert [(e.target.name, e.target.country) for e in attack] == [("Georgia", "GEO")]


def test_a_pair_that_expels_diplomats_expels_each_others():
    # main: SANCTION for each side, aimed at no one (or at the dateline's state when there is one)
    text = "Peru and Ecuador traded accusations over the river border on Monday. Both governments have expelled diplomats.\n"
    assert sorted((e[2], e[3]) for e in analyzed_on(text, "expelled")) == [("ECU", "PER"), ("PER", "ECU")]


def test_a_pair_that_promises_to_cooperate_is_given_no_sanction():
    # guard: only what states do to one another (sanctions, deployments, force) is read as done to each other
    text = "Peru and Ecuador traded accusations over the river border on Monday. Both governments promised to cooperate.\n"
    assert not any(e[0] == "SANCTION" for e in analyzed_events(text))


def test_forces_sent_to_help_a_state_are_aimed_at_it():
    # main: no target ("to help Moldova" was not read)
    text = "Romania and Bulgaria said they would send gendarmes to help Moldova guard its border.\n"
    assert sorted((e[2], e[3]) for e in analyzed_on(text, "send gendarmes")) == [("BGR", "MDA"), ("ROU", "MDA")]


def test_a_relative_clause_accuses_the_noun_it_hangs_on():
    # main: ACCUSE GBR → no one for "it accused of" (another state in the sentence kept the sentence's state from it)
    text = "Britain froze the assets of three Iranian officers it accused of plotting the attack, and Canada expelled two diplomats.\n"
    assert [(e[2], e[3]) for e in analyzed_on(text, "accused")] == [("GBR", "IRN")]


def test_troops_ordered_to_a_border_are_deployed():
    # main: REQUEST (an order to the troops, with nothing ordered)
    text = "Chad's president ordered troops to the eastern border with Sudan on Thursday.\n"
    assert analyzed_typed(text, "MOBILIZE") == [("TCD", "SDN")]
    assert analyzed_typed(text, "REQUEST") == []


def test_the_pronoun_of_a_relative_clause_is_the_subject_of_its_clause():
    # main: ACCUSE by Latvia, the first state of the sentence, aimed at no one
    text = "Latvia sent generators to Ukraine on Friday, and the European Union imposed sanctions on five Russian officers it blamed for the blackout.\n"
    assert [(e[2], e[3]) for e in analyzed_on(text, "blamed")] == [("IGO", "RUS")]


def test_a_foreign_act_in_a_bureau_story_is_not_placed_at_the_dateline():
    # main: SANCTION TON → "fishing licences"(FJI): the licences took the dateline's country, though Fiji is no side
    text = (
        "SUVA, Fiji (AFP) - Tonga has suspended fishing licences for nine Taiwanese-owned boats after they were found "
        "inside a marine reserve, the fisheries ministry said on Thursday.\n\n"
        "The ministry said the boats had ignored radio warnings.\n\n"
        "Tonga's navy escorted the boats out of its waters on Friday.\n\n"
        "New Zealand pledged to help Tonga pay for more patrols.\n"
    )
    assert [(e[2], e[3]) for e in analyzed_on(text, "suspended fishing licences")] == [("TON", "TWN")]


def test_military_aircraft_sent_towards_a_state_are_a_deployment():
    # main: AID ("aircraft" is among what is sent as aid)
    text = "Russia sent 30 military aircraft towards Finland's border on Sunday.\n"
    assert [(e[0], e[2], e[3]) for e in analyzed_on(text, "sent 30 military aircraft")] == [("MOBILIZE", "RUS", "FIN")]


def test_a_denial_answers_the_state_that_told_of_the_act():
    # main: REJECT aimed at the body that had only appealed to both sides
    text = (
        "The African Union urged Niger and Benin to reopen their border. Benin's army said Nigerien soldiers had fired "
        "on its patrol near Malanville. Niamey denied the accusation.\n"
    )
    assert [(e[2], e[3]) for e in analyzed_on(text, "denied")] == [("NER", "BEN")]


def test_military_aircraft_carrying_relief_deliver_aid():
    # guard: craft sent with relief are aid, as "sent planes with tents" was before this round
    text = "Ghana sent three military aircraft with tents and blankets to Lome on Sunday.\n"
    assert [e[0] for e in analyzed_on(text, "sent")] == ["AID"]


def test_forces_withdrawn_in_the_passive_are_withdrawn_by_their_state():
    # main: RETREAT by no one, aimed at the troops themselves
    text = (
        "Hundreds of Burundian soldiers were withdrawn from two bases in eastern Congo over the weekend, residents and a "
        "Congolese army officer said, days after Kinshasa asked Gitega to pull its forces out.\n"
    )
    assert [(e[0], e[2], e[3]) for e in analyzed_events(text) if e[0] == "RETREAT"] == [("RETREAT", "BDI", "COD")]


def test_a_verdict_the_parser_made_the_head_of_the_act_noun_still_rebukes():
    # main: no event ("the decision blackmail": the parser hung "decision" as a compound under the verdict)
    text = "Moldova expelled two Russian diplomats on Friday. Moscow called the decision blackmail.\n"
    assert analyzed_on(text, "called") == [("ACCUSE", "called", "RUS", "MDA")]
