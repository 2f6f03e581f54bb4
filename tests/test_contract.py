"""The newsgraph/1 contract: schema-valid JSON, offsets that point at the exact text, text never altered."""

from __future__ import annotations

import json

import pytest

import newsgraph
from newsgraph.schema import validate_analysis

from .conftest import SAMPLES, run_cli

ARTICLE = (
    "MINSK — Russia and Belarus will hold joint exercises next month, officials said on Friday.\r\n\r\n"
    "\u201cWe will not retreat one step,\u201d the Russian President said. \u201cOur union is stronger than ever.\u201d\r\n\r\n"
    "Vladimir Putin added that Minsk would host around 30,000 troops. Critics called the drills a \u201cshow of force\u201d.\r\n"
)


def _spans(obj):
    """Every (start, end, text) triple anywhere in the analysis."""
    if isinstance(obj, dict):
        if {"start", "end", "text"} <= obj.keys() and isinstance(obj["start"], int):
            yield obj["start"], obj["end"], obj["text"]
        for value in obj.values():
            yield from _spans(value)
    elif isinstance(obj, list):
        for value in obj:
            yield from _spans(value)


def test_analysis_validates_against_the_shipped_schema():
    result = newsgraph.analyze(ARTICLE, published="2022-12-16").to_dict()
    validate_analysis(result)
    assert result["schema"] == "newsgraph/1"
    assert result["document"]["text"] == ARTICLE  # never altered, \r\n included


def test_every_span_points_at_its_exact_text():
    result = newsgraph.analyze(ARTICLE, published="2022-12-16").to_dict()
    text = result["document"]["text"]
    spans = [s for s in _spans({k: v for k, v in result.items() if k != "document"})]
    assert spans, "the article has entities at least"
    for start, end, snippet in spans:
        assert 0 <= start <= end <= len(text)
        assert text[start:end] == snippet


def test_document_id_is_a_stable_hash_of_the_text():
    a = newsgraph.analyze(ARTICLE).document.id
    b = newsgraph.analyze(ARTICLE, published="2020-01-01", title="t").document.id
    assert a == b and len(a) == 16
    assert newsgraph.analyze(ARTICLE + " ").document.id != a


def test_empty_text_is_refused():
    with pytest.raises(newsgraph.errors.EmptyText):
        newsgraph.analyze("  \n ")


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_cli_json_output_validates(tmp_path, fmt):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8", newline="")
    result = run_cli("analyze", str(path), "--format", fmt, "--published", "2022-12-16")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.decode().strip().splitlines() if fmt == "jsonl" else [result.stdout.decode()]
    for line in lines:
        obj = json.loads(line)
        validate_analysis(obj)
        assert obj["document"]["source"] == str(path)
        assert obj["document"]["published"] == "2022-12-16"


def test_samples_all_validate():
    paths = sorted(SAMPLES.glob("*.txt"))
    if not paths:
        pytest.skip("no samples yet")
    result = run_cli("analyze", *map(str, paths), "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    objs = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [o["document"]["source"] for o in objs] == [str(p) for p in paths]  # input order
    for obj in objs:
        validate_analysis(obj)
