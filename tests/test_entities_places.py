"""Label repairs for places and outlets the tagger mislabels (extract/entities.py ``_repair_labels``),
on hand-built parses: the errors belong to a model version, the repairs must hold whatever it tags."""

from __future__ import annotations

from newsgraph.extract.entities import extract_entities

from .test_entities import hand_parsed


def test_a_capital_tagged_organisation_is_a_place(nlp):
    # "Vilnius would ask NATO...": the capital speaks for its government, OntoNotes still types it GPE
    doc = hand_parsed(nlp, [
        ("Vilnius", "NNP", "PROPN", "nsubj", 2, "B-ORG", "Vilnius"),
        ("would", "MD", "AUX", "aux", 2, "O", "would"),
        ("ask", "VB", "VERB", "ROOT", 2, "O", "ask"),
        ("NATO", "NNP", "PROPN", "dobj", 2, "B-ORG", "NATO"),
        ("for", "IN", "ADP", "prep", 2, "O", "for"),
        ("help", "NN", "NOUN", "pobj", 4, "O", "help"),
        (".", ".", "PUNCT", "punct", 2, "O", "."),
    ])
    entities = {e.name: (e.type, [m.text for m in e.mentions]) for e in extract_entities(doc).entities()}
    assert entities == {"Lithuania": ("GPE", ["Vilnius"]), "NATO": ("ORG", ["NATO"])}  # the government acting


def test_a_seat_of_government_stays_an_organisation(nlp):
    doc = hand_parsed(nlp, [
        ("The", "DT", "DET", "det", 1, "O", "the"),
        ("Kremlin", "NNP", "PROPN", "nsubj", 2, "B-ORG", "Kremlin"),
        ("confirmed", "VBD", "VERB", "ROOT", 2, "O", "confirm"),
        ("the", "DT", "DET", "det", 4, "O", "the"),
        ("date", "NN", "NOUN", "dobj", 2, "O", "date"),
        (".", ".", "PUNCT", "punct", 2, "O", "."),
    ])
    assert [(e.name, e.type) for e in extract_entities(doc).entities()] == [("Kremlin", "ORG")]


def test_an_outlet_in_a_byline_tagged_person_is_an_organisation(nlp):
    # "By Eglė Marcinkutė, Baltic Herald": a newspaper's name ends in a newspaper word
    doc = hand_parsed(nlp, [
        ("By", "IN", "ADP", "ROOT", 0, "O", "by"),
        ("Egle", "NNP", "PROPN", "compound", 2, "B-PERSON", "Egle"),
        ("Marcinkute", "NNP", "PROPN", "pobj", 0, "I-PERSON", "Marcinkute"),
        (",", ",", "PUNCT", "punct", 2, "O", ","),
        ("Baltic", "NNP", "PROPN", "compound", 5, "B-PERSON", "Baltic"),
        ("Herald", "NNP", "PROPN", "appos", 2, "I-PERSON", "Herald"),
    ])
    types = {e.name: e.type for e in extract_entities(doc).entities()}
    assert types == {"Egle Marcinkute": "PERSON", "Baltic Herald": "ORG"}


def test_a_first_name_and_a_surname_tagged_as_two_places_are_one_person(nlp):
    doc = hand_parsed(nlp, [
        ("Marta", "NNP", "PROPN", "compound", 1, "B-GPE", "Marta"),
        ("Zielinska", "NNP", "PROPN", "nsubj", 2, "B-GPE", "Zielinska"),
        ("warned", "VBD", "VERB", "ROOT", 2, "O", "warn"),
        ("Poland", "NNP", "PROPN", "dobj", 2, "B-GPE", "Poland"),
        (".", ".", "PUNCT", "punct", 2, "O", "."),
    ])
    types = {e.name: e.type for e in extract_entities(doc).entities()}
    assert types == {"Marta Zielinska": "PERSON", "Poland": "GPE"}


def test_a_first_name_before_a_place_stays_apart(nlp):
    # "Georgia" is a first name and a state: a name the gazetteer knows is never joined
    doc = hand_parsed(nlp, [
        ("Georgia", "NNP", "PROPN", "nsubj", 2, "B-GPE", "Georgia"),
        ("Armenia", "NNP", "PROPN", "conj", 0, "B-GPE", "Armenia"),
        ("agreed", "VBD", "VERB", "ROOT", 2, "O", "agree"),
        (".", ".", "PUNCT", "punct", 2, "O", "."),
    ])
    types = {e.name: e.type for e in extract_entities(doc).entities()}
    assert types == {"Georgia": "GPE", "Armenia": "GPE"}


def test_a_sentence_initial_adjective_the_tagger_took_in_leaves_the_country_name(nlp):
    doc = hand_parsed(nlp, [
        ("Neighbouring", "JJ", "ADJ", "amod", 1, "B-GPE", "neighbouring"),
        ("Chad", "NNP", "PROPN", "nsubj", 2, "I-GPE", "Chad"),
        ("closed", "VBD", "VERB", "ROOT", 2, "O", "close"),
        ("its", "PRP$", "PRON", "poss", 4, "O", "its"),
        ("border", "NN", "NOUN", "dobj", 2, "O", "border"),
        (".", ".", "PUNCT", "punct", 2, "O", "."),
    ])
    index = extract_entities(doc)
    (entity,) = index.entities()
    assert (entity.name, entity.type, index.country_of(entity.id)) == ("Chad", "GPE", "TCD")


def test_an_organisation_word_with_what_it_is_for_makes_an_organisation(nlp):
    doc = hand_parsed(nlp, [
        ("She", "PRP", "PRON", "nsubj", 1, "O", "she"),
        ("joined", "VBD", "VERB", "ROOT", 1, "O", "join"),
        ("the", "DT", "DET", "det", 3, "O", "the"),
        ("Centre", "NNP", "PROPN", "dobj", 1, "B-FAC", "Centre"),
        ("for", "IN", "ADP", "prep", 3, "I-FAC", "for"),
        ("Eastern", "NNP", "PROPN", "compound", 6, "I-FAC", "Eastern"),
        ("Studies", "NNPS", "PROPN", "pobj", 4, "I-FAC", "Studies"),
        (".", ".", "PUNCT", "punct", 1, "O", "."),
    ])
    assert [(e.name, e.type) for e in extract_entities(doc).entities()] == [("Centre for Eastern Studies", "ORG")]


def test_an_untagged_country_name_is_a_place(nlp):
    # "Belarus signed the treaty": the small model tags nothing; the gazetteer knows the country
    doc = hand_parsed(nlp, [
        ("Belarus", "NNP", "PROPN", "nsubj", 1, "O", "Belarus"),
        ("signed", "VBD", "VERB", "ROOT", 1, "O", "sign"),
        ("the", "DT", "DET", "det", 3, "O", "the"),
        ("treaty", "NN", "NOUN", "dobj", 1, "O", "treaty"),
        ("in", "IN", "ADP", "prep", 1, "O", "in"),
        ("Ostrava", "NNP", "PROPN", "pobj", 4, "O", "Ostrava"),
        (".", ".", "PUNCT", "punct", 1, "O", "."),
    ])
    assert [(e.name, e.type) for e in extract_entities(doc).entities()] == [("Belarus", "GPE"), ("Ostrava", "GPE")]


def test_an_untagged_place_inside_a_longer_name_or_that_is_a_first_name_is_left_alone(nlp):
    # "Georgia Peterson" (part of a longer name) and a lone "Georgia" (also a first name) are no country
    doc = hand_parsed(nlp, [
        ("Georgia", "NNP", "PROPN", "compound", 1, "O", "Georgia"),
        ("Peterson", "NNP", "PROPN", "nsubj", 2, "O", "Peterson"),
        ("met", "VBD", "VERB", "ROOT", 2, "O", "meet"),
        ("Georgia", "NNP", "PROPN", "dobj", 2, "O", "Georgia"),
        (".", ".", "PUNCT", "punct", 2, "O", "."),
    ])
    assert "GPE" not in [e.type for e in extract_entities(doc).entities()]
