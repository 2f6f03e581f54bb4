"""The JSON Schema of the ``newsgraph/1`` analysis object, shipped with the package."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def analysis_schema() -> dict:
    return json.loads(resources.files(__package__).joinpath("analysis.schema.json").read_text("utf-8"))


def validate_analysis(obj: dict) -> None:
    """Raise ``jsonschema.ValidationError`` when ``obj`` breaks the contract (needs the ``jsonschema`` package)."""
    import jsonschema

    jsonschema.validate(obj, analysis_schema(), format_checker=jsonschema.FormatChecker())
