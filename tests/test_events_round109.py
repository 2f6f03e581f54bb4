"""Round 109 of the event coder (docs/events.md, rule 127), from the dev split of the real-news gold (bench/real_events;
none of its text is here): an attack in words with no owner; a view a nation's adjective marks; a belief the sayer holds;
a candidate for the presidency as a judging sayer; a gerund after an adjective of manner; challenged warnings; a rival
called a militant group's founder; the weapons an attack is made with; a summit's host and a gathering's venue; "the
country" in an officer's sentence; words a subject voices; pressure a party comes under; someone a state's police
arrest; a denial a party has made; a sanction being prepared; a finding of the sayer's state; a foreign-agent
designation; a release mediated; an invitation to a deed.

Every sentence here was written for these tests.
"""

from __future__ import annotations

from .events_support import american_story, analyzed_events, analyzed_on, byline_story


# ---------------------------------------------------------------- attacks in words


def test_an_attack_on_a_persons_heritage_is_aimed_at_the_person():
    # "Mexican" made the heritage look like a party of Mexico's
    text = american_story("Senator Maria Alvarez on Wednesday downplayed Donald Trump's attack on a federal judge's Mexican heritage.")
    assert analyzed_on(text, "attack") == [("ACCUSE", "attack", "USA", "USA")]


def test_an_attack_with_no_owner_is_made_by_the_subject_of_its_clause():
    text = american_story("Hillary Clinton opened her speech with a tribute to veterans and followed up with a frontal attack on "
                          "Donald Trump.")
    assert analyzed_on(text, "attack") == [("ACCUSE", "attack", "USA", "USA")]


def test_a_titled_subject_attacks_in_words_too():
    text = american_story("The former secretary of state followed up with a frontal attack on Donald Trump.")
    assert [(e[0], e[3]) for e in analyzed_on(text, "attack")] == [("ACCUSE", "USA")]


def test_an_attack_by_an_unnamed_gunman_stays_violence():
    text = byline_story("A gunman launched an attack on the senator outside the courthouse.")
    assert [e[0] for e in analyzed_events(text)] == ["ASSAULT"]


def test_attacking_a_named_persons_ties_is_criticism_of_him():
    text = american_story("Hillary Clinton attacked Donald Trump's Russian ties on Tuesday.")
    assert analyzed_on(text, "attacked") == [("ACCUSE", "attacked", "USA", "USA")]


def test_a_body_a_nations_adjective_names_stays_a_party_of_its_own():
    text = byline_story("Moscow criticised the Turkish embassy's statement.")
    assert analyzed_on(text, "criticised") == [("ACCUSE", "criticised", "RUS", "TUR")]


# ---------------------------------------------------------------- what the sayer believes, and who judges


def test_a_belief_the_sayer_says_he_holds_is_asserted():
    text = american_story("Bernie Sanders said he still believes that Donald Trump conspired with Russia to rig the election.")
    assert analyzed_on(text, "said") == [("ACCUSE", "said", "USA", "USA")]


def test_a_belief_denied_asserts_nothing():
    text = american_story("Bernie Sanders said he does not believe that Donald Trump conspired with Russia.")
    assert analyzed_events(text) == []


def test_someone_elses_belief_is_not_the_sayers_charge():
    text = american_story("Bernie Sanders said voters believe that Donald Trump conspired with Russia.")
    assert analyzed_events(text) == []


def test_a_candidate_for_the_presidency_judges_as_a_person_of_public_life():
    text = american_story("Candidate for the Democrat presidential nomination Beto O'Rourke has said Donald Trump conspired with Russia.")
    assert analyzed_on(text, "said") == [("ACCUSE", "said", "USA", "USA")]


def test_a_rival_called_a_militant_groups_founder_is_accused():
    text = american_story("Donald Trump said Barack Obama was the founder of ISIS.")
    assert analyzed_on(text, "said") == [("ACCUSE", "said", "USA", "USA")]


def test_a_group_called_a_groups_founder_names_no_rival():
    text = american_story("The general said the group was the founder of ISIS.")
    assert analyzed_events(text) == []


# ---------------------------------------------------------------- acts told after an adjective, challenged warnings


def test_a_gerund_after_an_adjective_of_manner_is_the_subjects_act():
    text = american_story("Senator Bob Graham has been especially aggressive in pushing the Obama administration to release the report.")
    assert analyzed_on(text, "pushing") == [("REQUEST", "pushing", "USA", "USA")]


def test_a_manner_promised_under_a_modal_is_no_act():
    text = american_story("Donald Trump said he would be neutral in negotiating a deal between Israel and the Palestinians.")
    assert analyzed_events(text) == []


def test_challenging_another_states_warnings_rejects_them():
    text = byline_story("Ukrainian President Volodymyr Zelensky on Friday challenged American warnings about an imminent invasion.")
    assert analyzed_on(text, "challenged") == [("REJECT", "challenged", "UKR", "USA")]


# ---------------------------------------------------------------- weapons, summits and venues


def test_the_weapons_an_attack_is_made_with_are_the_attackers():
    # filed from Moscow: the missiles were the dateline's state's before
    text = byline_story("MOSCOW — Russia said the United States was responsible for a Ukrainian attack on Sevastopol with five "
                        "missiles that killed four people.")
    assert analyzed_on(text, "killed") == [("ASSAULT", "killed", "UKR", "RUS")]


SUMMIT_STORY = ("NUSA DUA, Indonesia — Indonesia hosted the Group of 20 summit in Bali this week. Indonesia's President Joko "
                "Widodo opened the summit in Bali on Tuesday.")


def test_a_bodys_agreements_and_calls_at_a_summit_are_not_aimed_at_its_host():
    text = byline_story(SUMMIT_STORY, "G20 leaders agreed to make efforts to ensure food security.",
                        "G20 leaders also called for a collective commitment to fight climate change.",
                        "Indonesia will hand the G20 presidency to India next year.")
    assert analyzed_on(text, "agreed") == [("AGREE", "agreed", "IGO", None)]
    assert analyzed_on(text, "called for") == [("REQUEST", "called for", "IGO", None)]


def test_a_bodys_agreement_away_from_its_summit_still_goes_to_the_story_state():
    text = byline_story("MOGADISHU, Somalia — Somalia asked for help against the insurgents. Somalia's president said the army "
                        "needed more troops.", "The African Union agreed to send 3,000 more troops.")
    assert analyzed_on(text, "agreed") == [("AGREE", "agreed", "IGO", "SOM")]


def test_where_a_meeting_is_held_is_no_side_of_what_is_backed_at_it():
    text = byline_story("Egypt hosted the climate conference in Sharm el-Sheikh. Egypt said the talks would run late.",
                        "On Sunday, at the meeting in Egypt, British negotiators backed a last-minute agreement on loss and damage "
                        "payments.")
    assert analyzed_on(text, "backed") == [("SUPPORT", "backed", "GBR", None)]


# ---------------------------------------------------------------- whose country, whose words


def test_the_country_in_an_officers_sentence_is_his_state():
    text = byline_story("Polish Prime Minister Mateusz Morawiecki has convened an emergency meeting of the country's National "
                        "Security Council after a Russian missile hit a village.")
    assert analyzed_on(text, "convened") == [("CONSULT", "convened", "POL", "POL")]


def test_criticism_poured_on_officers_is_the_pourers_and_so_is_the_charge_that_follows():
    text = byline_story("Yevgeny Prigozhin has poured scathing criticism on Russian Defence Minister Sergei Shoigu and army chief "
                        "Valery Gerasimov, accusing them of incompetence.")
    assert analyzed_on(text, "criticism") == [("ACCUSE", "criticism", "RUS", "RUS")]
    assert analyzed_on(text, "accusing") == [("ACCUSE", "accusing", "RUS", "RUS")]


def test_pressure_a_party_comes_under_is_a_demand_on_it_also_in_a_relative_clause():
    text = american_story("Donald Trump, who has come under mounting pressure from Congress to punish Saudi Arabia, met the Saudi "
                          "envoy.")
    assert analyzed_on(text, "pressure") == [("REQUEST", "pressure", "USA", "USA")]


def test_pressure_a_state_is_under_from_another_is_that_states_demand():
    text = byline_story("Germany is under growing pressure from Poland to send tanks to Ukraine.")
    assert analyzed_on(text, "pressure") == [("REQUEST", "pressure", "POL", "DEU")]


def test_pressure_as_such_is_no_demand():
    text = byline_story("Germany said inflation pressure from energy prices would ease.")
    assert analyzed_events(text) == []


def test_someone_a_states_police_arrest_is_that_states_for_what_he_did():
    text = byline_story("Moldovan police have detained a man who attacked the Russian embassy with two petrol bombs on Sunday.")
    assert analyzed_on(text, "attacked") == [("ASSAULT", "attacked", "MDA", "RUS")]


# ---------------------------------------------------------------- denials, prepared sanctions, findings, designations


def test_a_denial_a_party_has_made_told_in_a_relative_clause_is_news():
    text = american_story("The lawsuit names members of the Saudi government, which has strongly denied any involvement in the attacks.")
    assert analyzed_on(text, "denied") == [("REJECT", "denied", "SAU", None)]


def test_a_denial_told_as_a_standing_trait_still_describes():
    text = american_story("The lawsuit names members of the Saudi government, which denies any involvement in the attacks.")
    assert analyzed_events(text) == []


def test_a_sanction_a_state_is_preparing_is_a_threat():
    text = byline_story("LONDON — Britain is preparing to slam sanctions on Russian banks and oligarchs.")
    assert analyzed_on(text, "preparing") == [("THREATEN", "preparing", "GBR", "RUS")]


def test_an_invasion_a_state_is_preparing_is_still_a_move_of_forces():
    text = byline_story("Western officials said Russia is preparing to invade Ukraine.")
    assert analyzed_on(text, "preparing") == [("MOBILIZE", "preparing", "RUS", "UKR")]


def test_a_finding_the_sayers_own_state_made_is_her_charge():
    text = byline_story("Vice President Kamala Harris said the United States has determined that Russia committed crimes against "
                        "humanity in Ukraine.")
    assert analyzed_on(text, "said") == [("ACCUSE", "said", "USA", "RUS")]


def test_a_finding_another_state_made_is_not_the_sayers_charge():
    text = byline_story("Vice President Kamala Harris said Moscow has concluded that Ukraine committed crimes against humanity.")
    assert analyzed_on(text, "said") == []


def test_designating_someone_a_foreign_agent_is_repression():
    text = byline_story("Russia's Justice Ministry designated the Russian singer as a foreign agent on Friday.")
    assert [(e[0], e[2], e[3]) for e in analyzed_events(text)] == [("COERCE", "RUS", "RUS")]


def test_mediating_a_release_by_a_state_is_talks_with_it_and_the_announcer_is_no_side_of_the_release():
    text = byline_story("Saudi Crown Prince Mohammed bin Salman has mediated the release by Russia of ten foreign fighters, Saudi "
                        "Arabia's foreign ministry announced on Wednesday.")
    assert analyzed_on(text, "mediated") == [("CONSULT", "mediated", "SAU", "RUS")]
    assert analyzed_on(text, "release") == [("RETREAT", "release", "RUS", None)]


# ---------------------------------------------------------------- invitations


def test_an_invitation_to_do_a_deed_asks_for_it():
    text = american_story("Donald Trump last week invited Russia to dig up the missing emails from Hillary Clinton's server.")
    assert analyzed_on(text, "invited") == [("REQUEST", "invited", "USA", "RUS")]


def test_an_invitation_to_visit_or_to_talk_is_still_an_offer():
    text = byline_story("China invited French President Emmanuel Macron to visit Beijing.",
                        "Kenya invited Sudan and South Sudan to resume talks in Nairobi.")
    assert analyzed_on(text, "invited") == [("AGREE", "invited", "CHN", "FRA"), ("AGREE", "invited", "KEN", "SDN"),
                                            ("AGREE", "invited", "KEN", "SSD")]
