"""The attribution scorer (``newsgraph.eval.attribution``) on hand-made gold, and on PolNeAR when present."""

from __future__ import annotations

import json

import pytest

from newsgraph.errors import InputError
from newsgraph.eval.attribution import (
    GoldArticle,
    GoldAttribution,
    PredictedQuote,
    content_words,
    match,
    parse_ann,
    read_named_quotes,
    read_split,
    score,
    score_article,
    speaker_right,
)
from newsgraph.extract.entities import extract_entities
from newsgraph.extract.quotes import extract_quotes

from .conftest import shared_data

#            0         1         2         3         4         5         6         7
#            0123456789012345678901234567890123456789012345678901234567890123456789012345678
TEXT = "Mr. Reyes said the budget was dead. “It is over,” he said, “for now.” Mrs. Porter agreed."

ANN = (
    "T1\tSource 0 9\tMr. Reyes\n"
    "T2\tCue 10 14\tsaid\n"
    "T3\tContent 15 34\tthe budget was dead\n"
    "T4\tAttribution 10 14\tsaid\n"
    "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
    "T5\tContent 36 49;59 69\t“It is over,” “for now.”\n"
    "T6\tSource 50 52\the\n"
    "T7\tCue 53 57\tsaid\n"
    "T8\tAttribution 53 57\tsaid\n"
    "E2\tAttribution:T8 Content:T5 Cue:T7 Source:T6\n"
    "T9\tContent 82 88\tagreed\n"
    "T10\tCue 82 88\tagreed\n"
    "T11\tAttribution-no-source 82 88\tagreed\n"
    "E3\tAttribution-no-source:T11 Content:T9 Cue:T10\n"
    "T12\tDiscard 0 3\tMr.\n"
)


def gold(start: int, end: int, sources=((0, 5),)) -> GoldAttribution:
    return GoldAttribution(start=start, end=end, pieces=((start, end),), sources=tuple(sources))


# --------------------------------------------------------------------------- reading BRAT


def test_parse_ann_reads_relations_and_merges_discontinuous_content_to_its_hull():
    golds = parse_ann(ANN)
    assert [(g.start, g.end) for g in golds] == [(15, 34), (36, 69), (82, 88)]
    assert golds[1].pieces == ((36, 49), (59, 69))
    assert [TEXT[s:e] for s, e in golds[1].sources] == ["he"]
    assert golds[2].relation == "Attribution-no-source" and not golds[2].has_source
    assert TEXT[golds[0].start:golds[0].end] == "the budget was dead"


def test_parse_ann_skips_text_that_continues_over_lines_and_refuses_garbage():
    continued = "T1\tContent 0 10\tfirst line\nsecond line of the same text field\nT2\tCue 11 15\tsaid\nE1\tAttribution:T2 Content:T1 Cue:T2\n"
    assert [(g.start, g.end) for g in parse_ann(continued)] == [(0, 10)]
    with pytest.raises(InputError):
        parse_ann("T1\tContent ten twenty\tbroken\n")


def test_read_split_takes_the_first_annotation_of_each_article(tmp_path):
    (tmp_path / "dev" / "text").mkdir(parents=True)
    (tmp_path / "dev" / "attributions").mkdir()
    (tmp_path / "dev" / "text" / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "dev" / "attributions" / "a_bbbb.ann").write_text("", encoding="utf-8")
    (tmp_path / "dev" / "attributions" / "a_aaaa.ann").write_text(ANN, encoding="utf-8")
    [article] = read_split(tmp_path, "dev")
    assert article.annotator == "aaaa" and len(article.attributions) == 3
    with pytest.raises(InputError):
        read_split(tmp_path, "test")


# --------------------------------------------------------------------------- matching


def test_a_match_needs_half_of_each():
    g = gold(100, 200)
    assert match([g], [PredictedQuote(150, 250)]) == [(0, 0)]  # 50 of 100 and 50 of 100
    assert match([g], [PredictedQuote(151, 250)]) == []  # 49 of the gold
    assert match([g], [PredictedQuote(100, 301)]) == []  # all the gold, but under half of the prediction
    assert match([g], [PredictedQuote(151, 250)], min_cover=0.3) == [(0, 0)]


def test_matching_against_the_hull_of_a_discontinuous_gold():
    [_, interrupted, _] = parse_ann(ANN)
    whole = PredictedQuote(36, 69)
    first_part_only = PredictedQuote(36, 49)  # 13 of a 33-character hull
    assert match([interrupted], [whole]) == [(0, 0)]
    assert match([interrupted], [first_part_only]) == []


def test_matching_is_one_to_one_best_first():
    golds = [gold(0, 100)]
    preds = [PredictedQuote(0, 60), PredictedQuote(0, 100)]
    assert match(golds, preds) == [(0, 1)]
    two_golds = [gold(0, 100), gold(100, 200)]
    assert match(two_golds, [PredictedQuote(0, 100)]) == [(0, 0)]


# --------------------------------------------------------------------------- the speaker rule


def test_speaker_right_by_mention_overlap_or_shared_content_word():
    text = "Mr. Reyes said it. Tom Reyes agreed. Mr. Porter left."
    g = GoldAttribution(0, 5, ((0, 5),), sources=((0, 9),))  # "Mr. Reyes"
    assert speaker_right(g, PredictedQuote(0, 5, 4, 9, "Reyes"), text)  # overlaps
    assert speaker_right(g, PredictedQuote(0, 5, 19, 28, "Tom Reyes"), text)  # elsewhere, same surname
    assert not speaker_right(g, PredictedQuote(0, 5, 37, 47, "Mr. Porter"), text)  # "Mr." is no evidence
    assert not speaker_right(g, PredictedQuote(0, 5), text)  # no speaker predicted
    no_source = GoldAttribution(0, 5, ((0, 5),))
    assert speaker_right(no_source, PredictedQuote(0, 5), text)
    assert content_words("Mr. Obama's campaign") == {"obama", "campaign"}


def test_named_gold_compares_names():
    g = GoldAttribution(0, 5, ((0, 5),), speaker_name="Jane Porter")
    assert speaker_right(g, PredictedQuote(0, 5, 40, 43, "Jane Porter"), "x" * 50)
    assert not speaker_right(g, PredictedQuote(0, 5, 40, 43, "she"), "x" * 50)


def test_scores_add_up():
    article = GoldArticle("t", TEXT, parse_ann(ANN))
    preds = [
        PredictedQuote(15, 34, 0, 9, "Reyes"),  # right content, right speaker
        PredictedQuote(36, 69, 70, 81, "Mrs. Porter"),  # right content, wrong speaker
        PredictedQuote(70, 81),  # no gold here
    ]
    s = score_article(article, preds)
    assert (s.gold, s.predicted, s.matched, s.speaker_right) == (3, 3, 2, 1)
    assert s.precision == pytest.approx(2 / 3) and s.recall == pytest.approx(2 / 3)
    assert s.speaker_accuracy == pytest.approx(0.5)
    assert s.end_to_end_f1 == pytest.approx(1 / 3)
    total = score([(article, preds), (article, [])])
    assert (total.gold, total.predicted, total.matched, total.articles) == (6, 3, 2, 2)
    assert [right for _, _, right in total.pairs] == [True, False]


def test_read_named_quotes(tmp_path):
    (tmp_path / "gold").mkdir()
    (tmp_path / "a.txt").write_text("He said it. He said it.", encoding="utf-8")
    (tmp_path / "gold" / "a.json").write_text(json.dumps({"quotes": [{"text": "said it", "speaker": "Tom Reyes", "occurrence": 1}]}), encoding="utf-8")
    [article] = read_named_quotes(tmp_path)
    [g] = article.attributions
    assert (g.start, g.end, g.speaker_name) == (15, 22, "Tom Reyes")


# --------------------------------------------------------------------------- the real corpus


def test_scorer_on_a_few_polnear_dev_articles(parse):
    root = shared_data("polnear")
    articles = read_split(root, "dev", limit=4)
    assert len(articles) == 4 and all(a.attributions for a in articles)
    for article in articles:
        for g in article.attributions:
            assert 0 <= g.start < g.end <= len(article.text)
    pairs = []
    for article in articles:
        doc = parse(article.text)
        quotes = extract_quotes(doc, extract_entities(doc))
        pairs.append((article, [PredictedQuote.from_quote(q) for q in quotes]))
    s = score(pairs)
    assert s.gold == sum(len(a.attributions) for a in articles)
    assert 0 < s.matched <= min(s.gold, s.predicted)
    assert 0.3 < s.f1 <= 1.0 and 0.5 < s.speaker_accuracy <= 1.0
    perfect = score((a, [PredictedQuote(g.start, g.end, *(g.sources[0] if g.sources else (None, None)), None) for g in a.attributions]) for a in articles)
    assert perfect.f1 > 0.99 and perfect.speaker_accuracy == 1.0
