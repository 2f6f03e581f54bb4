"""PLOVER events, roles that generalise: light verbs in the passive, "between X and Y", the aim of a
protest, places giving unnamed parties their country, converse verbs, parse repairs, and what is
a claim rather than an event. Every sentence here was written for the test, not taken from an
evaluation set."""

from __future__ import annotations

import pytest

from newsgraph.extract.countries import find_countries

from .test_events import _one, code  # noqa: F401  (code is a fixture)


def _pairs(events, type_):
    return {(e.actor.country if e.actor else None, e.target.country if e.target else None) for e in events if e.type == type_}


def _text(event, party):
    role = event.actor if party == "actor" else event.target
    return event.sentence.text[role.start - event.sentence.start:role.end - event.sentence.start] if role else None


# ------------------------------------------------------------------ nominal and light-verb triggers


@pytest.mark.parametrize("text, type_, actor, target", [
    ("The strikes on Kharkiv were carried out by Russian aircraft.", "ASSAULT", "RUS", None),
    ("New sanctions on Belarus were imposed by the European Union.", "SANCTION", "IGO", "BLR"),
])
def test_a_light_verb_in_the_passive_takes_its_event_from_the_subject(code, text, type_, actor, target):
    event = _one(code(text), type_)
    assert event.actor.country == actor
    assert event.target is not None and (target is None or event.target.country == target)
    assert text[event.target.start:event.target.end] in ("Kharkiv", "Belarus")


def test_talks_between_two_states_make_each_the_others_partner(code):
    assert _pairs(code("The talks between Kenya and Uganda collapsed."), "CONSULT") == {("KEN", "UGA"), ("UGA", "KEN")}


def test_the_noun_a_phrasal_pattern_asks_for_has_its_own_target(code):
    text = "The archbishop called for sanctions against Zimbabwe in the wake of the execution of three activists."
    event = _one(code(text), "REQUEST")
    assert event.target.country == "ZWE"  # not the activists of an adverbial phrase


def test_the_owner_of_a_pattern_noun_is_the_target(code):
    assert _one(code("Hungary blocked Ukraine's accession talks."), "REJECT").target.country == "UKR"
    event = _one(code("The Kenyan government accepted demands from Somali elders."), "CONCEDE")
    assert _text(event, "target") == "Somali elders"


# ------------------------------------------------------------------ protests and force: their aim


@pytest.mark.parametrize("text, type_, target", [
    ("Angry Serbian farmers went on strike to demand subsidies from the Serbian government.", "PROTEST", "the Serbian government"),
    ("Moroccan police opened fire to disperse Sahrawi demonstrators.", "ASSAULT", "Sahrawi demonstrators"),
])
def test_an_event_with_no_target_is_aimed_where_its_purpose_is(code, text, type_, target):
    assert _text(_one(code(text), type_), "target") == target


def test_a_hunger_strike_in_protest_against_a_government_targets_it(code):
    event = _one(code("Bolivian miners began a hunger strike in protest against the Bolivian government's mining law."), "PROTEST")
    assert event.actor.country == "BOL" and event.target.country == "BOL"


# ------------------------------------------------------------------ countries of parties


def test_unnamed_attackers_take_the_country_of_the_place(code):
    event = _one(code("Gunmen abducted two Italian aid workers in northern Mali."), "ASSAULT")
    assert (event.actor.country, event.target.country) == ("MLI", "ITA")


def test_diplomacy_abroad_does_not_give_the_host_country(code):
    event = _one(code("The two sides signed a trade agreement in Nairobi."), "SUPPORT")
    assert event.actor.country is None


def test_a_lone_capital_the_tagger_calls_a_person_is_still_its_government(parse, code):
    assert _one(code("Berlin pledged support for Kyiv."), "SUPPORT").target.country == "UKR"
    assert [m.code for m in find_countries(parse("Jordan said he would play on Sunday."))] == []  # a first name


def test_an_organisation_based_in_a_country_is_of_it(code):
    assert _one(code("An aid group based in Kenya accused Ethiopian troops of looting."), "ACCUSE").actor.country == "KEN"


def test_the_owner_of_frozen_assets_is_the_target(code):
    assert _one(code("Canada froze the assets of Russian banks."), "SANCTION").target.country == "RUS"


def test_troops_massed_on_a_border_point_at_its_country(code):
    assert _one(code("Egypt massed troops on the Libyan border."), "MOBILIZE").target.country == "LBY"


@pytest.mark.parametrize("text, target", [
    ("North Korea expelled inspectors of the International Atomic Energy Agency.", "IGO"),
    ("Sweden suspended part of its development aid programme for Zambia.", "ZMB"),
    ("Red Cross officials suspended aid deliveries in Mogadishu.", "SOM"),
])
def test_sanction_targets_from_whose_envoys_whose_aid_and_where(code, text, target):
    assert _one(code(text), "SANCTION").target.country == target


# ------------------------------------------------------------------ objects and subjects the parse hides


@pytest.mark.parametrize("text, target", [
    ("Armed men kidnapped up to 16 Russian engineers.", "16 Russian engineers"),
    ("Haitian gangs kidnapped 17 missionaries.", "17 missionaries"),
    ("Sri Lankan police fired tear gas at Tamil protesters.", "Tamil protesters"),
])
def test_the_object_of_violence_is_its_target(code, text, target):
    assert _text(_one(code(text), "ASSAULT"), "target") == target


def test_a_preposition_left_without_its_object_gets_it_back(code):
    event = _one(code("Peru granted asylum to five Bolivian officials holed up in its embassy."), "AID")
    assert event.target.country == "BOL"


def test_coordinated_verbs_share_their_target(code):
    assert _one(code("Japan donated and shipped rice to North Korea."), "AID").target.country == "PRK"


def test_a_reduced_relative_read_as_the_subject_gives_back_its_noun(code):
    event = _one(code("The Red Cross operating in Iraq said US forces must ensure security."), "REQUEST")
    assert _text(event, "actor") == "The Red Cross" and event.target.country == "USA"


def test_the_one_who_must_act_is_the_target_of_a_demand_not_the_one_told(code):
    assert _one(code("Lavrov told the Security Council that Kyiv must stop shelling Donetsk."), "REQUEST").target.country == "UKR"


def test_a_crowd_counted_in_thousands_can_act(code):
    assert _text(_one(code("Thousands rallied in Tbilisi against the new law."), "PROTEST"), "actor") == "Thousands"


def test_a_pronoun_in_an_adverbial_clause_is_not_the_reporter(code):
    events = code("Two suicide bombers killed 12 people when they blew themselves up in Baghdad, police said.")
    assert all(_text(e, "actor") != "police" for e in events)


def test_no_one_is_their_own_partner(code):
    events = code("President Ilham Aliyev and President of the European Commission Jose Manuel Barroso held a meeting on June 14.")
    assert events and all(not (e.actor and e.target and e.actor.start == e.target.start) for e in events)


# ------------------------------------------------------------------ converse verbs


def test_received_aid_is_coded_from_the_giver(code):
    assert _pairs(code("Ukraine received 31 tanks from the United States."), "AID") == {("USA", "UKR")}
    assert not code("Ukraine received a letter from Poland.")  # a letter is not aid
    assert not code("Ukraine received 31 tanks.")  # no giver named: nothing to code


# ------------------------------------------------------------------ claims, not events


@pytest.mark.parametrize("text", [
    "Analysts think the central bank should cut rates.",  # an opinion, not a demand
    "The president warned that the economy would slow.",  # a forecast, not a threat
    "He has been willing to walk close to the line.",  # willing to do nothing PLOVER codes
    "Neither Greece nor Cyprus has recognised Kosovo.",  # negated by its subject
    "No country has recognised the new government.",
    "Asked whether Israel would strike Iran, the general declined to comment.",  # CAMEO 014, a statement
])
def test_statements_and_negated_subjects_give_no_event(code, text):
    assert not code(text)


def test_a_warning_to_someone_is_still_a_threat(code):
    assert _pairs(code("North Korea warned Seoul of a merciless response."), "THREATEN") == {("PRK", "KOR")}
    assert _one(code("Iran is ready to resume talks with the IAEA."), "AGREE").target.country == "IGO"


def test_travelling_for_talks_makes_the_travellers_talk_with_their_hosts(code):
    assert _pairs(code("The Turkish foreign minister flew to Moscow for talks."), "CONSULT") == {("TUR", "RUS")}
    assert _pairs(code("Kenyan negotiators arrived in Addis Ababa for talks with Ethiopian officials."), "CONSULT") == {("KEN", "ETH")}


def test_an_exercise_with_another_navy_is_cooperation_with_it(code):
    event = _one(code("The Indian navy conducted joint exercises with the French navy."), "COOPERATE")
    assert (event.actor.country, event.target.country) == ("IND", "FRA")


def test_the_agent_of_an_event_noun_hung_on_its_victim_is_still_the_actor(code):
    event = _one(code("The arrest of two Kenyan journalists by Ugandan police drew protests."), "COERCE")
    assert (event.actor.country, event.target.country) == ("UGA", "KEN")


def test_a_proposal_with_a_country_adjective_is_that_countrys(code):
    assert _one(code("Iran turned down the French proposal."), "REJECT").target.country == "FRA"


def test_peacekeepers_arriving_are_protection_provided(code):
    event = _one(code("Kenyan peacekeeping troops deployed in Haiti."), "AID")
    assert (event.actor.country, event.target.country) == ("KEN", "HTI")
    assert _one(code("Russian troops deployed to Belarus."), "MOBILIZE").target.country == "BLR"
    assert not code("The tourists arrived in Paris.")


def test_a_border_with_a_country_names_the_other_side(code):
    assert _pairs(code("Polish farmers blocked the border with Ukraine."), "PROTEST") == {("POL", "UKR")}
    assert _pairs(code("Poland closed its border with Belarus."), "SANCTION") == {("POL", "BLR")}


def test_recognising_any_named_state_is_support(code):
    assert _pairs(code("The Vatican recognised Palestine."), "SUPPORT") == {("VAT", "PSE")}
    assert _pairs(code("Mongolia recognised Bhutan."), "SUPPORT") == {("MNG", "BTN")}


def test_relaxing_a_ban_is_a_concession_and_the_ban_relaxed_is_not_another_event(code):
    events = code("The junta relaxed its ban on political parties.")
    assert [e.type for e in events] == ["CONCEDE"]


def test_forces_moved_to_a_border_and_drills_near_a_state_are_posture(code):
    assert _one(code("Pakistan moved troops to the Indian border."), "MOBILIZE").target.country == "IND"
    assert _pairs(code("The Chinese army held live-fire drills near Taiwan."), "MOBILIZE") == {("CHN", "TWN")}


def test_a_summoned_envoy_stands_for_the_state(code):
    assert _pairs(code("Cairo summoned the Ethiopian ambassador."), "ACCUSE") == {("EGY", "ETH")}


def test_the_subject_of_a_demanded_clause_is_the_target(code):
    assert _pairs(code("Manila demanded that Beijing stop harassing its ships."), "REQUEST") == {("PHL", "CHN")}


@pytest.mark.parametrize("text, pair", [
    ("Qatar shipped food to Gaza.", ("QAT", "PSE")),
    ("Australia sent firefighters to Canada.", ("AUS", "CAN")),
])
def test_shipments_and_rescuers_sent_are_aid(code, text, pair):
    assert _pairs(code(text), "AID") == {pair}


def test_refusing_to_respond_to_a_demand_is_still_a_rejection(code):
    assert _one(code("Hamas refused to respond to a demand from Egypt."), "REJECT").actor.country == "PSE"


def test_an_open_question_is_hypothetical(code):
    plain = _one(code("Egypt will sign the agreement."), "AGREE").confidence
    assert _one(code("It is unclear whether Egypt will sign the agreement."), "AGREE").confidence < plain


def test_the_lexicon_reads_subject_and_converse_options():
    from newsgraph.extract.event_lexicon import LexiconError, parse_lexicon

    (trigger,) = parse_lexicon(["verb\treceive\tAID\t0.7\tconverse,subjects=peacekeeper|monitor,objects=aid"])
    assert trigger.converse and trigger.subjects == frozenset({"peacekeeper", "monitor"}) and trigger.objects == frozenset({"aid"})
    with pytest.raises(LexiconError):
        parse_lexicon(["verb\treceive\tAID\t0.7\tsubjects="])
