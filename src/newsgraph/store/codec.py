"""Records to storable values and back, so the corpus returns the very ``types`` records ``analyze`` made.

``from_plain(Quote, quote.to_dict()) == quote`` for every record type: the store keeps queryable
fields in columns and the nested remainder as JSON, and rebuilds records with ``from_plain``.
"""

from __future__ import annotations

import dataclasses
import json
import types
import zlib
from collections.abc import Callable
from functools import lru_cache
from typing import Any, Union, get_args, get_origin, get_type_hints


@lru_cache(maxsize=None)
def _hints(cls: type) -> dict[str, Any]:
    return get_type_hints(cls)


def from_plain(annotation: Any, value: Any) -> Any:
    """Rebuild a value of type ``annotation`` (a record class, ``X | None``, ``tuple[X, ...]``...) from plain JSON data."""
    return _converter(annotation)(value)


def _same(value: Any) -> Any:
    return value


@lru_cache(maxsize=None)
def _converter(annotation: Any) -> Callable[[Any], Any]:
    """The function rebuilding values of ``annotation``, worked out once per type: listing thousands of
    records then costs a few calls per field rather than a walk through the type hints each time."""
    if isinstance(annotation, type) and dataclasses.is_dataclass(annotation):
        hints = _hints(annotation)
        plan = tuple((f.name, _converter(hints[f.name])) for f in dataclasses.fields(annotation))

        def record(value: Any) -> Any:
            if value is None:
                return None
            return annotation(**{name: convert(value[name]) for name, convert in plan if name in value})

        return record
    origin = get_origin(annotation)
    if origin in (Union, types.UnionType):
        options = [a for a in get_args(annotation) if a is not type(None)]
        return _converter(options[0]) if len(options) == 1 else _same
    if origin is tuple:
        args = get_args(annotation)
        if len(args) == 2 and args[1] is Ellipsis:
            item = _converter(args[0])
            return lambda value: None if value is None else tuple(item(v) for v in value)
        items = tuple(_converter(a) for a in args)
        return lambda value: None if value is None else tuple(convert(v) for convert, v in zip(items, value))
    if annotation is float:
        return lambda value: float(value) if isinstance(value, int) else value
    return _same


def dumps(value: Any) -> str:
    """Compact JSON, Unicode kept as is (smaller than \\u escapes for non-Latin text)."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def loads(text: str | None) -> Any:
    return None if text is None else json.loads(text)


def compress(raw: str | None) -> bytes | None:
    """The original input (HTML, a feed entry) compressed: HTML shrinks 5 to 10 times."""
    if raw is None:
        return None
    return zlib.compress(raw.encode("utf-8", "surrogatepass"), 6)


def decompress(blob: bytes | None) -> str | None:
    if blob is None:
        return None
    return zlib.decompress(blob).decode("utf-8", "surrogatepass")



def elide(value: Any, text: str) -> Any:
    """Plain record data with every ``{"start", "end", "text"}`` whose text is ``text[start:end]`` given
    ``"text": None``: the article holds it already. ``restore`` undoes it exactly."""
    if isinstance(value, dict):
        out = {k: elide(v, text) for k, v in value.items()}
        if _is_span(value) and isinstance(value["text"], str) and text[value["start"] : value["end"]] == value["text"]:
            out["text"] = None
        return out
    if isinstance(value, list):
        return [elide(v, text) for v in value]
    return value


def restore(value: Any, text: str) -> Any:
    """Fill back the texts ``elide`` left out."""
    if isinstance(value, dict):
        out = {k: restore(v, text) for k, v in value.items()}
        if _is_span(value) and value["text"] is None:
            out["text"] = text[value["start"] : value["end"]]
        return out
    if isinstance(value, list):
        return [restore(v, text) for v in value]
    return value


def _is_span(value: dict) -> bool:
    return "text" in value and isinstance(value.get("start"), int) and isinstance(value.get("end"), int)


def elide_text(stored: str, start: int, end: int, text: str) -> str | None:
    """None when ``stored`` is the article's ``text[start:end]`` (the usual case), else ``stored``."""
    return None if text[start:end] == stored else stored
