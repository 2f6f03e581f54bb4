"""The real-news main-event gold (bench/real_events/README.md): well formed, offsets and codes only, the splits
disjoint; with the shared corpora present, every trigger offset lies on words of its article."""

from __future__ import annotations

import re

import pytest

from bench.common import DATA
from bench.real_events import COLLECTIONS, SPLITS, article_text, collection_of, corpus_of, gold_files
from newsgraph.types import PLOVER_TYPES

CODE = re.compile(r"^[A-Z]{3}$")


@pytest.mark.parametrize(("split", "articles"), [("dev", 88), ("heldout", 101)])
def test_each_split_has_its_articles_each_with_events(split, articles):
    golds = gold_files(split)
    assert len(golds) == articles
    assert all(gold["events"] for gold in golds)


def test_the_splits_share_no_article():
    assert not {g["file"] for g in gold_files("dev")} & {g["file"] for g in gold_files("heldout")}


@pytest.mark.parametrize("split", SPLITS)
def test_the_gold_holds_offsets_and_codes_only(split):
    for gold in gold_files(split):
        assert set(gold) == {"file", "annotator", "events"}
        assert collection_of(gold["file"]) is not None and gold["file"].endswith(".txt") and ".." not in gold["file"]
        for event in gold["events"]:
            assert set(event) == {"type", "start", "end", "actor_country", "target_country"}
            assert event["type"] in PLOVER_TYPES
            assert isinstance(event["start"], int) and 0 <= event["start"] < event["end"]
            for key in ("actor_country", "target_country"):
                assert event[key] is None or CODE.match(event[key]), event


@pytest.mark.parametrize("split", SPLITS)
def test_every_trigger_lies_on_words_of_its_article(split):
    present = [g for g in gold_files(split) if (DATA / corpus_of(g["file"])).exists()]
    if not present:
        pytest.skip("the shared corpora of the real-news gold are absent")
    for gold in present:
        text = article_text(gold["file"])
        for event in gold["events"]:
            trigger = text[event["start"]:event["end"]]
            assert event["end"] <= len(text) and trigger.strip() == trigger and re.search(r"\w", trigger), (gold["file"], trigger)


def test_each_split_draws_on_every_collection():
    for split in SPLITS:
        assert {collection_of(g["file"]) for g in gold_files(split)} == set(COLLECTIONS)
