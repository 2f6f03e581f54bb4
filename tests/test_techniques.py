"""Persuasion techniques: the shipped model, its spans and summary, the SemEval span scorer, training."""

from __future__ import annotations

import dataclasses
import json

import numpy as np
import pytest

import newsgraph
from newsgraph.errors import InputError
from newsgraph.eval.techniques import (
    every_sentence_baseline,
    merge_intervals,
    per_technique,
    read_labels,
    score_si,
    score_technique_aware,
)
from newsgraph.extract.techniques import (
    TECHNIQUES,
    FeatureTable,
    TechniqueModel,
    TechniqueModelError,
    Vocabulary,
    WordVectors,
    doc_features,
    drop_covered_labels,
    extract_techniques,
    load_model,
    load_word_vectors,
    SNAP_DEPS,
    SNAP_FEATURES,
    SNAP_KINDS,
    SNAP_NONE,
    SPAN_FEATURES,
    UD_POS,
    SnapView,
    phrase_lefts,
    shipped_model_path,
    snap_choices,
    snap_features,
    snap_pairs,
    subtree_left,
    shipped_vectors_path,
    span_candidates,
    summarize_techniques,
)
from newsgraph.schema import validate_analysis

from .conftest import run_cli, shared_data

# Realistic fiction, written for these tests.
OPINION = (
    "Traitors in Parliament Sell Out Our Nation\n\n"
    "The corrupt, arrogant elites in the capital have once again betrayed every hard-working family in this country.\n"
    "These spineless puppets of foreign bankers will stop at nothing to destroy our way of life.\n"
    "If we do nothing, our children will inherit a wasteland of crime, chaos and despair.\n"
    "How can anyone still trust a government that lies to us day after day?\n"
    "Enough is enough: take back our country!\n"
)
NEUTRAL = (
    "The city council approved a budget of 4.2 million dollars on Tuesday, officials said.\n"
    "The plan funds road repairs and two new bus routes, according to the finance committee.\n"
    "A vote on the library extension was postponed until March.\n"
)


@pytest.fixture(scope="module")
def opinion_doc(parse):
    return parse(OPINION)


def _found(techniques, name: str, words: str) -> bool:
    """A span of technique ``name`` overlaps the first occurrence of ``words`` in OPINION."""
    start = OPINION.index(words)
    end = start + len(words)
    return any(t.technique == name and t.start < end and t.end > start for t in techniques)


# --------------------------------------------------------------------------- the shipped model


def test_model_ships_in_the_package_and_loads_without_download():
    path = shipped_model_path()
    assert path.is_file(), "the technique model must ship inside the package"
    assert path.stat().st_size < 20_000_000
    model = load_model()
    assert model.unit_weights.shape[2] == len(TECHNIQUES) + 1 == model.sentence_weights.shape[1] + 1  # + any technique
    assert set(model.grains.tolist()) <= {0, 1} and set(model.bridges.tolist()) <= {0, 1}
    assert np.all(model.margins >= 0)
    assert np.all((model.thresholds > 0) & (model.thresholds < 1))
    assert model.span_weights.shape == (SPAN_FEATURES,) and 0 < model.span_cut < 1


def test_predictions_are_deterministic(parse, opinion_doc):
    first = extract_techniques(opinion_doc)
    again = extract_techniques(opinion_doc)
    reparsed = extract_techniques(parse(OPINION))
    assert first == again == reparsed
    assert first, "a strongly persuasive text yields spans"


def test_spans_align_with_the_text_and_the_threshold(opinion_doc):
    for threshold in (0.3, 0.5, 0.7):
        for span in extract_techniques(opinion_doc, threshold):
            assert span.technique in TECHNIQUES
            assert 0 <= span.start < span.end <= len(OPINION)
            assert OPINION[span.start : span.end] == span.text
            assert span.text == span.text.strip(), "spans never start or end with whitespace"
            assert threshold <= span.score <= 1.0


def test_a_lower_threshold_finds_at_least_as_much(opinion_doc):
    strict = extract_techniques(opinion_doc, 0.7)
    default = extract_techniques(opinion_doc, 0.5)
    loose = extract_techniques(opinion_doc, 0.3)
    assert len(strict) <= len(default) <= len(loose)
    for span in strict:  # every strict span lies inside a looser span of the same technique
        assert any(s.technique == span.technique and s.start <= span.start and span.end <= s.end for s in default)


def test_loaded_words_are_found(opinion_doc):
    found = extract_techniques(opinion_doc)
    assert _found(found, "Loaded_Language", "corrupt, arrogant elites") or _found(found, "Loaded_Language", "wasteland of crime, chaos and despair")


def test_name_calling_is_found(opinion_doc):
    found = extract_techniques(opinion_doc)
    assert _found(found, "Name_Calling,Labeling", "corrupt, arrogant elites") or _found(found, "Name_Calling,Labeling", "spineless puppets")


def test_a_fear_appeal_is_found(opinion_doc):
    assert _found(extract_techniques(opinion_doc), "Appeal_to_fear-prejudice", "our children will inherit a wasteland")


def test_a_slogan_is_found(opinion_doc):
    found = extract_techniques(opinion_doc)
    assert _found(found, "Slogans", "take back our country") or _found(found, "Slogans", "Enough is enough")


def test_a_neutral_report_is_mostly_left_alone(parse):
    doc = parse(NEUTRAL)
    found = extract_techniques(doc)
    summary = summarize_techniques(doc, found)
    assert summary["share"] < 0.5


def test_invalid_thresholds_are_refused(opinion_doc):
    for bad in (-0.1, 1.5, float("nan")):
        with pytest.raises(InputError):
            extract_techniques(opinion_doc, bad)


def test_blank_and_tiny_documents_are_handled(parse):
    assert extract_techniques(parse(" \n ")) == ()
    assert summarize_techniques(parse(" \n "), ())["sentences"] == 0
    for text in ("Hi", "!!!", "\u201c", "Why?\n\n\nWhy?"):
        doc = parse(text)
        for span in extract_techniques(doc, 0.0):  # threshold 0: every token of every technique
            assert text[span.start : span.end] == span.text and span.text.strip()


def test_summary_counts_sentences_with_a_technique(opinion_doc):
    found = extract_techniques(opinion_doc)
    summary = summarize_techniques(opinion_doc, found)
    assert set(summary) == {"sentences", "sentences_with_technique", "share", "top", "disclaimer"}
    assert summary["sentences"] == 6  # the title and five lines
    assert 1 <= summary["sentences_with_technique"] <= summary["sentences"]
    assert summary["share"] == pytest.approx(summary["sentences_with_technique"] / summary["sentences"], abs=1e-4)
    counts = [t["count"] for t in summary["top"]]
    assert counts == sorted(counts, reverse=True) and sum(counts) <= len(found)
    assert "not a verdict" in summary["disclaimer"]


def test_summary_of_no_techniques(opinion_doc):
    summary = summarize_techniques(opinion_doc, ())
    assert summary["sentences_with_technique"] == 0 and summary["share"] == 0.0 and summary["top"] == []


def test_analyze_carries_techniques_and_summary_in_the_contract():
    result = newsgraph.analyze(OPINION).to_dict()
    validate_analysis(result)
    assert result["techniques"], "the opinion text has technique spans"
    for span in result["techniques"]:
        assert OPINION[span["start"] : span["end"]] == span["text"]
    assert result["summary"]["techniques"]["sentences"] == 6


def test_cli_threshold_option_trades_precision_for_recall(tmp_path):
    path = tmp_path / "opinion.txt"
    path.write_text(OPINION, encoding="utf-8")
    counts = []
    for threshold in ("0.8", "0.3"):
        result = run_cli("analyze", str(path), "--format", "json", "--technique-threshold", threshold)
        assert result.returncode == 0, result.stderr
        counts.append(len(json.loads(result.stdout)["techniques"]))
    assert counts[0] <= counts[1]
    bad = run_cli("analyze", str(path), "--technique-threshold", "2")
    assert bad.returncode != 0 and b"threshold" in bad.stderr


def test_the_decomposed_scoring_equals_the_spelled_out_features(opinion_doc):
    """Scoring neighbour features by shifting per-offset scores equals the training design matrix."""
    from newsgraph.training.techniques import Design

    model = load_model()
    features = doc_features(opinion_doc, model.lexicon, model.clusters, model.vectors)
    design = Design(model.unit_vocabulary, model.context_vocabulary, model.sentence_vocabulary)
    blocks = [model.unit_weights.reshape(-1, len(TECHNIQUES) + 1), model.context_weights]
    sentence_blocks = [model.sentence_weights]
    if model.vector_weights is not None:
        blocks.append(model.vector_weights)
        sentence_blocks.append(model.sentence_vector_weights)
    spelled_out = np.asarray(design.token_matrix(features) @ np.vstack(blocks)) + model.token_bias
    assert np.allclose(model.token_logits(features), spelled_out, atol=1e-3)
    sentences = np.asarray(design.sentence_matrix(features) @ np.vstack(sentence_blocks)) + model.sentence_bias
    assert np.allclose(model.sentence_logits(features), sentences, atol=1e-3)


def test_the_model_carries_its_valence_lexicon(opinion_doc):
    """The VADER lexicon travels inside the model file: valence features need nothing at run time."""
    model = load_model()
    assert len(model.lexicon) > 7000 and model.lexicon["betrayed"] < 0 < model.lexicon["trust"]
    assert "VADER" in model.meta["lexicon"] and "MIT" in model.meta["lexicon"]
    with_lexicon = doc_features(opinion_doc, model.lexicon)
    without = doc_features(opinion_doc)
    betrayed = next(k for k, feats in enumerate(with_lexicon.unit) if feats[0] == "w=betrayed")
    assert any(f.startswith("v=n") for f in with_lexicon.unit[betrayed])
    assert not any(f.startswith("v=") for feats in without.unit for f in feats)


def test_the_model_carries_its_word_clusters():
    """The word-cluster table loads from the package model: three granularities, research texts named."""
    clusters = load_model().clusters
    assert clusters is not None and len(clusters.words) > 30000
    assert clusters.sizes == [64, 256, 1024]
    assert len(set(clusters.words)) == len(clusters.words) and all(w == w.lower() for w in clusters.words)
    meta = load_model().meta["word_clusters"]
    for source in ("semeval2020-task11-ptc", "polnear", "semeval2025-task10-en", "conll2003-en", "research-only", "no text"):
        assert source in meta


def test_word_cluster_lookup_is_deterministic_and_leaves_unknown_words_out():
    clusters = load_model().clusters
    found = clusters.lookup(["government", "zzqxvblorf", "government", "the"])
    assert found.shape == (4, 3)
    assert found[0].tolist() == found[2].tolist() and np.all(found[0] >= 0) and np.all(found[3] >= 0)
    assert found[1].tolist() == [-1, -1, -1]
    assert np.all(found[[0, 3]] < np.array(clusters.sizes))
    assert clusters.lookup([]).shape == (0, 3)


def test_cluster_features_cover_known_words_only(parse):
    model = load_model()
    doc = parse("The corrupt elites betrayed zzqxvblorf again.")
    with_clusters = doc_features(doc, model.lexicon, model.clusters)
    without = doc_features(doc, model.lexicon)
    rows = {feats[0]: feats for feats in with_clusters.unit}
    expected = model.clusters.lookup(["corrupt"])[0].tolist()
    assert [f for f in rows["w=corrupt"] if f.startswith("c")] == [f"c{level}={c}" for level, c in enumerate(expected)]
    assert not any(f.startswith("c") and "=" in f[:3] for f in rows["w=zzqxvblorf"])
    assert not any(f[:2] in ("c0", "c1", "c2") for feats in without.unit for f in feats)
    bag = [f for f in with_clusters.sentences[0] if f.startswith("sc=")]
    assert f"sc={expected[1]}" in bag and len(bag) == len(set(bag))


def test_word_clusters_are_rebuilt_identically(monkeypatch):
    """The cluster table is learned reproducibly (fixed seed): two builds of the same texts agree."""
    from newsgraph.training import techniques as training

    monkeypatch.setattr(training, "CLUSTER_WORDS", 400)
    monkeypatch.setattr(training, "CLUSTER_CONTEXTS", 200)
    monkeypatch.setattr(training, "CLUSTER_DIMENSIONS", 10)
    monkeypatch.setattr(training, "CLUSTER_SIZES", (4, 16))
    texts = [a.text for a in training.load_ptc(shared_data("semeval2020-task11-ptc"))[:20]]
    first, second = training.build_word_clusters(texts), training.build_word_clusters(texts)
    assert first.words == second.words and len(first.words) == 400 and first.words[0] in ("the", ",", ".")
    assert np.array_equal(first.ids, second.ids) and first.sizes == [4, 16]


def test_word_vectors_ship_in_the_package_and_load_without_download():
    """The distilled word-vector table is a package file read with numpy alone (no torch, no hub)."""
    path = shipped_vectors_path()
    assert path.is_file() and path.stat().st_size < 3_000_000
    vectors = WordVectors.load(path)
    assert len(vectors.words) >= 30000 and len(set(vectors.words)) == len(vectors.words)
    assert all(w == w.lower() for w in vectors.words) and vectors.words[0] in ("the", ",", ".")
    assert vectors.vectors.dtype == np.int8 and vectors.vectors.shape == (len(vectors.words), vectors.dimensions)
    assert 16 <= vectors.dimensions <= 64 and len(vectors.digest) == 64
    assert vectors.digest == load_word_vectors().digest


def test_word_vector_lookup_is_deterministic_and_zero_for_unknown_words():
    vectors = load_word_vectors()
    found = vectors.lookup(["traitor", "zzqxvblorf", "traitor", "betrayal", "budget"])
    assert found.shape == (5, vectors.dimensions) and found.dtype == np.float32
    assert np.array_equal(found[0], found[2]) and np.all(found[1] == 0) and np.any(found[0] != 0)
    assert np.array_equal(found, vectors.lookup(["traitor", "zzqxvblorf", "traitor", "betrayal", "budget"]))
    assert vectors.lookup([]).shape == (0, vectors.dimensions)

    def cosine(a, b):
        return float(a @ b / np.linalg.norm(a) / np.linalg.norm(b))

    # The encoder's view of meaning survives distillation: a word sits nearer its kin than an unrelated word.
    assert cosine(found[0], found[3]) > cosine(found[0], found[4])


def test_word_vector_features_are_each_unit_s_vector_and_its_window_mean(parse):
    from newsgraph.extract.techniques import sentence_dense, token_dense

    vectors = load_word_vectors()
    doc = parse("The corrupt elites betrayed zzqxvblorf again. Voters noticed.")
    features = doc_features(doc, None, None, vectors)
    words = [doc[i].lower_ for i in features.tokens]
    assert np.array_equal(features.vectors, vectors.lookup(words))
    assert doc_features(doc).vectors is None
    dense = token_dense(features)
    d = vectors.dimensions
    assert dense.shape == (len(words), 2 * d) and np.array_equal(dense[:, :d], features.vectors)
    # "The" (first unit) sees itself and the two units after it, all in its sentence.
    assert np.allclose(dense[0, d:], features.vectors[:3].mean(axis=0), atol=1e-6)
    last = len(words) - 1  # "." of the second sentence: its window stops at the sentence start
    assert np.allclose(dense[last, d:], features.vectors[last - 2 : last + 1].mean(axis=0), atol=1e-6)
    means = sentence_dense(features)
    first = [k for k, w in enumerate(words) if features.sentence[k] == 0 and w != "zzqxvblorf"]
    assert means.shape == (2, d) and np.allclose(means[0], features.vectors[first].mean(axis=0), atol=1e-5)


def test_the_shipped_word_list_is_rebuilt_from_the_cluster_texts(tmp_path):
    """Step 1 of the distillation is reproducible: the table's words are the most frequent words of
    the cluster texts, in the same order (step 2 needs torch, which newsgraph does not install)."""
    import subprocess
    import sys

    out = tmp_path / "words.txt"
    corpus = shared_data("semeval2020-task11-ptc")
    result = subprocess.run([sys.executable, "-m", "newsgraph.training.word_vectors", "words", str(corpus), str(out)], capture_output=True)
    assert result.returncode == 0, result.stderr.decode()
    assert out.read_text(encoding="utf-8").split("\n")[:-1] == load_word_vectors().words
    usage = subprocess.run([sys.executable, "-m", "newsgraph.training.word_vectors", "distil"], capture_output=True)
    assert usage.returncode == 2 and usage.stderr.decode().count("\n") == 1 and b"Traceback" not in usage.stderr


def test_a_model_fitted_with_other_word_vectors_is_refused(tmp_path):
    model = load_model()
    if model.vector_weights is None:
        pytest.skip("the shipped model reads no word vectors")
    other = tmp_path / "techniques.npz"
    stranger = WordVectors(model.vectors.words, model.vectors.vectors, model.vectors.scale, "0" * 64)
    dataclasses.replace(model, vectors=stranger).save(other)
    with pytest.raises(TechniqueModelError, match="other word vectors"):
        TechniqueModel.load(other)


def test_token_runs_grow_from_seeds_over_weaker_neighbours():
    """Hysteresis: a run needs one unit at the threshold and grows over neighbours within the margin."""
    from types import SimpleNamespace

    from newsgraph.extract.techniques import extension_threshold, run_bounds

    units = SimpleNamespace(
        sentence=np.array([0, 0, 0, 0, 0, 0, 1, 1]),
        trimmable=np.array([False, False, False, True, False, False, False, False]),
        starts=np.arange(8) * 10,
        ends=np.arange(8) * 10 + 5,
    )
    low = extension_threshold(0.5, 2.0)
    assert 0.1 < low < 0.15
    scores = np.array([0.05, 0.2, 0.6, 0.3, 0.02, 0.3, 0.2, 0.3])
    assert run_bounds(units, scores, 0.5) == [(20, 25, 2, 2)]
    # Grown over units ≥ low within the sentence; the run may not end on punctuation (unit 3).
    assert run_bounds(units, scores, 0.5, 2.0) == [(10, 25, 1, 2)]
    # Bridging one weak unit (4) joins unit 5; the sentence change stops the run; unseeded runs vanish.
    assert run_bounds(units, scores, 0.5, 2.0, bridge=True) == [(10, 55, 1, 5)]
    assert run_bounds(units, scores * 0.5, 0.5, 2.0, bridge=True) == []


def test_mixing_lets_each_model_see_the_other_s_view_of_the_sentence():
    from newsgraph.extract.techniques import ANY_MIX, SENTENCE_TO_TOKEN, TOKEN_TO_SENTENCE, mix_logits

    # Two techniques, then the any-technique column of the token model.
    token = np.array([[1.0, -2.0, 4.0], [3.0, 0.0, -4.0], [-1.0, -1.0, 0.0]])
    sentence = np.array([[0.5, -4.0], [2.0, 1.0], [0.0, 0.0]])  # the third sentence has no unit (blank)
    where = np.array([0, 0, 1])
    mixed_token, mixed_sentence = mix_logits(token, sentence, where)
    own = token[:, :2] + ANY_MIX * token[:, 2:]
    assert mixed_token.shape == (3, 2) and mixed_sentence.shape == (3, 2)
    assert np.allclose(mixed_token, own + SENTENCE_TO_TOKEN * sentence[where])
    best = np.array([[max(own[0, 0], own[1, 0]), max(own[0, 1], own[1, 1])], own[2]])
    assert np.allclose(mixed_sentence[:2], sentence[:2] + TOKEN_TO_SENTENCE * best)
    assert np.all(mixed_sentence[2] < -10), "a sentence without tokens gets no help from the token model"


def test_the_any_technique_output_marks_the_opinion_piece_not_the_neutral_report(parse, opinion_doc):
    """The token model's last output (any technique) fires inside the tirade and nowhere in the council report."""
    model = load_model()
    opinion = model.token_logits(doc_features(opinion_doc, model.lexicon, model.clusters, model.vectors))[:, -1]
    neutral = model.token_logits(doc_features(parse(NEUTRAL), model.lexicon, model.clusters, model.vectors))[:, -1]
    assert np.mean(opinion > 0) > 0.3 and np.all(neutral < 0)


def test_any_technique_labels_are_the_union_of_the_technique_labels():
    from newsgraph.training.techniques import with_any

    labels = np.array([[0, 1, 0], [0, 0, 0], [1, 1, 0]], dtype=np.int8)
    assert with_any(labels).tolist() == [[0, 1, 0, 1], [0, 0, 0, 0], [1, 1, 0, 1]]
    assert with_any(np.zeros((0, 3), dtype=np.int8)).shape == (0, 4)


def test_bias_shifts_lower_every_mixed_logit_by_the_offset():
    """The rate offsets move the biases of both models so that each mixed token and sentence logit drops by its technique's offset."""
    from newsgraph.extract.techniques import mix_logits
    from newsgraph.training.techniques import bias_shifts

    rng = np.random.default_rng(0)
    token, sentence, where = rng.normal(size=(6, 3)), rng.normal(size=(3, 2)), np.array([0, 0, 1, 1, 1, 2])
    offsets = np.array([0.7, -1.3])
    token_shift, sentence_shift = bias_shifts(offsets)
    lowered = token.copy()
    lowered[:, :2] -= token_shift  # the any-technique column keeps its bias
    before, after = mix_logits(token, sentence, where), mix_logits(lowered, sentence - sentence_shift, where)
    assert np.allclose(before[0] - after[0], offsets) and np.allclose(before[1] - after[1], offsets)


def test_spans_are_the_candidates_the_span_filter_keeps(opinion_doc):
    """Candidates are read once; the span filter scores each; the threshold decides which stay, and the
    label cuts which of those are dropped as covered (a model without label cuts keeps them all). The
    snap, which then moves kept token runs onto phrases, is left out here (see the snap tests)."""
    model = dataclasses.replace(load_model(), snap_weights=None)
    features = doc_features(opinion_doc, model.lexicon, model.clusters, model.vectors)
    token, sentence = model.probabilities(features)
    found = span_candidates(features, token, sentence, model.grains, model.thresholds, model.margins, model.bridges)
    n = len(found.start)
    assert n and found.x.shape == (n, SPAN_FEATURES)
    assert np.all(found.x[:, : len(TECHNIQUES)].sum(axis=1) == 1) and np.all(found.x[np.arange(n), found.technique] == 1)
    scores = np.round(model.span_scores(found.x), 4)
    everything = dataclasses.replace(model, label_cuts=None).spans(opinion_doc, features, 0.0)
    assert len(everything) == n
    assert sorted((t.technique, t.start, t.end, t.score) for t in everything) == sorted(
        (TECHNIQUES[k], a, b, s) for k, a, b, s in zip(found.technique.tolist(), found.start.tolist(), found.end.tolist(), scores.tolist())
    )
    candidates = {(TECHNIQUES[k], a, b, s) for k, a, b, s in zip(found.technique.tolist(), found.start.tolist(), found.end.tolist(), scores.tolist())}
    for threshold in (0.0, 0.3, 0.5, 0.7):
        passing = [t for t in candidates if t[3] >= threshold]
        spans = model.spans(opinion_doc, features, threshold)
        # The threshold decides which candidates stay, less the weak labels others cover (same union).
        assert {(t.technique, t.start, t.end, t.score) for t in spans} <= set(passing)
        assert merge_intervals((t.start, t.end) for t in spans) == merge_intervals((a, b) for _, a, b, _ in passing)
    assert model.label_cuts.shape == (2,) and np.all((model.span_cut <= model.label_cuts) & (model.label_cuts < 1))


def test_weak_labels_inside_other_kept_spans_are_dropped_and_the_union_stays():
    """A span predicted below the label cut goes only when the other kept spans already cover it within
    one merged stretch, weakest first; partly covered, bridging or lone weak spans stay."""
    starts = [0, 10, 40, 60, 100, 100, 200, 210, 205]
    ends = [50, 20, 60, 70, 120, 120, 210, 220, 215]
    shares = [0.5, 0.05, 0.05, 0.05, 0.05, 0.06, 0.4, 0.4, 0.01]
    keep = drop_covered_labels(starts, ends, shares, 0.1)
    assert drop_covered_labels(starts, ends, shares, [0.1] * 9).tolist() == keep.tolist()  # one cut per span
    assert drop_covered_labels(starts, ends, shares, [0.1] + [0.01] * 8).all()  # only weak spans go
    # [10,20) lies inside [0,50); [40,60) reaches past it; [60,70) is alone; of the two equal weak
    # spans at [100,120) the weaker goes and the other, then covered by nothing, stays; [205,215)
    # joins [200,210) and [210,220), which only touch: without it the stretch would split in two.
    assert keep.tolist() == [True, False, True, True, False, True, True, True, True]
    union = merge_intervals(zip(starts, ends))
    assert merge_intervals((a, b) for a, b, k in zip(starts, ends, keep) if k) == union
    assert drop_covered_labels(starts, ends, shares, 0.05).tolist() == [True] * 9  # nothing below the cut
    assert drop_covered_labels(starts, ends, shares, 0.0).all() and len(drop_covered_labels([], [], [], 0.3)) == 0


def test_a_higher_label_cut_drops_covered_labels_of_a_real_sentence(parse):
    """On a sentence written for this test, raising the label cut drops only spans whose text other
    spans already mark: the marked characters stay the same, and every span still matches its text."""
    text = "These corrupt, cowardly traitors have sold our proud nation to the globalist vultures, and they laugh at you!\n"
    doc = parse(text)
    model = load_model()
    strict = dataclasses.replace(model, label_cuts=np.array([0.9, 0.9]))
    features = doc_features(doc, model.lexicon, model.clusters, model.vectors)
    loose = dataclasses.replace(model, label_cuts=None).spans(doc, features, 0.0)
    kept = strict.spans(doc, features, 0.0)
    assert set(kept) < set(loose)  # something was dropped
    assert merge_intervals((t.start, t.end) for t in kept) == merge_intervals((t.start, t.end) for t in loose)
    assert all(text[t.start : t.end] == t.text for t in kept)
    assert strict.spans(doc, features, 0.0) == kept  # deterministic


def test_a_broken_model_file_is_a_clear_error(tmp_path):
    path = tmp_path / "techniques.npz"
    path.write_bytes(b"not a model")
    with pytest.raises(TechniqueModelError, match="not a technique model"):
        TechniqueModel.load(path)
    with pytest.raises(TechniqueModelError, match="not found"):
        TechniqueModel.load(tmp_path / "missing.npz")


# --------------------------------------------------------------------------- the SemEval span scorer


def test_merge_intervals_merges_overlaps_only():
    assert merge_intervals([(5, 9), (0, 3), (2, 4), (9, 12), (7, 8), (6, 6)]) == [(0, 4), (5, 9), (9, 12)]


def test_si_gives_partial_credit_both_ways():
    gold = [("a", "Doubt", 0, 10)]
    predicted = [("a", "Loaded_Language", 5, 15)]  # labels are ignored by SI
    score = score_si(predicted, gold)
    assert score.precision == pytest.approx(5 / 10)
    assert score.recall == pytest.approx(5 / 10)
    assert score.f1 == pytest.approx(0.5)


def test_si_merges_overlapping_spans_before_scoring():
    gold = [("a", "Doubt", 0, 10), ("a", "Slogans", 5, 20)]  # one stretch 0-20 after merging
    predicted = [("a", "Doubt", 0, 5), ("a", "Slogans", 3, 10), ("a", "Doubt", 30, 40)]  # 0-10 and 30-40
    score = score_si(predicted, gold)
    assert (score.predicted, score.gold) == (2, 1)
    assert score.precision == pytest.approx((10 / 10 + 0) / 2)
    assert score.recall == pytest.approx(10 / 20)


def test_spans_of_other_articles_never_overlap():
    score = score_si([("b", "Doubt", 0, 10)], [("a", "Doubt", 0, 10)])
    assert score.precision == score.recall == score.f1 == 0.0


def test_technique_aware_counts_only_same_technique_overlap():
    gold = [("a", "Doubt", 0, 10), ("a", "Slogans", 20, 30)]
    predicted = [("a", "Doubt", 0, 5), ("a", "Doubt", 20, 30)]
    score = score_technique_aware(predicted, gold)
    assert score.precision == pytest.approx((1.0 + 0.0) / 2)
    assert score.recall == pytest.approx((5 / 10 + 0.0) / 2)
    doubt = score_technique_aware(predicted, gold, "Doubt")
    assert doubt.gold == 1 and doubt.recall == pytest.approx(0.5)
    table = per_technique(predicted, gold, ["Doubt", "Slogans"])
    assert table["Slogans"].f1 == 0.0 and table["Doubt"].precision == pytest.approx(0.5)


def test_a_predicted_span_covering_two_gold_spans_earns_both():
    gold = [("a", "Doubt", 0, 4), ("a", "Doubt", 6, 10)]
    score = score_si([("a", "Doubt", 0, 10)], gold)
    assert score.precision == pytest.approx(8 / 10)
    assert score.recall == pytest.approx(1.0)


def test_nothing_predicted_scores_zero_not_an_error():
    score = score_si([], [("a", "Doubt", 0, 4)])
    assert score.precision == score.recall == score.f1 == 0.0


def test_every_sentence_baseline():
    sentences = {"a": [(0, 10), (11, 20), (21, 21)], "b": [(0, 5)]}
    baseline = every_sentence_baseline(sentences, "Loaded_Language")
    assert baseline == [("a", "Loaded_Language", 0, 10), ("a", "Loaded_Language", 11, 20), ("b", "Loaded_Language", 0, 5)]
    gold = [("a", "Loaded_Language", 2, 4), ("a", "Doubt", 11, 20)]
    si = score_si(baseline, gold)
    assert si.recall == pytest.approx(1.0)
    assert si.precision == pytest.approx((2 / 10 + 1.0 + 0.0) / 3)
    aware = score_technique_aware(baseline, gold)
    assert aware.recall == pytest.approx(0.5)


def test_read_labels_reports_bad_lines(tmp_path):
    good = tmp_path / "good.labels"
    good.write_text("111\tDoubt\t3\t9\n\n222\tSlogans\t0\t4\n", encoding="utf-8")
    assert read_labels(good, TECHNIQUES) == [("111", "Doubt", 3, 9), ("222", "Slogans", 0, 4)]
    bad = tmp_path / "bad.labels"
    bad.write_text("111\tDoubt\tthree\t9\n", encoding="utf-8")
    with pytest.raises(InputError, match="bad.labels:1"):
        read_labels(bad)
    unknown = tmp_path / "unknown.labels"
    unknown.write_text("111\tSarcasm\t3\t9\n", encoding="utf-8")
    with pytest.raises(InputError, match="unknown technique"):
        read_labels(unknown, TECHNIQUES)


# --------------------------------------------------------------------------- training


def test_training_runs_end_to_end_on_a_slice(tmp_path):
    data = shared_data("semeval2020-task11-ptc").parent
    out = tmp_path / "techniques.npz"
    result = run_cli("train", "techniques", "--data", str(data), "--out", str(out), "--limit", "8", "--folds", "2", "--memes")
    assert result.returncode == 0, result.stderr.decode()
    stdout = result.stdout.decode()
    assert "model SI" in stdout and "baseline technique-aware" in stdout and "meme texts" in stdout
    model = TechniqueModel.load(out)
    assert model.meta["trained_on"].startswith("semeval2020-task11-ptc")
    assert len(model.thresholds) == len(TECHNIQUES)
    assert model.clusters is not None and model.clusters.sizes == [64, 256, 1024]
    assert model.vectors.digest == load_word_vectors().digest and "all-MiniLM-L6-v2" in model.meta["word_vectors"]
    assert model.vector_weights.shape == (2 * model.vectors.dimensions, len(TECHNIQUES) + 1)
    assert model.unit_weights.shape[2] == len(TECHNIQUES) + 1 and "any technique" in model.meta["recipe"]
    assert model.sentence_vector_weights.shape == (model.vectors.dimensions, len(TECHNIQUES))


def test_the_span_cut_weighs_each_f1_by_its_target(opinion_doc):
    """Of the cuts tried, the span filter keeps the one with the best SI / 0.40 + technique-aware / 0.25
    on the spans it was fitted on, and reports those two F1 figures."""
    from newsgraph.training.techniques import SI_TARGET, SPAN_CUTS, Article, Parsed, Reading, fit_span_filter, kept_records

    model = load_model()
    features = doc_features(opinion_doc, model.lexicon, model.clusters, model.vectors)
    gold = [("Loaded_Language", OPINION.index("corrupt"), OPINION.index("corrupt") + 16), ("Doubt", OPINION.index("How can"), OPINION.index("day?") + 4)]
    gold += [("Name_Calling,Labeling", OPINION.index("spineless"), OPINION.index("spineless") + 17)]
    item = Parsed(Article("opinion", OPINION, gold), opinion_doc, features, np.zeros(0), np.zeros(0))
    token, sentence = model.probabilities(features)
    readings = [Reading(int(g), float(t), float(m), int(b)) for g, t, m, b in zip(model.grains, model.thresholds, model.margins, model.bridges)]
    chosen = fit_span_filter([item], [token], [sentence], readings)
    assert SI_TARGET == 0.40 and chosen.cut in SPAN_CUTS
    found = span_candidates(features, token, sentence, model.grains, model.thresholds, model.margins, model.bridges)
    predicted = 1 / (1 + np.exp(-(found.x @ chosen.weights + chosen.bias)))
    spans = [("opinion", TECHNIQUES[k], a, b) for k, a, b in zip(found.technique.tolist(), found.start.tolist(), found.end.tolist())]
    golds = [("opinion", t, a, b) for t, a, b in gold]

    def scores(cut):
        kept = [span for span, p in zip(spans, predicted) if p >= cut]
        return score_si(kept, golds).f1, score_technique_aware(kept, golds).f1

    si, aware = scores(chosen.cut)
    assert (si, aware) == pytest.approx((chosen.si, chosen.technique_aware))
    assert all(si / 0.40 + aware / 0.25 >= s / 0.40 + a / 0.25 - 1e-9 for s, a in map(scores, SPAN_CUTS))

    # The label cuts (token runs, sentences): the best technique-aware F1 of the spans kept at the cut
    # found one grain at a time, the union (SI) unchanged.
    sentences = model.grains[found.technique] == 1

    def labelled(cuts):
        kept = kept_records(spans, predicted, chosen.cut, np.where(sentences, cuts[1], cuts[0]))
        return score_si(kept, golds).f1, score_technique_aware(kept, golds).f1

    assert all(c == chosen.cut or c in SPAN_CUTS for c in chosen.label_cuts)
    assert labelled(chosen.label_cuts) == pytest.approx((si, chosen.label_technique_aware))
    tried = [(c, chosen.cut) for c in SPAN_CUTS if c > chosen.cut] + [(chosen.label_cuts[0], c) for c in SPAN_CUTS if c > chosen.cut]
    assert all(chosen.label_technique_aware >= labelled(c)[1] - 1e-9 and labelled(c)[0] == pytest.approx(si) for c in tried)


def test_covered_share_counts_overlapping_gold_spans_once_and_by_technique():
    from newsgraph.extract.techniques import Candidates
    from newsgraph.training.techniques import covered_share

    loaded, name_calling = TECHNIQUES.index("Loaded_Language"), TECHNIQUES.index("Name_Calling,Labeling")
    candidates = Candidates(np.array([loaded, loaded, name_calling]), np.array([0, 10, 0]), np.array([10, 20, 10]), np.zeros((3, SPAN_FEATURES)))
    gold = [("Loaded_Language", 0, 5), ("Loaded_Language", 3, 8), ("Doubt", 10, 20)]
    assert covered_share(candidates, gold).tolist() == [0.8, 0.0, 0.0]


def test_rate_offsets_find_the_offset_that_reads_the_target_rate(opinion_doc):
    """The final model's logits are lowered per technique until it reads as many candidates per word as asked."""
    from newsgraph.training.techniques import Article, Parsed, Reading, candidate_rates, rate_offsets

    model = load_model()
    features = doc_features(opinion_doc, model.lexicon, model.clusters, model.vectors)
    item = Parsed(Article("opinion", OPINION, []), opinion_doc, features, np.zeros(0), np.zeros(0))
    probabilities = [model.probabilities(features)]
    readings = [Reading(int(g), float(t), float(m), int(b)) for g, t, m, b in zip(model.grains, model.thresholds, model.margins, model.bridges)]
    every_candidate = dataclasses.replace(model, label_cuts=None).spans(opinion_doc, features, 0.0)
    assert candidate_rates([item], probabilities, readings).sum() * len(OPINION.split()) == pytest.approx(len(every_candidate))
    target = candidate_rates([item], probabilities, readings, 1.0)
    offsets = rate_offsets(target, [item], probabilities, readings)
    assert np.allclose(candidate_rates([item], probabilities, readings, offsets), target)
    assert np.all(np.abs(offsets) <= 1.0 + 1e-9), "of the offsets reading the target rate, the smallest is taken"


def test_meme_texts_map_onto_the_ptc_labels():
    from newsgraph.training.techniques import load_memes

    memes = load_memes(shared_data("semeval2021-task6-memes"))
    assert len(memes) == 951 and all(m.id.startswith("meme") for m in memes)
    spans = [(m, t, s, e) for m in memes for t, s, e in m.spans]
    assert {t for _, t, _, _ in spans} <= set(TECHNIQUES)
    assert sum(t == "Loaded_Language" for _, t, _, _ in spans) > 700  # the largest class maps whole
    assert all(0 <= s < e <= len(m.text) for m, _, s, e in spans)


def test_training_reports_a_missing_corpus(tmp_path):
    result = run_cli("train", "techniques", "--data", str(tmp_path), "--out", str(tmp_path / "m.npz"))
    assert result.returncode != 0
    assert b"not found" in result.stderr and b"Traceback" not in result.stderr


def test_training_reports_missing_cluster_texts(tmp_path):
    """The word clusters need the unlabeled news beside the PTC: without it, a one-line error."""
    (tmp_path / "semeval2020-task11-ptc").symlink_to(shared_data("semeval2020-task11-ptc"))
    result = run_cli("train", "techniques", "--data", str(tmp_path), "--out", str(tmp_path / "m.npz"))
    assert result.returncode != 0
    assert b"polnear: no article texts" in result.stderr and b"Traceback" not in result.stderr


def test_validation_split_is_fixed_and_by_article():
    from newsgraph.training.techniques import is_validation, load_ptc, validation_split

    articles = load_ptc(shared_data("semeval2020-task11-ptc"))
    fitting, validation = validation_split(articles)
    assert len(articles) == 371 and len(validation) == 70
    assert not {a.id for a in fitting} & {a.id for a in validation}
    assert all(is_validation(a.id) for a in validation)


def test_training_on_all_labelled_articles_holds_nothing_out_and_says_so(tmp_path):
    """``--all-labelled`` fits on the validation part too: no validation score is printed and the model
    records that nothing was held out (the benchmark then calls its fold-0 figures "seen")."""
    data = shared_data("semeval2020-task11-ptc").parent
    out = tmp_path / "techniques.npz"
    result = run_cli("train", "techniques", "--data", str(data), "--out", str(out), "--limit", "8", "--folds", "2", "--all-labelled")
    assert result.returncode == 0, result.stderr.decode()
    stdout = result.stdout.decode()
    assert "none held out" in stdout and "model SI" not in stdout and "--cross-validate" in stdout
    model = TechniqueModel.load(out)
    assert model.meta["held_out"] == "none" and "all 8 labelled articles" in model.meta["trained_on"]
    assert "all labelled articles" in model.meta["word_clusters"]


def test_cross_validation_folds_partition_the_labelled_articles_and_fold_0_is_the_validation_part():
    from newsgraph.training.techniques import CV_FOLDS, cv_fold_of, is_validation, load_ptc

    articles = load_ptc(shared_data("semeval2020-task11-ptc"))
    folds = [cv_fold_of(a.id) for a in articles]
    assert CV_FOLDS == 5 and set(folds) == set(range(CV_FOLDS))
    assert all((fold == 0) == is_validation(a.id) for a, fold in zip(articles, folds))
    assert min(folds.count(k) for k in range(CV_FOLDS)) >= 60  # 371 articles: no fold is nearly empty


def test_the_benchmark_names_seen_figures_and_another_recipe_for_what_they_are(tmp_path, monkeypatch):
    """The default benchmark run never calls a fold-0 score of an all-labelled model held out, and says so
    when the cross-validation result it reads is of another recipe than the shipped model's."""
    import bench.techniques as bench_techniques

    assert bench_techniques.saw_every_labelled_article({"held_out": "none"})
    assert not bench_techniques.saw_every_labelled_article({"held_out": "validation part: sha256(id) % 5 == 0"})
    assert not bench_techniques.saw_every_labelled_article({})  # models from before the option held fold 0 out
    model = load_model()
    score = {"spans": 1, "si": {"precision": 0.5, "recall": 0.5, "f1": 0.5}, "technique_aware": {"precision": 0.2, "recall": 0.2, "f1": 0.2}}
    fold = {"fold": 0, "articles": 1, "gold_spans": 2, "threshold 0.5": score, "threshold 0.6": score, "baseline": score | {"label": "Loaded_Language"}}
    result = {
        "recipe": "another recipe", "folds": 5, "fold_rule": "sha256", "articles": 1, "gold_spans": 2, "per_fold": [fold],
        "pooled": {"threshold 0.5": score, "threshold 0.6": score, "baseline": score},
        "pooled_per_technique": {t: {"gold": 0, "predicted": 0, "precision": 0.0, "recall": 0.0, "f1": 0.0} for t in TECHNIQUES},
        "seconds": 1, "machine": "here", "measured": "today",
    }
    written = tmp_path / "techniques_cv.json"
    written.write_text(json.dumps(result), encoding="utf-8")
    monkeypatch.setattr(bench_techniques, "CV_RESULT", written)
    assert "another recipe than the shipped model's" in bench_techniques.cross_validation_markdown(model, model.meta)
    same = bench_techniques.cross_validation_markdown(model, {"recipe": "another recipe"})
    assert "the shipped model's recipe" in same and "pooled at 0.5" in same
    monkeypatch.setattr(bench_techniques, "CV_RESULT", tmp_path / "absent.json")
    assert "--cross-validate" in bench_techniques.cross_validation_markdown(model, model.meta)


def test_a_vocabulary_looked_up_by_prefix_gives_the_same_matrix_as_spelled_out_features():
    features = {"w=war": 0, "w=peace": 1, "b-=<s>|war": 2, "caps": 3, "q": 4, "slen=2": 5, "w=": 6}
    table = FeatureTable(3)
    table.add("w=", ["war", "peace", "", "truce"], [0, 1, 3], [0, 1, 2])
    table.add("b-=", ["<s>|war", "war|peace"], [0, 1], [0, 1])
    table.add_flag("caps", np.array([True, False, True]))
    table.add_flag("q", np.array([False, True, False]))
    table.add("", ["slen=2", "slen=9"], [0, 1, 0], [0, 1, 2])
    table.add("w=", ["war", "peace", ""], [2], [1])  # an empty value is the bare prefix "w="
    spelled = table.matrix(dict(features)).toarray()
    by_prefix = table.matrix(Vocabulary(features)).toarray()
    assert (spelled == by_prefix).all()
    assert by_prefix[0].nonzero()[0].tolist() == [0, 2, 3, 5]
    assert by_prefix[1].nonzero()[0].tolist() == [1, 4, 6]
    assert Vocabulary(features).under("w=") == {"war": 0, "peace": 1, "": 6}



def test_pair_columns_score_as_their_spelled_strings():
    """Bigrams are looked up by their words' numbers (PairIndex), never spelled at run time: the matrix
    must be the one the spelled strings give, a word holding the separator included."""
    from newsgraph.extract.techniques import FeatureTable, Vocabulary, index_rows

    vocabulary = Vocabulary({"b-=the|talks": 0, "b-=talks|failed": 1, "b+=the|talks": 2, "b-=a|b|c": 3, "w=talks": 4, "b-=<s>|the": 5})
    words = ["the", "talks", "failed", "a|b", "c", "a", "b|c", "<s>"]
    table = FeatureTable(5)
    table.add("w=", words, [1, 1, 2, 0, 4], [0, 1, 2, 3, 4])
    table.add_pairs("b-=", words, [7, 0, 1, 3, 5], "|", words, [0, 1, 2, 4, 6], [0, 1, 2, 3, 4])
    table.add_pairs("b+=", words, [0, 1], "|", words, [1, 2], [0, 1])
    assert table.lists()[3] == ["w=the", "b-=a|b|c"] and table.lists()[4] == ["w=c", "b-=a|b|c"]
    fast = table.matrix(vocabulary).toarray()
    spelled = index_rows([list(row) for row in table.lists()], vocabulary).toarray()
    assert fast.tolist() == spelled.tolist()
    assert fast[0].tolist() == [0, 0, 1, 0, 1, 1]  # "w=talks", "<s>|the" on the left, "the|talks" on the right
    assert fast[3, 3] == 1 and fast[4, 3] == 1  # "a|b" + "c" and "a" + "b|c" both spell the feature "a|b|c"


# --------------------------------------------------------------------------- snapping kept token runs to phrases

# "Those truly shameless crooks robbed our town. They lied." (written for these tests), parsed by hand.
SNAP_TEXT = "Those truly shameless crooks robbed our town. They lied."
SNAP_WORDS = ["Those", "truly", "shameless", "crooks", "robbed", "our", "town", ".", "They", "lied", "."]
SNAP_HEADS = [3, 2, 3, 4, 4, 6, 4, 4, 9, 9, 9]
SNAP_POS = ["DET", "ADV", "ADJ", "NOUN", "VERB", "PRON", "NOUN", "PUNCT", "PRON", "VERB", "PUNCT"]
SNAP_DEP = ["det", "advmod", "amod", "nsubj", "ROOT", "poss", "dobj", "punct", "nsubj", "ROOT", "punct"]


def _snap_view() -> SnapView:
    starts, at = [], 0
    for word in SNAP_WORDS:
        at = SNAP_TEXT.index(word, at)
        starts.append(at)
        at += len(word)
    starts = np.array(starts)
    return SnapView(
        units=np.arange(len(SNAP_WORDS)),
        sentence=np.array([0] * 8 + [1] * 3),
        starts=starts,
        ends=starts + np.array([len(w) for w in SNAP_WORDS]),
        heads=np.array(SNAP_HEADS),
        pos=np.array([UD_POS.index(p) for p in SNAP_POS]),
        dep=np.array([SNAP_DEPS.index(d) if d in SNAP_DEPS else len(SNAP_DEPS) for d in SNAP_DEP]),
    )


def test_subtrees_start_at_their_leftmost_descendant():
    assert subtree_left(np.array(SNAP_HEADS)).tolist() == [0, 1, 1, 0, 0, 5, 5, 7, 8, 8, 10]


def test_phrases_are_noun_chunks_and_heads_with_their_left_modifiers():
    """chunk: 'Those truly shameless crooks', 'our town'; without determiners or possessors:
    'truly shameless crooks' (none for 'our town'); head_left: 'truly shameless', 'truly shameless crooks',
    and single heads; determiners, pronouns and punctuation head none."""
    view = _snap_view()
    lefts = phrase_lefts(view.heads, view.pos, view.dep)
    assert lefts[:8].tolist() == [[-1, -1, -1], [-1, -1, 1], [-1, -1, 1], [0, 1, 1], [-1, -1, 4], [-1, -1, -1], [5, -1, 6], [-1, -1, -1]]


def test_a_run_s_candidates_are_the_phrases_of_its_sentence_that_overlap_it():
    """A run on 'shameless' meets the two chunks ending on 'crooks' and 'truly shameless' (the phrase
    'truly shameless crooks' once, under its first kind); a run on 'lied' has no phrase but itself,
    and nothing crosses into the other sentence."""
    view = _snap_view()
    run, first, last, kind = snap_pairs(view, np.array([2, 9]), np.array([2, 9]))
    got = {(int(r), SNAP_TEXT[view.starts[a] : view.ends[b]], SNAP_KINDS[k]) for r, a, b, k in zip(run, first, last, kind)}
    assert got == {
        (0, "shameless", "run"),
        (0, "Those truly shameless crooks", "chunk"),
        (0, "truly shameless crooks", "chunk_nodet"),
        (0, "truly shameless", "head_left"),
        (1, "lied", "run"),
    }
    assert len(run) == len(got)


def test_snap_features_read_the_run_s_technique_logits_inside_and_around_each_candidate():
    view = _snap_view()
    k = TECHNIQUES.index("Name_Calling,Labeling")
    logits = np.zeros((len(SNAP_WORDS), len(TECHNIQUES)))
    logits[:, k] = [-1.0, 2.0, 4.0, 3.0, 0.0, 0, 0, 0, 0, 0, 0]
    pair_first, pair_last, pair_kind = np.array([2, 0, 1]), np.array([2, 3, 2]), np.array([0, 1, 3])
    x = snap_features(view, logits, np.array([k]), np.array([0.5]), np.array([2]), np.array([2]), np.zeros(3, dtype=np.int64), pair_first, pair_last, pair_kind)
    assert x.shape == (3, SNAP_FEATURES)
    extra = x[:, SNAP_FEATURES - 17 :]
    mean, best, run_mean, before, after = extra[:, 0], extra[:, 1], extra[:, 2], extra[:, 4], extra[:, 5]
    assert mean.tolist() == [4.0, 2.0, 3.0] and best.tolist() == [4.0, 4.0, 4.0] and run_mean.tolist() == [4.0] * 3
    assert before.tolist() == [2.0, SNAP_NONE, -1.0] and after.tolist() == [3.0, 0.0, 3.0]  # 'Those' opens the sentence
    assert extra[:, 11].tolist() == [0.5] * 3  # the span filter's logit of the run
    assert x[:, : len(SNAP_KINDS)].argmax(axis=1).tolist() == [0, 1, 3]
    assert np.allclose(extra[:, 6], [1.0, len("shameless") / len("Those truly shameless crooks"), len("shameless") / len("truly shameless")])
    assert np.allclose(extra[:, 7], 1.0)  # every candidate holds the whole run


def test_a_run_snaps_to_its_best_allowed_phrase_only_by_the_margin():
    pair_run = np.array([0, 0, 0, 0, 1])
    pair_kind = np.array([0, 1, 2, 3, 0])
    scores = np.array([0.30, 0.20, 0.35, 0.50, 0.10])
    every = np.array([False, True, True, True])
    assert snap_choices(pair_run, pair_kind, scores, 2, every, 0.0).tolist() == [3, 4]
    assert snap_choices(pair_run, pair_kind, scores, 2, every, 0.25).tolist() == [0, 4]  # 0.50 is only 0.20 above the run
    assert snap_choices(pair_run, pair_kind, scores, 2, np.array([False, True, True, False]), 0.0).tolist() == [2, 4]
    assert snap_choices(pair_run, pair_kind, scores, 2, np.array([False, True, False, False]), -0.05).tolist() == [0, 4]  # 0.20 < 0.30 - 0.05
    assert snap_choices(pair_run, pair_kind, scores, 2, every, float("inf")).tolist() == [0, 4]


def test_the_snap_target_is_the_jaccard_with_the_gold_spans_of_the_run_s_technique():
    from newsgraph.training.techniques import gold_jaccard

    gold = [("Loaded_Language", 10, 20), ("Loaded_Language", 25, 30), ("Doubt", 0, 100)]
    got = gold_jaccard(["Loaded_Language", "Loaded_Language", "Doubt", "Loaded_Language"], np.array([15, 40, 40, 10]), np.array([28, 50, 50, 20]), gold)
    # (15, 28): 5 + 3 covered characters over the stretch 10..30; a candidate equal to a gold span scores 1.
    assert np.allclose(got, [8 / 20, 0.0, 10 / 100, 1.0])


def test_doc_features_carry_each_unit_s_head_pos_and_dependency(parse):
    doc = parse(SNAP_TEXT)
    features = doc_features(doc)
    tokens = [doc[i] for i in features.tokens]
    assert [tokens[h].i for h in features.heads.tolist()] == [t.head.i for t in tokens]
    assert [UD_POS[p] if p < len(UD_POS) else "?" for p in features.pos.tolist()] == [t.pos_ if t.pos_ in UD_POS else "?" for t in tokens]
    assert [SNAP_DEPS[d] if d < len(SNAP_DEPS) else "?" for d in features.dep.tolist()] == [t.dep_ if t.dep_ in SNAP_DEPS else "?" for t in tokens]


def test_kept_token_runs_snap_to_phrases_and_sentences_stay(opinion_doc):
    """With no margin every kept run that has an allowed phrase moves to one; with an endless margin the
    model reads exactly as without the snap; whole-sentence spans never move."""
    model = load_model()
    assert model.snap_weights.shape == (SNAP_FEATURES,) and model.snap_allowed.shape == (len(SNAP_KINDS),)
    features = doc_features(opinion_doc, model.lexicon, model.clusters, model.vectors)
    plain = dataclasses.replace(model, snap_weights=None).spans(opinion_doc, features, 0.0)
    assert dataclasses.replace(model, snap_margin=float("inf")).spans(opinion_doc, features, 0.0) == plain
    eager = dataclasses.replace(model, snap_margin=-np.inf, snap_allowed=np.array([False, True, True, True])).spans(opinion_doc, features, 0.0)
    assert eager != plain
    sentence_techniques = {TECHNIQUES[k] for k in np.flatnonzero(model.grains == 1)}
    assert {t for t in eager if t.technique in sentence_techniques} == {t for t in plain if t.technique in sentence_techniques}
    starts, ends = set(features.starts.tolist()), set(features.ends.tolist())
    assert all(t.start in starts and t.end in ends and OPINION[t.start : t.end] == t.text for t in eager)


def test_a_model_without_the_snap_scorer_is_refused(tmp_path):
    path = tmp_path / "techniques.npz"
    dataclasses.replace(load_model(), snap_weights=None).save(path)
    with pytest.raises(TechniqueModelError, match="incomplete technique model"):
        TechniqueModel.load(path)


def test_the_recipe_snaps_only_when_the_calibration_folds_say_it_pays():
    """Six kept runs over three calibration folds, each with one chunk candidate: when the chunks are
    the gold spans the chosen constants snap and the cross-fitted technique-aware F1 rises; when the
    runs are the gold, no snap is chosen."""
    from newsgraph.training.techniques import SnapRuns, fit_snap

    name = "Loaded_Language"
    records = [(f"a{n}", name, 10, 14) for n in range(6)]
    pair_run = np.repeat(np.arange(6), 2)
    pair_kind = np.tile([0, 1], 6)
    pair_start, pair_end = np.tile([10, 4], 6), np.tile([14, 14], 6)
    x = np.column_stack([pair_kind, np.ones(12)]).astype(float)

    def runs(target):
        return SnapRuns(records, np.ones(6, bool), np.array([0, 0, 1, 1, 2, 2]), pair_run, pair_start, pair_end, pair_kind, x, np.tile(target, 6))

    chunks_gold = [(f"a{n}", name, 4, 14) for n in range(6)]
    snap = fit_snap(runs([0.4, 1.0]), [], chunks_gold, folds=3)
    assert np.isfinite(snap.margin) and snap.allowed[1] and snap.technique_aware > snap.technique_aware_before
    runs_gold = [(f"a{n}", name, 10, 14) for n in range(6)]
    snap = fit_snap(runs([1.0, 0.4]), [], runs_gold, folds=3)
    assert snap.margin == float("inf") and snap.technique_aware == snap.technique_aware_before == 1.0


def test_snap_weights_fit_a_fold_whose_pairs_all_miss_the_gold():
    """A small slice can leave a calibration fold whose pairs all score 0 against the gold: the fit gives no
    feature any weight and a bias below one half, instead of failing (an 8-article `train techniques` run did)."""
    from newsgraph.training.techniques import fit_snap_weights

    x = np.column_stack([np.arange(6, dtype=float), np.ones(6)])
    weights, bias = fit_snap_weights(x, np.zeros(6), 1.0)
    assert not weights.any() and bias < 0
    weights, bias = fit_snap_weights(x, np.array([0.0, 0.2, 0.9, 1.0, 0.1, 0.8]), 1.0)
    assert weights.any()

def _nb_arrays():
    """Six hand-built rows: three binary columns (the first marks the positives, the second the
    negatives, the third both alike) and one dense column; two labels."""
    from scipy import sparse

    binary = np.array([[1, 0, 1], [1, 0, 0], [1, 1, 1], [0, 1, 1], [0, 1, 0], [0, 1, 1]], dtype=np.float32)
    dense = np.array([[0.5], [-0.2], [0.1], [-0.4], [0.3], [-0.1]], dtype=np.float32)
    labels = np.array([[1, 0], [1, 0], [1, 1], [0, 1], [0, 0], [0, 1]], dtype=np.int8)
    return sparse.csr_matrix(np.hstack([binary, dense])), labels


def test_naive_bayes_ratios_compare_each_column_s_smoothed_share_in_positive_and_negative_rows():
    from newsgraph.training.techniques import nb_log_ratios

    x, labels = _nb_arrays()
    ratios = nb_log_ratios(x[:, :3], labels, smoothing=1.0)
    # label 0: positives are rows 0-2, counts (3, 1, 2) + 1 = (4, 2, 3) of 9; negatives (0, 3, 2) + 1 = (1, 4, 3) of 8
    assert np.allclose(ratios[:, 0], np.log(np.array([4, 2, 3]) / 9) - np.log(np.array([1, 4, 3]) / 8))
    assert ratios[0, 0] > 0 > ratios[1, 0]


def test_naive_bayes_scales_clip_and_shrink_the_sparse_columns_and_leave_the_dense_ones(monkeypatch):
    import newsgraph.training.techniques as training

    x, labels = _nb_arrays()
    ratios = np.abs(training.nb_log_ratios(x[:, :3], labels))
    monkeypatch.setattr(training, "NB_CLIP", 0.5)
    monkeypatch.setattr(training, "NB_SHRINK", 0.25)
    scales = training.nb_scales(x, labels, sparse_columns=3)
    assert np.allclose(scales[:3], 0.25 + 0.75 * np.minimum(ratios, 0.5))
    assert np.all(scales[3] == 1.0)


def test_naive_bayes_scaling_folds_back_into_the_stored_weights_exactly():
    """Each technique is fitted on its scaled columns; the stored weights times the raw features give
    the fitted model's decision function on the scaled features, for both models."""
    from scipy import sparse
    from sklearn.linear_model import LogisticRegression, SGDClassifier

    import newsgraph.training.techniques as training

    x, labels = _nb_arrays()
    scales = training.nb_scales(x, labels, sparse_columns=3)
    assert not np.allclose(scales[:3], 1.0)
    sentence = training.fit_sentence_model(x, labels, scales=scales)
    token = training.fit_token_model(x, labels, scales=scales)
    for k in range(labels.shape[1]):
        scaled = (x @ sparse.diags(scales[:, k].astype(np.float32))).tocsr()
        by_hand = LogisticRegression(C=training.SENTENCE_C, solver="liblinear", class_weight="balanced").fit(scaled, labels[:, k])
        stored_sentence = np.asarray(x @ sentence.weights[:, k]).ravel() + sentence.bias[k]
        assert np.allclose(stored_sentence, by_hand.decision_function(scaled), atol=1e-5)
        by_hand = SGDClassifier(
            loss="log_loss", penalty="l2", alpha=training.ALPHA, max_iter=training.EPOCHS, tol=None, average=True,
            class_weight={0: 1.0, 1: training.POSITIVE_WEIGHT}, random_state=training.SEED,
        ).fit(scaled, labels[:, k])
        stored = np.asarray(x @ token.weights[:, k]).ravel() + token.bias[k]
        assert np.allclose(stored, by_hand.decision_function(scaled), atol=1e-4)
        # and the scaling matters: unscaled, the same fit reads the rows otherwise
        plain = LogisticRegression(C=training.SENTENCE_C, solver="liblinear", class_weight="balanced").fit(x, labels[:, k])
        assert not np.allclose(stored_sentence, plain.decision_function(x), atol=1e-3)
