"""Round 22 of the event coder, from the event errors of the burned varied sets bench/unseen22, unseen23,
unseen26 to unseen29, checked on the older development sets (docs/events.md, rule 40).

Every sentence here was written for these tests; none is in bench/events_sentences, a development
article or a blind set.
"""

from __future__ import annotations

from .events_support import analyzed_on as _on


def test_calling_an_act_by_a_closure_noun_or_a_violent_name_rebukes_its_author():
    text = ("Zambia cut electricity supplies to Lubumbashi on Friday. "
            "Congo's energy minister called the closure \u201cpunishment of families for a billing quarrel\u201d.")
    assert _on(text, "called") == [("ACCUSE", "called", "COD", "ZMB")]
    text = ("Malian soldiers killed nine Burkinabe herders near Djibo on Monday. "
            "Burkina Faso's foreign minister called the killings \u201ca massacre of innocent herders\u201d.")
    assert _on(text, "called") == [("ACCUSE", "called", "BFA", "MLI")]
    # a verdict that praises is no rebuke
    text = ("Zambia lifted its ban on Congolese maize on Friday. "
            "Congo's trade minister called the decision \u201ca kind and wise step\u201d.")
    assert _on(text, "called") == []


def test_a_verdict_by_type_alone_is_not_aimed_at_the_speakers_compatriot():
    # the owner's quoted "they" is taken for the owner (SEN): the verdict skips that act for the patrol boat's
    text = ("KAFOUNTINE, Senegal, Nov. 9 - A Gambian patrol boat fired on a Senegalese canoe off Banjul on Friday, wounding two "
            "fishermen. The canoe had left Joal on Wednesday, according to its owner, Ousmane Faye. He said the patrol boat gave no "
            "warning before it opened fire. \u201cThey shot at men who had their hands up,\u201d Mr Faye said by telephone from "
            "Kafountine. Senegal's fisheries minister, Aminata Sow, demanded that Banjul free the crew and called the shooting "
            "\u201creckless and unacceptable\u201d.")
    assert [(e[0], e[2], e[3]) for e in _on(text, "called")] == [("ACCUSE", "SEN", "GMB")]


def test_a_threat_in_kind_answers_the_act_on_its_state_however_far_back():
    text = ("Latvia expelled a Belarusian diplomat on Monday for spying on a rail depot. "
            "The diplomat had worked in Riga since 2021. He was given 72 hours to leave. "
            "The depot handles fuel for the Latvian army. Police searched his flat on Sunday. "
            "Prosecutors said the case was the third this year. A court will hear it in March. "
            "The depot's operator declined to comment. Its chief executive was on leave. "
            "Officials said no trains had been delayed. The line reopened on Tuesday. "
            "A Belarusian spokesman warned that Minsk would answer in kind.")
    assert [(e[0], e[2], e[3]) for e in _on(text, "warned")] == [("THREATEN", "BLR", "LVA")]


def test_a_threat_of_retaliation_is_never_aimed_at_the_threatening_state():
    text = "The Russian foreign minister warned that Moscow would respond with all the means it has."
    assert [e[3] for e in _on(text, "warned")] == [None]


def test_the_union_of_a_strike_story_is_the_trade_union_not_the_european_union():
    text = ("SOFIA, Dec. 2 - The Port Workers' Trade Union walked out at Varna on Monday after the government froze a pay rise. "
            "The European Union's delegation in Sofia urged both sides to talk. "
            "The transport minister met union leaders on Tuesday, and the government accused the union of blackmail.")
    assert [(e[0], e[2], e[3]) for e in _on(text, "accused")] == [("ACCUSE", "BGR", "BGR")]
    assert [(e[0], e[2], e[3]) for e in _on(text, "met")] == [("CONSULT", "BGR", "BGR")]
    # with no trade union named, "the union" stays the European Union
    text = ("The European Union imposed duties on Chinese steel on Monday. "
            "Beijing accused the union of protectionism.")
    assert [(e[0], e[2], e[3]) for e in _on(text, "accused")] == [("ACCUSE", "CHN", "IGO")]


def test_a_passive_arrest_reported_by_a_states_official_is_that_states():
    text = "Interior Minister Kofi Mensah of Ghana said 60 people had been arrested for looting in Kumasi."
    assert [(e[0], e[2], e[3]) for e in _on(text, "arrested")] == [("COERCE", "GHA", "GHA")]
    # not when the people held are another state's
    text = "Ghana's interior minister said 12 Togolese traders had been arrested."
    assert [e[2] for e in _on(text, "arrested")] != ["GHA"]


def test_agreed_deal_is_what_a_welcome_of_the_deal_answers_when_nothing_was_signed():
    text = ("Sudan's army and the Rapid Support Forces agreed on Sunday to open a corridor into El Fasher, after talks hosted by Qatar. "
            "Qatar's foreign minister offered to host a second round. "
            "Egypt welcomed the deal.")
    assert [e[3] for e in _on(text, "welcomed")] == ["SDN"]


def test_moving_aircraft_and_beginning_drills_are_shows_of_force():
    assert [(e[0], e[2]) for e in _on("India moved four fighter jets to its base at Leh on Monday.", "moved")] == [("MOBILIZE", "IND")]
    assert [(e[0], e[2]) for e in _on("Three Chinese warships began live-fire drills east of Taiwan on Friday.",
                                      "began live-fire drills")] == [("MOBILIZE", "CHN")]


def test_a_currency_does_not_make_its_state_the_story_state():
    # Fiji is named four times, Australia three times and once more in its currency's name, which would tie them
    text = ("SUVA, Dec. 3 - A cyclone flattened villages across Fiji on Sunday. Fiji's government said 20,000 homes in Fiji were damaged. "
            "Australia pledged 5 million Australian dollars in relief. "
            "An Australian navy ship would reach Fiji on Wednesday, Australia said.")
    assert [e[3] for e in _on(text, "pledged")] == ["FJI"]



def test_a_threat_that_its_own_state_will_act_is_aimed_at_the_party_the_act_touches():
    text = ("The International Atomic Energy Agency criticised Iran on Monday for barring two inspectors. "
            "Iran's foreign minister warned that Iran could end its cooperation with the agency.")
    assert [(e[0], e[2], e[3]) for e in _on(text, "warned")] == [("THREATEN", "IRN", "IGO")]


def test_a_national_body_of_a_story_filed_from_a_capital_is_the_home_states():
    text = ("APIA, Dec. 2 (Pacific Wire) - A storm cut power to half of Samoa on Sunday. "
            "A village chief, Tavita Leota, accused the National Emergency Operations Centre of ignoring outer islands.")
    assert [(e[0], e[2], e[3]) for e in _on(text, "accused")] == [("ACCUSE", "WSM", "WSM")]


def test_advising_as_a_job_in_a_relative_clause_is_no_request():
    text = "Sok Dara, a former minister who now advises the Cambodian opposition, said the case could last years."
    assert _on(text, "advises") == []
    # a present-tense plea in a main clause still is one
    assert [e[0] for e in _on("Thailand's foreign ministry advises Laos to stop work on the dam.", "advises")] == ["REQUEST"]


def test_a_called_strike_is_a_protest_not_an_attack():
    assert [e[0] for e in _on("The strike was called by the National Nurses' Federation.", "strike was called")] == ["PROTEST"]
    assert [e[0] for e in _on("The dockers' union called a strike for Monday.", "called a strike")] == ["PROTEST"]
