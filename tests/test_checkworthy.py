"""The check-worthiness model: the shipped artefact, its file format, its training command."""

from __future__ import annotations

import gzip
import json
import math

import pytest

from newsgraph.extract.checkworthy import (
    FEATURE_VERSION,
    MAX_TOKENS,
    MODEL_FORMAT,
    CheckworthyModel,
    ModelError,
    claim_features,
    shipped_model,
    shipped_model_path,
)

from .conftest import run_cli, shared_data


def test_the_shipped_model_is_small_and_loads():
    path = shipped_model_path()
    assert path.exists(), "the package ships checkworthy.json.gz"
    assert path.stat().st_size < 5 * 1024 * 1024
    model = shipped_model()
    assert len(model.idf) > 1000
    assert model.metadata["feature_version"] == FEATURE_VERSION
    assert "ClaimBuster" in model.metadata["data"]


def test_scores_order_factual_claims_above_small_talk(parse):
    model = shipped_model()
    factual, chatter = (parse(t) for t in ("The deficit grew by $1.2 trillion in 2020, the largest rise on record.", "Thank you all so much for being here tonight."))
    high, low = model.score_spans([factual, chatter])
    assert 0.0 <= low < 0.5 < high <= 1.0


def test_features_fold_numbers_and_are_capped(parse):
    features = claim_features(parse("Unemployment fell to 4.2% in 2025."))
    assert "<num>" in features and "4.2" not in features
    assert "%" in features
    assert "ent=PERCENT" in features and "pos=CD" in features
    long = claim_features(parse("word " * (MAX_TOKENS * 3)))
    assert sum(1 for f in long if f.startswith("pos=")) == MAX_TOKENS


def test_scoring_matches_tfidf_and_logistic_regression_by_hand():
    model = CheckworthyModel({"a": (1.5, 2.0), "b": (2.0, -1.0)}, intercept=-0.5)
    tf_a, tf_b = (1 + math.log(2)) * 1.5, 1.0 * 2.0
    norm = math.hypot(tf_a, tf_b)
    expected = 1 / (1 + math.exp(-(-0.5 + (tf_a * 2.0 - tf_b * 1.0) / norm)))
    assert model.score_features(["a", "a", "b", "unknown"]) == pytest.approx(expected)
    assert model.score_features([]) == pytest.approx(1 / (1 + math.exp(0.5)))


def test_save_is_deterministic_and_round_trips(tmp_path):
    model = CheckworthyModel({"x": (1.25, 0.5), "y z": (3.0, -2.0)}, 0.1, metadata={"seed": 13})
    first, second = tmp_path / "a.json.gz", tmp_path / "b.json.gz"
    model.save(first)
    model.save(second)
    assert first.read_bytes() == second.read_bytes()
    loaded = CheckworthyModel.load(first)
    assert loaded.to_json() == model.to_json()


def test_bad_model_files_are_clear_errors(tmp_path):
    with pytest.raises(ModelError, match="not found"):
        CheckworthyModel.load(tmp_path / "missing.json.gz")
    garbage = tmp_path / "garbage.json.gz"
    garbage.write_bytes(b"not gzip at all")
    with pytest.raises(ModelError, match="unreadable"):
        CheckworthyModel.load(garbage)
    other = tmp_path / "other.json.gz"
    with gzip.open(other, "wt", encoding="utf-8") as handle:
        json.dump({"format": MODEL_FORMAT, "feature_version": FEATURE_VERSION + 1, "features": {}, "intercept": 0}, handle)
    with pytest.raises(ModelError, match="retrain"):
        CheckworthyModel.load(other)


def test_held_out_quality_of_the_shipped_model():
    from newsgraph.training.checkworthy import binary_scores, featurize, load_claimbuster

    _, test = load_claimbuster(shared_data("claimbuster-checkworthy"))
    model = shipped_model()
    scores = [model.score_features(f) for f in featurize([text for text, _ in test])]
    result = binary_scores([label for _, label in test], [int(s >= 0.5) for s in scores], scores)
    assert result.f1 > 0.7 and result.average_precision > 0.85


def test_training_command_is_reproducible(tmp_path):
    data = shared_data("claimbuster-checkworthy").parent
    outputs = []
    for name in ("one", "two"):
        out = tmp_path / f"{name}.json.gz"
        result = run_cli("train", "checkworthy", "--data", str(data), "--out", str(out), "--limit", "300", "--folds", "3")
        assert result.returncode == 0, result.stderr.decode()
        assert "held-out" in result.stdout.decode()
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]
    model = CheckworthyModel.load(tmp_path / "one.json.gz")
    assert model.metadata["train_size"] == 300 and model.metadata["seed"] == 13


def test_training_command_reports_bad_arguments_in_one_line(tmp_path):
    result = run_cli("train", "checkworthy", "--data", str(tmp_path), "--out", str(tmp_path / "m.json.gz"))
    assert result.returncode != 0
    error = result.stderr.decode().strip()
    assert error.startswith("newsgraph: error:") and len(error.splitlines()) == 1
    assert "train.json" in error
    result = run_cli("train", "checkworthy", "--folds", "1")
    assert result.returncode == 2
    assert "--folds" in result.stderr.decode()


def test_token_table_borrowing_the_coreference_lists_reads_the_same():
    """The claim extractor's table shares the entity extractor's decoded lists: same values, same features."""
    from newsgraph import nlp
    from newsgraph.extract.checkworthy import TokenTable
    from newsgraph.extract.coref import Tokens

    doc = nlp.parse("Lithuania's defence chief said 3,000 troops arrived on 12 March.\n\nThe U.N. said nothing.")
    own, shared = TokenTable(doc), TokenTable(doc, Tokens(doc))
    for name in ("idx", "lower", "pos", "tag", "head", "ent_begins", "ent_type", "is_punct", "is_space", "word", "sentence_starts", "tag_feature"):
        assert getattr(own, name) == getattr(shared, name), name
    assert own.features(0, len(doc)) == shared.features(0, len(doc))
