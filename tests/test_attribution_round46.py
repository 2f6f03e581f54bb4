"""Attribution round 46 (eleventh probe round: news articles written for the purpose, claims read claim by
claim under samples/README.md): "X pledged A and said B" (one subject, two verb phrases) is one attributed
claim, as the development gold has it, not a writer's act beside the speech; "A, the ministry said, B"
is attributed when the parser hangs the interrupting cue on the clause as a parataxis; "Environmental
group Mekong Watch said… The group said…" is Mekong Watch, whatever type the tagger gave the name, and
never a plural subject named before; a clause conjoined after "than" ("more water than a 2022 ruling
allows") is no writer's clause of its own (docs/schema.md, round 46).
Sentences written for these tests (fiction), through ``newsgraph.analyze``."""

from __future__ import annotations

from newsgraph import analyze

from .attribution_support import claim_holding, source_name


def test_an_act_and_said_with_one_subject_is_one_attributed_claim():
    text = (
        "Storm relief\n\nWELLINGTON (Reuters) - Aid began to reach the islands this week.\n\n"
        "Samoa pledged 3 million tala in relief and said a navy supply ship would reach Savai'i on Wednesday. "
        "Fiji's envoy, Tomasi Rabuka, was summoned to the ministry and told that two of his staff had to leave. "
        "The senator spent five years in a military prison and says such methods are cruel."
    )
    analysis = analyze(text)
    claim = claim_holding(analysis, "would reach Savai'i")
    assert claim.status == "attributed"
    assert claim.text.startswith("Samoa pledged")
    assert source_name(claim) == "Samoa"
    # a passive "was summoned and told that…" is no saying of the envoy's
    assert claim_holding(analysis, "was summoned to the ministry").status == "unattributed"
    # the writer's story of a person beside what the person says is no act done in words
    assert claim_holding(analysis, "spent five years").status == "unattributed"


def test_a_confirmation_and_said_is_one_claim_of_the_ministry():
    text = (
        "Gas halted\n\nTASHKENT (Reuters) - Gas stopped flowing across the border on Saturday.\n\n"
        "Kazakhstan's energy ministry confirmed the halt and said it had paid every invoice on time."
    )
    analysis = analyze(text)
    claim = claim_holding(analysis, "paid every invoice")
    assert claim.status == "attributed"
    assert claim.text.startswith("Kazakhstan's energy ministry confirmed")
    assert not any(c.status == "unattributed" and "confirmed the halt" in c.text for c in analysis.claims)


def test_a_cue_between_commas_read_as_parataxis_still_attributes_the_clause():
    text = (
        "Rationing\n\nADDIS ABABA (Reuters) - Power cuts spread across the region this week.\n\n"
        "Ethiopian factories, the country's energy ministry said, had themselves faced rationing since September. "
        "A similar row in 2019 ended with a tariff that, officials in Djibouti now say, Addis Ababa never paid."
    )
    analysis = analyze(text)
    claim = claim_holding(analysis, "faced rationing")
    assert claim.status == "attributed"
    assert source_name(claim) == "the country's energy ministry"
    # a cue inside a relative clause leaves the writer's sentence the writer's
    assert claim_holding(analysis, "A similar row in 2019").status == "unattributed"


def test_the_group_is_the_named_group_not_a_plural_subject_before_it():
    text = (
        "Fish kill\n\nPHNOM PENH (AP) - Thousands of dead fish washed up along the Mekong this week.\n\n"
        "Fishermen in Stung Treng say the catch this week was the worst they can remember.\n\n"
        "Environmental group Mekong Watch said the kill was caused by a sudden drop in oxygen. "
        "The group said it had warned of such events when the dam was built."
    )
    assert source_name(claim_holding(analyze(text), "had warned of such events")) == "Mekong Watch"


def test_a_clause_after_than_is_no_writers_clause_of_its_own():
    text = (
        "Water row\n\nThe row over the springs flared again this week.\n\n"
        "Bolivia accused Chile on Friday of pumping more water from the Silala springs than a 2022 court ruling allows."
    )
    analysis = analyze(text)
    claim = claim_holding(analysis, "accused Chile")
    assert claim.status == "attributed"
    assert not any(c.status == "unattributed" and "court ruling allows" in c.text for c in analysis.claims)


def test_a_title_after_an_interview_with_an_outlet_speaks_not_the_outlet():
    text = (
        "Sand row\n\nVIENTIANE (AFP) - The quarrel over the river grew this week.\n\n"
        "In an interview with Vientiane Radio, Laos's deputy minister accused Phnom Penh of moving its own sandbanks. "
        "Cambodian barges had dredged the same stretch for years, she said."
    )
    analysis = analyze(text)
    accusation = claim_holding(analysis, "accused Phnom Penh")
    assert accusation.status == "attributed"
    assert source_name(accusation) == "Laos's deputy minister"
    # "she" is the minister (named with the country's adjective, as round 23 names a state's officer), not the radio
    assert source_name(claim_holding(analysis, "Cambodian barges")) == "Laotian deputy minister"
    assert not any(e.name == "Vientiane Radio" and "Laos's deputy minister" in [m.text for m in e.mentions] for e in analysis.entities)


def test_a_that_clause_read_as_a_relative_clause_of_the_frame_is_the_content():
    text = (
        "Tanker held\n\nDUBAI (Reuters) - A tanker was stopped in the Gulf on Thursday.\n\n"
        "Oman's coastguard said in a statement carried by the state news agency that the tanker had struck a "
        "fishing boat and then tried to escape.\n\n"
        "The Islamist group al-Furqan said in a message on a channel it uses that its fighters had fired the shots.\n\n"
        "Kenya's interior minister, Paul Mwangi, told state television that Nairobi had learned of the raid from the radio.\n\n"
        "The coastguard said in a statement that it issued on Friday."
    )
    analysis = analyze(text)
    for words, source in (
        ("struck a fishing boat", "coastguard"),
        ("fired the shots", "al-Furqan"),
        ("learned of the raid", "Paul Mwangi"),
    ):
        claim = claim_holding(analysis, words)
        assert claim.status == "attributed", words
        assert source in (source_name(claim) or ""), (words, source_name(claim))
    # a statement "that it issued" is the statement, not what was said
    assert claim_holding(analysis, "it issued on Friday").status == "unattributed"


def test_a_capital_read_as_a_person_is_no_one_for_a_title_to_stand_for():
    text = (
        "Levy row\n\nPORT-AU-PRINCE (Reuters) - Haiti recalled its ambassador from Santo Domingo on Monday.\n\n"
        "Santo Domingo rejected the protest. The Dominican finance minister told reporters that the levy "
        "would be extended to other countries next year."
    )
    claim = claim_holding(analyze(text), "would be extended")
    assert claim.status == "attributed"
    assert source_name(claim) == "The Dominican finance minister"
