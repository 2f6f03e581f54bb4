"""Records to storable values and back, so the corpus returns the very ``types`` records ``analyze`` made.

``from_plain(Quote, quote.to_dict()) == quote`` for every record type: the store keeps queryable
fields in columns and the nested remainder as JSON, and rebuilds records with ``from_plain``.
"""

from __future__ import annotations

import dataclasses
import json
import types
import zlib
from functools import lru_cache
from typing import Any, Literal, Union, get_args, get_origin, get_type_hints


@lru_cache(maxsize=None)
def _hints(cls: type) -> dict[str, Any]:
    return get_type_hints(cls)


def from_plain(annotation: Any, value: Any) -> Any:
    """Rebuild a value of type ``annotation`` (a record class, ``X | None``, ``tuple[X, ...]``...) from plain JSON data."""
    if value is None:
        return None
    if isinstance(annotation, type) and dataclasses.is_dataclass(annotation):
        hints = _hints(annotation)
        kwargs = {f.name: from_plain(hints[f.name], value[f.name]) for f in dataclasses.fields(annotation) if f.name in value}
        return annotation(**kwargs)
    origin = get_origin(annotation)
    if origin in (Union, types.UnionType):
        options = [a for a in get_args(annotation) if a is not type(None)]
        if len(options) == 1:
            return from_plain(options[0], value)
        return value
    if origin is tuple:
        args = get_args(annotation)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(from_plain(args[0], v) for v in value)
        return tuple(from_plain(a, v) for a, v in zip(args, value))
    if origin in (list, dict) or origin is Literal or annotation is Any:
        return value
    if annotation is float and isinstance(value, int):
        return float(value)
    return value


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
