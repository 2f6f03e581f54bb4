"""Round 72 of the event coder: a lexicon sweep of the wire wording of aid, sanctions, cooperation, concessions,
retreats and support that the trigger lexicon lacked (docs/events.md, rule 90).

Every sentence here was written for these tests; none is in bench/events_sentences, a development article or a
blind set. The first line of a text with a blank line after it is a headline, as in an article.
"""

from __future__ import annotations

import pytest

from .events_support import analyzed_on


def story(dateline: str, sentence: str) -> str:
    """A one-sentence article: a headline, a blank line and the sentence under a dateline."""
    return f"Report\n\n{dateline} - {sentence}\n"


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    (story("BEIJING", "China gifted 20 ambulances and 30 fire engines to Laos on Tuesday."),
     "gifted", ("AID", "gifted", "CHN", "LAO")),
    (story("BRUSSELS", "Belgium disbursed 40 million euros to Burundi under the health programme."),
     "disbursed", ("AID", "disbursed", "BEL", "BDI")),
    (story("OTTAWA", "Canada earmarked 60 million dollars for Jamaica's coast guard."),
     "earmarked", ("AID", "earmarked", "CAN", "JAM")),
    (story("CANBERRA", "Australia rushed medical supplies to Vanuatu after the cyclone."),
     "rushed", ("AID", "rushed", "AUS", "VUT")),
    (story("WASHINGTON", "The United States approved a $400 million weapons package for Taiwan on Thursday."),
     "approved", ("AID", "approved", "USA", "TWN")),
    (story("BEIJING", "China rolled over a $1 billion loan to Laos on Wednesday."),
     "rolled over", ("AID", "rolled over", "CHN", "LAO")),
    (story("ROME", "Italy set up a field hospital in Libya for flood victims."),
     "set up a field hospital", ("AID", "set up a field hospital", "ITA", "LBY")),
    (story("PARIS", "France handed over six patrol helicopters to Senegal on Friday."),
     "handed over", ("AID", "handed over", "FRA", "SEN")),
    (story("AMMAN", "Jordanian planes dropped food parcels over Gaza for Palestinians on Sunday."),
     "dropped", ("AID", "dropped", "JOR", "PSE")),
    (story("PARIS", "France sent 40 ventilators to Armenia on Monday."),
     "sent", ("AID", "sent", "FRA", "ARM")),
    (story("RABAT", "Morocco dispatched field kitchens to Tunisia after the floods."),
     "dispatched", ("AID", "dispatched", "MAR", "TUN")),
])
def test_wire_wording_of_aid(text, trigger, expected):
    assert analyzed_on(text, trigger) == [expected]


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    (story("LONDON", "Britain placed travel bans on nine Belarusian judges on Monday."),
     "placed travel bans", ("SANCTION", "placed travel bans", "GBR", "BLR")),
    (story("WASHINGTON", "The United States blocked the assets of Sudan's paramilitary commander."),
     "blocked the assets", ("SANCTION", "blocked the assets", "USA", "SDN")),
    (story("BEIJING", "China halted purchases of Canadian canola on Tuesday."),
     "halted purchases", ("SANCTION", "halted purchases", "CHN", "CAN")),
    (story("BEIJING", "China curbed exports of graphite to Japan on Friday."),
     "curbed exports", ("SANCTION", "curbed exports", "CHN", "JPN")),
    (story("WASHINGTON", "The United States levied tariffs on Vietnamese shrimp on Monday."),
     "levied tariffs", ("SANCTION", "levied tariffs", "USA", "VNM")),
    (story("BAMAKO", "Mali revoked its defence accord with Denmark on Sunday."),
     "revoked its defence accord", ("SANCTION", "revoked its defence accord", "MLI", "DNK")),
    (story("WASHINGTON", "The United States withheld 80 million dollars in aid from Guatemala."),
     "withheld", ("SANCTION", "withheld", "USA", "GTM")),
    (story("MOSCOW", "Russia turned off gas supplies to Moldova on Friday."),
     "turned off", ("SANCTION", "turned off", "RUS", "MDA")),
    (story("WASHINGTON", "The United States penalized three Russian banks on Monday."),
     "penalized", ("SANCTION", "penalized", "USA", "RUS")),
    (story("WASHINGTON", "The United States restricted visas for Nicaraguan judges."),
     "restricted visas", ("SANCTION", "restricted visas", "USA", "NIC")),
    (story("BAKU", "Azerbaijan suspended landing rights for Iranian airlines on Monday."),
     "suspended landing rights", ("SANCTION", "suspended landing rights", "AZE", "IRN")),
    (story("NAIROBI", "Kenya suspended the issuance of visas to Eritrean nationals."),
     "suspended the issuance", ("SANCTION", "suspended the issuance", "KEN", "ERI")),
    (story("TOKYO", "Japan cancelled a naval exchange with Russia on Monday."),
     "cancelled a naval exchange", ("SANCTION", "cancelled a naval exchange", "JPN", "RUS")),
    (story("ASTANA", "Kazakhstan halted coal transit to Kyrgyzstan on Monday."),
     "halted coal transit", ("SANCTION", "halted coal transit", "KAZ", "KGZ")),
    (story("MINSK", "Belarus pulled its ambassador out of Latvia on Monday."),
     "pulled its ambassador", ("SANCTION", "pulled its ambassador", "BLR", "LVA")),
])
def test_wire_wording_of_sanctions(text, trigger, expected):
    assert analyzed_on(text, trigger) == [expected]


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    (story("MADRID", "Spain pooled resources with Portugal to fight the wildfires."),
     "pooled resources", ("COOPERATE", "pooled resources", "ESP", "PRT")),
    (story("LONDON", "Britain shared radar imagery with Poland on Tuesday."),
     "shared radar imagery", ("COOPERATE", "shared radar imagery", "GBR", "POL")),
    (story("VILNIUS", "Lithuania linked its power grid with Poland's on Sunday."),
     "linked its power grid", ("COOPERATE", "linked its power grid", "LTU", "POL")),
    (story("HANOI", "Vietnam swapped intelligence with Laos on piracy."),
     "swapped intelligence", ("COOPERATE", "swapped intelligence", "VNM", "LAO")),
])
def test_wire_wording_of_cooperation(text, trigger, expected):
    assert analyzed_on(text, trigger) == [expected]


def test_a_joint_operation_is_cooperation_between_its_states():
    text = story("LIMA", "Peru and Bolivia carried out a joint operation against drug traffickers on Monday.")
    assert sorted(analyzed_on(text, "carried out a joint operation")) == [
        ("COOPERATE", "carried out a joint operation", "BOL", "PER"), ("COOPERATE", "carried out a joint operation", "PER", "BOL")]


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    (story("YEREVAN", "Armenia disengaged its troops from the Azerbaijani border on Monday."),
     "disengaged", ("RETREAT", "disengaged", "ARM", "AZE")),
    (story("BELGRADE", "Serbia scaled back its troop presence along the Kosovo boundary."),
     "scaled back", ("RETREAT", "scaled back", "SRB", "XKX")),
    (story("TEHRAN", "Iran released the seized Greek tanker on Friday."),
     "released the seized Greek tanker", ("RETREAT", "released the seized Greek tanker", "IRN", "GRC")),
    (story("BEIJING", "China returned the captured drone to Japan on Monday."),
     "returned the captured drone", ("RETREAT", "returned the captured drone", "CHN", "JPN")),
    (story("MINSK", "Belarus freed two Lithuanian businessmen on Monday."),
     "freed", ("RETREAT", "freed", "BLR", "LTU")),
    (story("BEIJING", "China freed a Canadian writer on Friday."),
     "freed", ("RETREAT", "freed", "CHN", "CAN")),
    (story("MOSCOW", "Russia resumed fertiliser exports to Moldova on Monday."),
     "resumed fertiliser exports", ("RETREAT", "resumed fertiliser exports", "RUS", "MDA")),
])
def test_wire_wording_of_retreats(text, trigger, expected):
    assert analyzed_on(text, trigger) == [expected]


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    (story("TEHRAN", "Iran signalled support for Lebanon's new cabinet on Monday."),
     "signalled support", ("SUPPORT", "signalled support", "IRN", "LBN")),
    (story("BEIJING", "China lent its backing to Brazil's peace initiative."),
     "lent its backing", ("SUPPORT", "lent its backing", "CHN", "BRA")),
    (story("NEW DELHI", "India extended its support to Nepal's bid for the council seat."),
     "extended its support", ("SUPPORT", "extended its support", "IND", "NPL")),
    (story("JAKARTA", "Indonesia voiced solidarity with Sudan on Monday."),
     "voiced solidarity", ("SUPPORT", "voiced solidarity", "IDN", "SDN")),
    (story("WASHINGTON", "The United States reassured the Philippines on Tuesday."),
     "reassured", ("SUPPORT", "reassured", "USA", "PHL")),
    (story("NAIROBI", "Kenya expressed confidence in Ethiopia's government on Monday."),
     "expressed confidence", ("SUPPORT", "expressed confidence", "KEN", "ETH")),
    (story("ROME", "Italy declared its support for Greece on Monday."),
     "declared its support", ("SUPPORT", "declared its support", "ITA", "GRC")),
])
def test_wire_wording_of_support(text, trigger, expected):
    assert analyzed_on(text, trigger) == [expected]


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    (story("WASHINGTON", "The United States waived tariffs on Kenyan textiles on Monday."),
     "waived tariffs", ("CONCEDE", "waived tariffs", "USA", "KEN")),
    (story("WASHINGTON", "The United States waived sanctions on Venezuela's oil sector."),
     "waived sanctions", ("RETREAT", "waived sanctions", "USA", "VEN")),
    (story("NEW DELHI", "India exempted Nepal from its ban on onion exports."),
     "exempted", ("CONCEDE", "exempted", "IND", "NPL")),
    (story("ANKARA", "Turkey withdrew its objection to Sweden's bid on Monday."),
     "withdrew its objection", ("CONCEDE", "withdrew its objection", "TUR", "SWE")),
    (story("TOKYO", "Japan expressed remorse to China over the wartime massacre."),
     "expressed remorse", ("CONCEDE", "expressed remorse", "JPN", "CHN")),
    (story("BEIJING", "China resumed imports of Philippine bananas on Monday."),
     "resumed imports", ("CONCEDE", "resumed imports", "CHN", "PHL")),
    (story("TEHRAN", "Iran reopened its airspace to Qatari airlines."),
     "reopened its airspace", ("CONCEDE", "reopened its airspace", "IRN", "QAT")),
])
def test_waivers_exemptions_and_eased_stances(text, trigger, expected):
    assert analyzed_on(text, trigger) == [expected]


@pytest.mark.parametrize(("text", "trigger", "type_"), [
    (story("NAIROBI", "The ministry disbursed salaries to teachers on Monday."), "disbursed", "AID"),
    (story("ABUJA", "Police rushed to the scene of the blast in Lagos."), "rushed", "AID"),
    (story("NAIROBI", "Parliament approved a stimulus package for farmers on Monday."), "approved", "AID"),
    (story("NAIROBI", "Kenya scaled back its growth forecast on Monday."), "scaled back", "RETREAT"),
    (story("LONDON", "The mayor handed over the keys of the city to his successor."), "handed over", "AID"),
    (story("NAIROBI", "Kenya exempted small firms from the levy."), "exempted", "CONCEDE"),
    (story("NAIROBI", "The Kenyan ministry withheld salaries from striking doctors."), "withheld", "SANCTION"),
    (story("NAIROBI", "The Kenyan court released the businessman on bail."), "released", "RETREAT"),
    (story("NAIROBI", "Kenya resumed tea exports on Monday after the strike ended."), "resumed tea exports", "RETREAT"),
    (story("ABUJA", "The Nigerian air force dropped bombs on militant camps."), "dropped", "AID"),
])
def test_the_new_wording_stays_silent_on_ordinary_uses(text, trigger, type_):
    # guards: pay that is no aid, a rush to a scene, a domestic package, a forecast, keys,
    # a domestic exemption, pay withheld at home, bail, trade resumed with no one named, bombs dropped
    assert [e for e in analyzed_on(text, trigger) if e[0] == type_] == []
