"""The tabled attribute ruler and lemmatizer (newsgraph/pipes.py) give exactly what spaCy's stock
components give: the same matches, and the same tags, parts of speech, morphology and lemmas."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG
from spacy.pipeline import AttributeRuler

from newsgraph import nlp
from newsgraph.pipes import RuleTable, TabledAttributeRuler, TabledLemmatizer

SAMPLES = sorted((Path(__file__).resolve().parents[1] / "samples").glob("*.txt"))
TRICKY = (
    "Y'all gonna see. Let's go, c'm on! There is a cat and there were dogs. It ain't so, he said; they aint here. "
    "He gets it; she got it. We gotta run.\n\nI'm sure you're right — isn't it? 'Tis the season.  Two  spaces. \t"
)


@pytest.fixture(scope="module")
def bare():
    return nlp.load_bare()


@pytest.fixture(scope="module")
def tagged_docs(bare):
    """Parsed and tagged, before any attribute ruler: what the ruler sees in the pipeline."""
    texts = [TRICKY, "", " ", "\n\n", "A."] + [path.read_text(encoding="utf-8") for path in SAMPLES[:8]]
    with bare.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        return list(bare.pipe(texts))


def test_the_loaded_pipeline_matches_its_attribute_rules_from_a_table(bare):
    ruler = nlp.load().get_pipe("attribute_ruler")
    assert isinstance(ruler, TabledAttributeRuler)
    assert ruler._current_table() is not None
    assert ruler.patterns == bare.get_pipe("attribute_ruler").patterns


def test_tokens_get_the_attributes_the_stock_pipeline_gives(bare):
    texts = [TRICKY] + [path.read_text(encoding="utf-8") for path in SAMPLES]
    ours = nlp.load()
    # newsgraph's own repairs (paragraph breaks, prefix and plural lemmas, name tags) are meant to differ from stock
    with ours.select_pipes(disable=["newsgraph_paragraph_breaks", "newsgraph_prefix_lemmas", "newsgraph_name_tags"]):
        tabled = list(ours.pipe(texts))
    stock = list(bare.pipe(texts))
    for mine, theirs in zip(tabled, stock):
        columns = [TAG, POS, MORPH, LEMMA, DEP, HEAD]
        assert np.array_equal(mine.to_array(columns), theirs.to_array(columns)), mine.text[:60]
    assert [t.lemma_ for t in tabled[0][:6]] == [t.lemma_ for t in stock[0][:6]]


def test_matches_are_the_matchers_for_the_stock_rules(bare, tagged_docs):
    stock = bare.get_pipe("attribute_ruler")
    tabled = nlp.load().get_pipe("attribute_ruler")
    for doc in tagged_docs:
        assert tabled.match(doc) == stock.match(doc)
    assert any(len(matches) for matches in map(tabled.match, tagged_docs))


MADE_UP_RULES = [
    {"patterns": [[{"LOWER": {"IN": ["gon", "got", "let"]}}, {"lower": {"REGEX": "^(na|ta|'s)$"}}]], "attrs": {"LEMMA": "x"}, "index": -1},
    {"patterns": [[{"TEXT": "There"}, {}], [{"DEP": "expl"}, {"TAG": {"NOT_IN": ["VBZ"]}}]], "attrs": {"POS": "AUX"}, "index": 1},
    {"patterns": [[{"IS_SPACE": True}]], "attrs": {"MORPH": "Space=Yes"}},
    {"patterns": [[{"IS_PUNCT": False, "LENGTH": 3}]], "attrs": {"LEMMA": "three"}},
    {"patterns": [[{"TAG": "NNP"}, {"TAG": "NNP"}, {"TAG": "NNP"}]], "attrs": {"LEMMA": "name"}, "index": 2},
    # two patterns of one rule matching the same token: the Matcher reports the span once
    {"patterns": [[{"TAG": "DT"}], [{"LOWER": "the"}]], "attrs": {"MORPH": "Definite=Def"}},
    {"patterns": [[{"ORTH": {"REGEX": "[0-9]", "NOT_IN": ["2026"]}}]], "attrs": {"POS": "NUM"}},
    {"patterns": [[{"POS": "PROPN", "ENT_TYPE": ""}]], "attrs": {"LEMMA": "unnamed"}},
    {"patterns": [[{"LOWER": "the"}]], "attrs": {"LEMMA": "THE"}},
]


def _rulers(rules):
    vocab = nlp.load().vocab  # a vocabulary other than the documents': hashes are the same in every one
    stock, tabled = AttributeRuler(vocab), TabledAttributeRuler(vocab)
    stock.add_patterns(rules)
    tabled.add_patterns(rules)
    return stock, tabled


def test_matches_are_the_matchers_for_made_up_rules(tagged_docs):
    stock, tabled = _rulers(MADE_UP_RULES)
    assert tabled._current_table() is not None
    found = [tabled.match(doc) for doc in tagged_docs]
    assert found == [stock.match(doc) for doc in tagged_docs]
    rules_found = {rule for matches in found for rule, *_ in matches}
    assert rules_found >= {0, 1, 2, 4, 5, 6, 8}, rules_found


def test_attributes_set_are_the_stock_rulers_for_made_up_rules(tagged_docs):
    stock, tabled = _rulers(MADE_UP_RULES)
    columns = [TAG, POS, MORPH, LEMMA]
    for doc in tagged_docs:
        theirs, mine = doc.copy(), doc.copy()
        stock(theirs)
        tabled(mine)
        assert np.array_equal(mine.to_array(columns), theirs.to_array(columns))


def test_rules_the_table_cannot_read_stay_with_the_matcher(tagged_docs):
    stock, tabled = _rulers(MADE_UP_RULES[:2])
    assert tabled._current_table() is not None
    quantified = {"patterns": [[{"TAG": "NNP", "OP": "+"}]], "attrs": {"LEMMA": "run"}}
    stock.add_patterns([quantified])
    tabled.add_patterns([quantified])  # adding a rule rebuilds the table, and this one cannot have one
    assert tabled._current_table() is None
    assert [tabled.match(d) for d in tagged_docs] == [stock.match(d) for d in tagged_docs]
    tabled.clear()
    tabled.add_patterns(MADE_UP_RULES[2:3])
    assert tabled._current_table() is not None


def test_an_index_outside_its_pattern_raises_spacys_error(tagged_docs):
    _, tabled = _rulers([{"patterns": [[{"LOWER": "the"}]], "attrs": {"LEMMA": "x"}, "index": 2}])
    assert tabled._current_table() is None
    doc = tagged_docs[5].copy()
    with pytest.raises(ValueError, match="E1001"):
        tabled(doc)


def test_the_memo_of_token_signatures_is_bounded(tagged_docs, monkeypatch):
    import newsgraph.pipes as pipes

    monkeypatch.setattr(pipes, "_CACHE_LIMIT", 5)
    stock, tabled = _rulers(MADE_UP_RULES)
    table: RuleTable = tabled._current_table()
    for doc in tagged_docs:
        assert tabled.match(doc) == stock.match(doc)
        assert len(table._by_signature) <= 5


def test_the_loaded_pipeline_lemmatizes_from_a_table(bare):
    lemmatizer = nlp.load().get_pipe("lemmatizer")
    assert isinstance(lemmatizer, TabledLemmatizer)
    assert lemmatizer.lookups is not None and lemmatizer.mode == "rule" and not lemmatizer.overwrite
    doc = nlp.parse("The ministers were meeting in Minsk; talks had stalled and Belarus's leaders gave better offers.")
    lemmas = {token.text: token.lemma_ for token in doc}
    assert lemmas["ministers"] == "minister" and lemmas["were"] == "be" and lemmas["stalled"] == "stall"
    assert [t.lemma_ for t in doc] == [t.lemma_ for t in bare(doc.text)]


def test_tokens_without_a_part_of_speech_are_lemmatized_as_the_stock_lemmatizer_does(bare, recwarn):
    ours = nlp.load().get_pipe("lemmatizer")
    stock = bare.get_pipe("lemmatizer")
    text = "Ministers Met In Minsk"
    untagged_ours, untagged_stock = nlp.load().make_doc(text), bare.make_doc(text)
    ours(untagged_ours)
    stock(untagged_stock)
    assert [t.lemma_ for t in untagged_ours] == [t.lemma_ for t in untagged_stock] == text.lower().split()
    assert ours.__dict__.get("_lemma_memo", {}).keys().isdisjoint({(t.orth, 0, t.morph.key) for t in untagged_ours})


def test_lemmas_already_set_are_kept(bare):
    ours = nlp.load()
    with ours.select_pipes(enable=["tok2vec", "tagger", "attribute_ruler"]):
        doc = ours("They gonna win.")
    doc[0].lemma_ = "THEY"
    ours.get_pipe("lemmatizer")(doc)
    assert [t.lemma_ for t in doc] == ["THEY", "go", "to", "win", "."]
