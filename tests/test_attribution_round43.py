"""Attribution round 43 (ninth probe round: news articles written for the purpose, speakers first, read quote by
quote under samples/README.md): a body's noun ("the government") is no person an unresolved "she" can stand for;
a name with an aged person noun in apposition ("X, a 24-year-old teacher,") is a person's, whatever the tagger
called it; a person named inside quotation marks is not who "the minister said" is; a quoted fragment that closes
its own sentence with a full stop takes no cue from the next sentence; a speaking "they" is the plural subject of
the sentence before; "X, who has been minister since…," is a later "the minister" ("who was" is not); "In de Boer's
view" is the "Karel de Boer" named before (docs/schema.md and docs/entities.md, round 43). Sentences written for
these tests (fiction), through ``newsgraph.analyze``."""

from __future__ import annotations

from newsgraph import analyze

from .attribution_support import claim_holding, one_quote, source_name, speaker_name


def test_she_does_not_stand_for_the_government():
    text = (
        "Fuel protest\n\nHundreds marched through the capital after the government raised fuel prices.\n\n"
        "\u201cWe cannot feed our children with promises,\u201d she said."
    )
    quote = one_quote(analyze(text), "feed our children")
    assert speaker_name(quote) != "the government"


def test_a_name_with_an_aged_person_noun_in_apposition_is_a_person():
    text = (
        "Night rallies\n\nTBILISI (AFP) - Crowds rallied again on Monday.\n\n"
        "Nino Beridze, a 24-year-old teacher, said she had marched every night since the vote.\n\n"
        "\u201cWe are not going home until they listen,\u201d she told AFP."
    )
    analysis = analyze(text)
    assert any(e.name == "Nino Beridze" and e.type == "PERSON" for e in analysis.entities)
    assert speaker_name(one_quote(analysis, "not going home")) == "Nino Beridze"


def test_a_person_named_inside_the_quote_is_not_the_minister():
    text = (
        "Budget row\n\nIoana Popescu, who leads a trade union, said her members would strike.\n\n"
        "The minister brushed off the threat.\n\n"
        '"I respect Mrs Popescu, but she knows the numbers as well as I do," the minister said.'
    )
    claim = claim_holding(analyze(text), "knows the numbers")
    assert claim.status == "quoted"
    assert source_name(claim) != "Ioana Popescu"


def test_a_fragment_closing_its_sentence_takes_no_cue_from_the_next():
    text = (
        "Pension debate\n\nTwo candidates clashed over pensions on Sunday.\n\n"
        "Marta Quiroga, a former mayor, accused her rival of planning to \u201csell the pension funds to the banks.\u201d "
        "Her rival, senator Lucia Prieto, said the charge was invented."
    )
    quote = one_quote(analyze(text), "sell the pension funds")
    assert speaker_name(quote) == "Marta Quiroga"


def test_they_after_a_plural_subject_are_that_group():
    text = (
        "Rail reform\n\nThe transport ministry wants to sell the regional lines. Rail unions disagree. They say the "
        "sale would close half of the rural stations."
    )
    quote = one_quote(analyze(text), "close half of the rural stations")
    assert speaker_name(quote) == "Rail unions"


def test_who_has_been_minister_gives_the_person_the_title():
    text = (
        "Quota dispute\n\nOSLO (NTB) - Norway rejected the quota plan on Friday.\n\n"
        "Kari Lunde, who has been fisheries minister since March, said Oslo would set its own quota.\n\n"
        "A fishing group backed the government.\n\n"
        "Asked about a trade war, the minister said: \"We are ready, but we hope it does not come to that.\""
    )
    quote = one_quote(analyze(text), "We are ready")
    assert speaker_name(quote) == "Kari Lunde"


def test_who_was_minister_is_no_present_title():
    text = (
        "Quota dispute\n\nOSLO (NTB) - Norway rejected the quota plan on Friday.\n\n"
        "Kari Lunde, who was fisheries minister until 2019, said Oslo should set its own quota.\n\n"
        "A fishing group backed the government.\n\n"
        "Asked about a trade war, the minister said: \"We are ready, but we hope it does not come to that.\""
    )
    quote = one_quote(analyze(text), "We are ready")
    assert speaker_name(quote) != "Kari Lunde"


def test_a_surname_with_a_lower_case_particle_is_the_person_named_before():
    text = (
        "Farm policy\n\nThe trade commissioner, Karel de Boer, wants new markets for farmers.\n\n"
        "In de Boer's view, the answer lies in trade deals with Asia."
    )
    quote = one_quote(analyze(text), "the answer lies in trade deals")
    assert speaker_name(quote) == "Karel de Boer"
