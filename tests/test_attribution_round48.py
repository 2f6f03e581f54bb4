"""Attribution round 48 (a probe round on news articles written for the purpose, claims read claim by claim
under samples/README.md): a letter, a catalogue, a bulletin, a dossier or an assessment stands for the body
that wrote it, as a report or a statement does ("according to a letter from the trade ministry"); a
reporting clause after the semicolon of a first report ("The ministry said A; it added that B") is a report
of its own, "it", "he" or "she" taking up the first report's source; a cue set off by commas in the clause before a
semicolon ("The crossing, officials said, would reopen on Friday; …") frames that clause; a
bare "the union" is never the outlet that only saw a document ("a letter … seen by Reuters")
(docs/schema.md, round 48).
Sentences written for these tests (fiction), through ``newsgraph.analyze``."""

from __future__ import annotations

from newsgraph import analyze

from .attribution_support import claim_holding, source_name


def test_a_letter_from_a_body_is_that_bodys():
    text = (
        "Border shut\n\nKAMPALA (Reuters) - Lorries queued at the crossing for a fifth day.\n\n"
        "According to a letter from the Ugandan trade ministry, fuel stocks in the west will run out next week."
    )
    claim = claim_holding(analyze(text), "fuel stocks in the west")
    assert claim.status == "attributed"
    assert source_name(claim) == "the Ugandan trade ministry"


def test_a_dossier_compiled_by_a_body_and_a_bulletin_of_a_service_are_theirs():
    text = (
        "Trawlers held\n\nLIMA (AP) - Two trawlers were detained off the coast on Sunday.\n\n"
        "According to a dossier compiled by the Peruvian coast guard, the boats had switched off their beacons. "
        "At least 412 cases have been recorded since October, according to the health service's bulletin."
    )
    analysis = analyze(text)
    assert source_name(claim_holding(analysis, "switched off their beacons")) == "the Peruvian coast guard"
    assert source_name(claim_holding(analysis, "412 cases")) != "the health service's bulletin"


def test_a_second_report_after_a_semicolon_is_attributed_to_its_own_subject():
    text = (
        "Fishing row\n\nLIMA (AP) - Peru detained two trawlers on Sunday.\n\n"
        "The Peruvian foreign ministry said the crews would be treated well; it added that the boats would stay "
        "in Paita until a court rules. "
        "The envoy said the talks would resume; the rebels said they would not attend."
    )
    analysis = analyze(text)
    added = claim_holding(analysis, "would stay in Paita")
    assert added.status == "attributed"
    assert added.text.startswith("the boats")
    assert source_name(added) == "Peruvian foreign ministry"
    assert source_name(claim_holding(analysis, "the crews would be treated well")) == "Peruvian foreign ministry"
    assert source_name(claim_holding(analysis, "talks would resume")) == "The envoy"
    rebels = claim_holding(analysis, "would not attend")
    assert rebels.status == "attributed"
    assert source_name(rebels) == "the rebels"


def test_a_clause_after_the_semicolon_without_a_cue_keeps_its_old_reading():
    text = (
        "Bridge\n\nLAGOS (Reuters) - Traffic was diverted on Monday.\n\n"
        "Ms Okafor said the bridge would reopen in March; she added that tolls would double. "
        "The governor said the road was safe; the bridge was closed in 2019 after a flood."
    )
    analysis = analyze(text)
    tolls = claim_holding(analysis, "tolls would double")
    assert tolls.status == "attributed"
    assert source_name(tolls) == "Okafor"
    assert claim_holding(analysis, "closed in 2019").status == "unattributed"


def test_he_after_the_semicolon_is_the_first_reports_speaker():
    text = (
        "Maize ban\n\nLUSAKA (AP) - Zambia banned maize exports on Wednesday.\n\n"
        "The trade envoy of Malawi, Peter Banda, met traders in Mchinji on Monday. "
        "Zambia's agriculture minister said the ban would last until April; he said stocks were too low to sell abroad."
    )
    stocks = claim_holding(analyze(text), "too low to sell abroad")
    assert stocks.status == "attributed"
    assert source_name(stocks) == "Zambia's agriculture minister"


def test_a_cue_between_commas_before_a_semicolon_frames_its_clause():
    text = (
        "Cholera\n\nACCRA (AFP) - Cholera has spread to three regions.\n\n"
        "The health minister, Kwame Asante, said vaccine had been sent north. "
        "Burkina Faso, he said, had asked Ghana to share stocks with clinics near the border; the request "
        "would be answered next week. "
        "The crossing at Paga, officials said, would reopen on Friday; lorries were still queuing on Sunday."
    )
    analysis = analyze(text)
    asked = claim_holding(analysis, "share stocks")
    assert asked.status == "attributed"
    assert source_name(asked) == "Kwame Asante"
    crossing = claim_holding(analysis, "would reopen on Friday")
    assert crossing.status == "attributed"
    assert source_name(crossing) == "officials"
    assert "lorries" not in crossing.text
    assert claim_holding(analysis, "lorries were still queuing").status == "unattributed"


def test_a_bare_body_never_falls_back_on_the_outlet_that_saw_a_letter():
    text = (
        "Border shut\n\nKAMPALA, Dec 3 (Reuters) - Uganda asked Kenya on Wednesday to reopen the Malaba crossing.\n\n"
        "According to a letter from the Ugandan trade ministry seen by Reuters, fuel stocks in the west will run "
        "out next week. The union has long said that its members have not had a pay rise since 2019."
    )
    analysis = analyze(text)
    union = claim_holding(analysis, "pay rise since 2019")
    assert union.status == "attributed"
    assert source_name(union) == "The union"


def test_a_report_before_a_semicolon_keeps_its_source_beside_a_cue_between_commas_after_it():
    text = (
        "Lake patrols\n\nABUJA (AFP) - Nigeria and Cameroon agreed on Monday to run joint patrols.\n\n"
        "Cameroon's defence minister told state radio that the patrols would begin in January; the two armies, "
        "he said, would share intelligence from drones. "
        "The coast guard said it had expelled the trawler; the boat, a spokesman said, had ignored warnings."
    )
    analysis = analyze(text)
    patrols = claim_holding(analysis, "would begin in January")
    assert source_name(patrols) == "Cameroon's defence minister"
    assert "drones" not in patrols.text
    drones = claim_holding(analysis, "intelligence from drones")
    assert drones.status == "attributed"
    assert source_name(drones) == "Cameroon's defence minister"
    expelled = claim_holding(analysis, "expelled the trawler")
    assert source_name(expelled) == "The coast guard"
    assert "warnings" not in expelled.text
    assert claim_holding(analysis, "ignored warnings").status == "attributed"
