"""Round 48 of the event coder: parties on varied copy, from invented wire stories whose parties are hard (titled people
the text gives no state, a dateline from a third state, complaints taken to the United Nations, "each side … the
other", a person a state acts on) (docs/events.md, rule 66).

Every sentence here was written for these tests; none is in bench/events_sentences, a development article or a
blind set.
"""

from __future__ import annotations

from .events_support import analyzed_on, analyzed_typed


def test_a_titled_person_after_another_state_spoke_is_that_states():
    # main: ACCUSE CAN → CAN (the Ottawa dateline placed the Mexican president)
    text = ("OTTAWA (Reuters) - Canada put duties on Mexican cement on Monday. Mexico said it would answer within a week. "
            "President Carmen Villalobos accused Canada of breaking the trade pact.\n")
    assert analyzed_on(text, "accused") == [("ACCUSE", "accused", "MEX", "CAN")]


def test_a_titled_person_after_a_state_spoke_with_a_relative_clause_is_that_states():
    # main: REQUEST VEN → VEN (the Caracas dateline placed the Colombian president)
    text = ("CARACAS (AP) — Venezuela expelled two Chilean diplomats on Tuesday. Colombia, which buys much of its gas "
            "from Venezuela, said it was worried by the row. President Julio Arboleda urged Caracas to reverse the order.\n")
    assert ("REQUEST", "urged", "COL", "VEN") in analyzed_on(text, "urged")


def test_the_datelines_official_after_a_foreign_state_spoke_of_it_stays_at_home():
    # guard: the foreign states spoke together and of "the government", the minister is the dateline's
    text = ("KAMPALA (Reuters) - Police arrested 40 traders on Monday. Germany and France said they were concerned and "
            "urged the government to free them. Trade Minister Agnes Nankya offered to meet the traders' leaders.\n")
    assert [e[2] for e in analyzed_on(text, "offered")] == ["UGA"]


def test_the_datelines_leader_who_says_his_own_state_will_act_stays_at_home():
    # guard: "said Canada would not back down" makes the dateline's state a subject of the person's sentence
    text = ("OTTAWA (Reuters) - Mexico said it would answer the duties. Prime Minister Paul Ferland said Canada would not "
            "back down and accused Mexico of dumping cement.\n")
    assert analyzed_on(text, "accused") == [("ACCUSE", "accused", "CAN", "MEX")]


def test_a_titled_person_who_urges_the_datelines_state_is_the_state_just_named():
    # main: REQUEST TUR → TUR (the Istanbul dateline placed the Iraqi minister)
    text = ("ISTANBUL (Reuters) - Turkish jets bombed militant camps in northern Iraq on Friday. Baghdad condemned the raids. "
            "Foreign Minister Salim Jaber said Iraq wanted good relations, but urged Ankara to stop the raids.\n")
    assert analyzed_on(text, "urged") == [("REQUEST", "urged", "IRQ", "TUR")]


def test_a_complaint_to_the_security_council_against_a_state_is_aimed_at_it():
    # main: ACCUSE SYR → IGO (the body the complaint goes to was taken as its target)
    text = "Syria said on Monday it would lodge a complaint with the U.N. Security Council against Turkey.\n"
    assert analyzed_typed(text, "ACCUSE") == [("SYR", "TUR")]


def test_a_complaint_to_the_security_council_after_an_act_is_aimed_at_its_doer():
    # main: ACCUSE JOR → IGO
    text = "Jordan will file a complaint with the Security Council after Syrian shells hit a border village.\n"
    assert ("JOR", "SYR") in analyzed_typed(text, "ACCUSE")


def test_a_complaint_to_the_united_nations_naming_no_one_stays_with_the_body():
    # guard: with nothing else named, the body stays the target
    text = "Armenia lodged a complaint with the United Nations on Monday.\n"
    assert analyzed_typed(text, "ACCUSE") == [("ARM", "IGO")]


def test_each_side_accusing_the_other_is_the_pair_accusing_each_other():
    # main: ACCUSE THA → THA
    text = ("BANGKOK (AP) — Thai and Laotian border guards traded fire across the Mekong on Sunday. "
            "Each side accused the other of starting the shooting.\n")
    assert sorted(analyzed_typed(text, "ACCUSE")) == [("LAO", "THA"), ("THA", "LAO")]


def test_a_person_a_state_accuses_is_not_that_states():
    # main: ACCUSE LTU → LTU (the accuser's state, just named, was given to the person it accused)
    text = ("BRUSSELS (Reuters) - Slovakia vetoed the new sanctions package on Wednesday. Prime Minister Milan Kovac told "
            "reporters the sanctions hurt Europe more than Russia. Lithuania accused him of serving Moscow.\n")
    assert analyzed_on(text, "accused") == [("ACCUSE", "accused", "LTU", "SVK")]


def test_a_title_before_the_name_keeps_the_next_sentences_title_of_another_state_off_the_person():
    # main: ACCUSE UGA → UGA ("Uganda's trade minister" in the next sentence was read as Mwangi's title)
    text = ("NAIROBI (Reuters) - Kenya shut two border posts on Friday. Interior spokesman Joseph Mwangi accused Kampala "
            "of smuggling fuel. Uganda's trade minister rejected the charge.\n")
    assert analyzed_on(text, "accused") == [("ACCUSE", "accused", "KEN", "UGA")]
    assert analyzed_on(text, "rejected") == [("REJECT", "rejected", "UGA", "KEN")]


def test_a_person_named_without_a_title_still_takes_the_title_after_them():
    # guard: round 38's "Kaja Kallas … The EU foreign policy chief said…" is unchanged
    text = "Kaja Kallas criticised Slovakia on Monday. The EU foreign policy chief said the veto was a mistake.\n"
    assert analyzed_typed(text, "ACCUSE") == [("IGO", "SVK")]


def test_people_the_text_calls_foreign_are_not_the_datelines():
    # main: ASSAULT NER → NER (the journalists took the Niamey dateline)
    text = "NIAMEY (Reuters) - Protesters attacked foreign journalists outside the parliament on Monday.\n"
    assert analyzed_typed(text, "ASSAULT") == [("NER", None)]


def test_a_foreign_minister_is_still_the_datelines():
    # guard: "foreign" names a portfolio, not people of another state
    text = "NIAMEY (Reuters) - The foreign minister accused France of meddling on Monday.\n"
    assert analyzed_typed(text, "ACCUSE") == [("NER", "FRA")]


def test_the_ministers_of_the_two_countries_are_the_pair_just_named():
    # main: SUPPORT CHE → none (the Geneva dateline placed "the foreign ministers of the two countries")
    text = ("GENEVA (AP) — Georgia and Armenia agreed on Friday to open a second rail link. The transport ministers of "
            "the two countries signed a short protocol.\n")
    assert sorted(analyzed_typed(text, "SUPPORT")) == [("ARM", "GEO"), ("GEO", "ARM")]


def test_members_of_two_political_parties_are_no_pair_of_states():
    # guard: "two … parties" here are political parties, not the two states just named
    text = ("MANILA (AP) — The Philippines and Vietnam signed a coast guard pact on Monday. The Senate approved it 20 to 3. "
            "Members of two small opposition parties voted against it.\n")
    assert all(actor != "VNM" for actor, _ in analyzed_typed(text, "REJECT"))
