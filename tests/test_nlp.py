"""The pipeline newsgraph loads (newsgraph/nlp.py): sentence boundaries that news layout needs."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from newsgraph import nlp
from newsgraph.analyze import bare_analyze
from newsgraph.options import Options

FLAGSHIP_OPENING = (
    "Russia and Belarus agree to put their western forces under one command\n\n"
    "VILNIUS, March 14, 2026 — By Eglė Marcinkutė, Baltic Herald\n\n"
    "Russia and Belarus agreed on Friday to place their western forces under a single joint command, a step "
    "Lithuania’s government called the most serious change to the region’s security in a generation.\n\n"
    "“Our union is a shield, not a sword,” the Russian President told reporters. “Nobody who leaves us in "
    "peace has anything to fear,” he added."
)


def sentences(text: str) -> list[str]:
    return [sentence.text.strip() for sentence in nlp.parse(text).sents]


def test_a_sentence_is_not_cut_after_a_word_that_cannot_end_one():
    # the small parser cut "Russia | and Belarus agreed on Friday..." after the byline paragraph
    assert any(s.startswith("Russia and Belarus agreed on Friday") and s.endswith("in a generation.") for s in sentences(FLAGSHIP_OPENING))
    assert not any(s.startswith("and ") for s in sentences(FLAGSHIP_OPENING))


def test_sentences_still_start_after_final_punctuation_and_closing_quotes():
    found = sentences(FLAGSHIP_OPENING)
    assert "“Our union is a shield, not a sword,” the Russian President told reporters." in found
    assert "“Nobody who leaves us in peace has anything to fear,” he added." in found


def test_every_paragraph_starts_a_sentence_even_without_final_punctuation():
    found = sentences("Flu admissions hit ten-year high\n\nHospitals in the region admitted 1,200 patients last week.")
    assert found == ["Flu admissions hit ten-year high", "Hospitals in the region admitted 1,200 patients last week."]


@pytest.mark.parametrize(
    "text, last_token, expected",
    [
        ("He left.", -1, True),
        ("He said: “We left.”", -1, True),  # a closing quote after a full stop
        ("“We left,” he", 4, False),  # a closing quote after a comma
        ("MINSK —", -1, True),  # datelines end with a dash
        ("Russia and", 0, False),
        ("the U.S.", -1, True),  # an abbreviation may end a sentence; the parser decides
    ],
)
def test_may_end_sentence(text, last_token, expected):
    doc = nlp.load().make_doc(text)
    assert bool(nlp._may_end_flags(doc)[last_token % len(doc)]) is expected


def test_claims_read_the_whole_sentence_after_a_byline():
    result = bare_analyze(FLAGSHIP_OPENING, Options(published=dt.date(2026, 3, 14)))
    texts = [claim.text for claim in result.claims]
    assert any(text.startswith("Russia and Belarus agreed on Friday") for text in texts), texts


def test_decoded_and_lowered_words_are_remembered_across_documents_and_forgotten_past_the_limit(monkeypatch):
    strings = nlp.load().vocab.strings
    key = strings.add("Sanctions")
    first = nlp.decoded_strings(strings, [key, 0])
    assert first == ["Sanctions", ""]
    assert nlp.decoded_strings(strings, [key])[0] is first[0]  # the same object, its hash already known
    lowered = nlp.lowered_strings(["Sanctions", "war"])
    assert lowered == ["sanctions", "war"] and nlp.lowered_strings(["Sanctions"])[0] is lowered[0]
    monkeypatch.setattr(nlp, "MAX_REMEMBERED_STRINGS", 1)
    nlp.decoded_strings(strings, [strings.add("embargo"), strings.add("truce")])
    assert nlp.decoded_strings(strings, [key]) == ["Sanctions"]  # cleared once past the limit, still right
    assert len(nlp._decoded_strings) <= 3 and nlp._decoded_strings[0] == ""


# -- shared token helpers: fast answers that must equal spaCy's own

NEWS = (
    "The foreign minister said on Friday that talks would resume. “We are ready,” she told reporters in Vilnius.\n\n"
    "Officials in Minsk did not respond; analysts expect a reply next week.\nA short line\n"
)


def test_token_and_span_sentences_equal_spacys_own():
    hooked = nlp.parse(NEWS)
    plain = nlp.load()(NEWS)  # parsed without newsgraph's sentence hooks
    assert "sent" in hooked.user_token_hooks and "sent" not in plain.user_token_hooks
    for mine, theirs in zip(hooked, plain):
        assert (mine.sent.start, mine.sent.end) == (theirs.sent.start, theirs.sent.end)
        assert (nlp.sentence_start_of(mine), nlp.sentence_end_of(mine)) == (theirs.sent.start, theirs.sent.end)
        assert nlp.sentence_start_of(theirs) == theirs.sent.start  # the helpers need no hook
    for start, end in ((0, 3), (5, 12), (len(plain) - 2, len(plain))):
        assert (hooked[start:end].sent.start, hooked[start:end].sent.end) == (plain[start:end].sent.start, plain[start:end].sent.end)
    assert nlp.sentence_bounds(hooked) == [s.start for s in plain.sents] + [len(plain)]


def test_among_answers_as_isin_does():
    rng = np.random.default_rng(7)
    keys = np.unique(rng.integers(0, 2**63, 50, dtype=np.uint64))
    values = np.concatenate([keys[::3], rng.integers(0, 2**63, 40, dtype=np.uint64), np.array([0, 2**64 - 1], dtype=np.uint64)])
    assert nlp.among(values, keys).tolist() == np.isin(values, keys).tolist()
    assert nlp.among(values, np.zeros(0, dtype=np.uint64)).tolist() == [False] * len(values)


def test_sorted_hashes_match_a_documents_columns_labels_included():
    """Dependency labels are spaCy symbols, not hashes: the helper must give what ``to_array`` holds."""
    doc = nlp.parse("The minister said the talks failed.")
    deps = doc.to_array(["DEP"]).reshape(-1)
    found = np.flatnonzero(nlp.among(deps, nlp.sorted_hashes(["nsubj", "ccomp"]))).tolist()
    assert found == [t.i for t in doc if t.dep_ in ("nsubj", "ccomp")] and found
    lowers = doc.to_array(["LOWER"]).reshape(-1)
    assert np.flatnonzero(nlp.among(lowers, nlp.sorted_hashes(["talks", "said"]))).tolist() == [2, 4]


def test_children_and_subtrees_equal_spacys_own_on_both_documents_in_turn():
    """The one-document tree cache answers for whichever document is asked about, in spaCy's order."""
    first, second = nlp.parse(NEWS), nlp.parse("Moscow and Minsk must act, the Russian President said on Friday.")
    for doc in (first, second, first):  # asking about another document replaces the cache; asking back rebuilds it
        tokens = nlp.token_objects(doc)
        assert [t.i for t in tokens] == list(range(len(doc))) and nlp.token_objects(doc) is tokens
        for token in doc:
            assert [c.i for c in nlp.children_of(token)] == [c.i for c in token.children]
            assert nlp.child_indices(doc)[token.i] == [c.i for c in token.children]
            assert [c.i for c in nlp.lefts_of(token)] == [c.i for c in token.lefts]
            assert [c.i for c in nlp.rights_of(token)] == [c.i for c in token.rights]
            assert [t.i for t in nlp.subtree_of(token)] == [t.i for t in token.subtree]
    span = first[2:6]
    assert [t.i for t in nlp.subtree_of(span)] == [t.i for t in span.subtree]


def test_subtree_order_follows_spacy_on_a_non_projective_tree():
    from spacy.tokens import Doc

    # arcs 0←2 and 1←3 cross: "A" heads "D" while "C" heads "A"
    doc = Doc(nlp.load().vocab, words=["A", "B", "C", "D"], heads=[2, 3, 2, 0], deps=["nsubj", "dep", "ROOT", "dep"])
    for token in doc:
        assert [c.i for c in nlp.children_of(token)] == [c.i for c in token.children]
        assert [c.i for c in nlp.lefts_of(token)] == [c.i for c in token.lefts]
        assert [c.i for c in nlp.rights_of(token)] == [c.i for c in token.rights]
        assert [t.i for t in nlp.subtree_of(token)] == [t.i for t in token.subtree]


def test_a_parse_deeper_than_the_recursion_limit_gives_its_subtree():
    """A chain of heads thousands deep (a pathological parse) is walked without recursion."""
    import sys

    from spacy.tokens import Doc

    n = sys.getrecursionlimit() + 500
    heads = [i + 1 for i in range(n - 1)] + [n - 1]  # each word hangs on the next; the last is the root
    doc = Doc(nlp.load().vocab, words=["w"] * n, heads=heads, deps=["dep"] * (n - 1) + ["ROOT"])
    assert [t.i for t in nlp.subtree_of(doc[n - 1])] == list(range(n))
    assert [t.i for t in nlp.subtree_of(doc[n // 2])] == list(range(n // 2 + 1))
