"""Analyst-supplied alias / watchlist files: names pinned to one corpus entity.

Automatic resolution is conservative (it never merges "Zelensky" with "Zelenskyy", nor a bare
"Johnson" when two Johnsons are known); an alias file says what the analyst knows. Three shapes
are accepted, YAML or CSV:

```yaml
- name: Vladimir Putin          # a list of entries
  type: PERSON                  # optional: pins only entities of this type
  aliases: [Putin, Vladimir V. Putin, President Putin]
Volodymyr Zelensky: [Zelenskyy, Zelenskiy]   # or a mapping name -> aliases
```

```csv
name,alias,type
Vladimir Putin,Putin,PERSON
Vladimir Putin,Vladimir V. Putin,PERSON
```

(a column ``aliases`` holding several aliases separated by ``|`` or ``;`` works too). An alias listed
under two names is an error: the file would pin one name to two actors.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

import yaml

from ..errors import InputError
from .names import fold

ENTITY_TYPES = ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW", "LANGUAGE")


@dataclass(frozen=True, slots=True)
class AliasGroup:
    """One actor of an alias file: its name, optional type, and every name that means it."""

    name: str
    type: str | None
    aliases: tuple[str, ...]  # the name itself first


def _clean(value: object, where: str) -> str:
    if not isinstance(value, (str, int, float)) or isinstance(value, bool):
        raise InputError(f"{where}: expected a name, got {type(value).__name__}")
    text = " ".join(str(value).split())
    if not text:
        raise InputError(f"{where}: empty name")
    return text


def _type(value: object, where: str) -> str | None:
    if value in (None, ""):
        return None
    text = _clean(value, where).upper()
    if text not in ENTITY_TYPES:
        raise InputError(f"{where}: unknown entity type {value!r} (one of {', '.join(ENTITY_TYPES)})")
    return text


def _split_aliases(value: object, where: str) -> list[str]:
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        return [_clean(v, where) for v in value]
    text = _clean(value, where)
    for separator in ("|", ";"):
        if separator in text:
            return [part.strip() for part in text.split(separator) if part.strip()]
    return [text]


def _from_yaml(data: object, path: str) -> list[tuple[str, str | None, list[str], str]]:
    entries: list[tuple[str, str | None, list[str], str]] = []
    if isinstance(data, dict):
        for index, (name, value) in enumerate(data.items(), 1):
            where = f"{path}: entry {index} ({name!r})"
            if isinstance(value, dict):
                entries.append((_clean(name, where), _type(value.get("type"), where), _split_aliases(value.get("aliases"), where), where))
            else:
                entries.append((_clean(name, where), None, _split_aliases(value, where), where))
    elif isinstance(data, list):
        for index, item in enumerate(data, 1):
            where = f"{path}: entry {index}"
            if not isinstance(item, dict) or "name" not in item:
                raise InputError(f"{where}: expected a mapping with a 'name' (and 'aliases', 'type')")
            unknown = set(item) - {"name", "type", "aliases"}
            if unknown:
                raise InputError(f"{where}: unknown key(s) {', '.join(sorted(map(str, unknown)))} (expected name, type, aliases)")
            entries.append((_clean(item["name"], where), _type(item.get("type"), where), _split_aliases(item.get("aliases"), where), where))
    elif data is None:
        raise InputError(f"{path}: the alias file is empty")
    else:
        raise InputError(f"{path}: expected a list of entries or a mapping of names to aliases")
    return entries


def _from_csv(text: str, path: str, delimiter: str) -> list[tuple[str, str | None, list[str], str]]:
    reader = csv.DictReader(io.StringIO(text), delimiter=delimiter)
    if not reader.fieldnames:
        raise InputError(f"{path}: the alias file is empty")
    columns = {c.strip().lower(): c for c in reader.fieldnames if c}
    if "name" not in columns or not ({"alias", "aliases"} & columns.keys()):
        raise InputError(f"{path}: a CSV alias file needs a header with 'name' and 'alias' (or 'aliases') columns")
    alias_column = columns.get("alias") or columns["aliases"]
    entries = []
    for row in reader:
        where = f"{path}: line {reader.line_num}"
        if not any((v or "").strip() for v in row.values() if isinstance(v, str)):
            continue
        entries.append((
            _clean(row.get(columns["name"]) or "", where),
            _type(row.get(columns["type"]) if "type" in columns else None, where),
            _split_aliases(row.get(alias_column) or None, where),
            where,
        ))
    return entries


def parse_alias_text(text: str, path: str, fmt: str) -> list[AliasGroup]:
    """Alias groups from the text of a file in ``fmt`` ("yaml", "csv" or "tsv")."""
    if fmt in ("csv", "tsv"):
        entries = _from_csv(text, path, "\t" if fmt == "tsv" else ",")
    else:
        try:
            data = yaml.safe_load(text)
        except yaml.YAMLError as error:
            mark = getattr(error, "problem_mark", None)
            line = f" at line {mark.line + 1}" if mark is not None else ""
            raise InputError(f"{path}: not valid YAML{line}") from None
        entries = _from_yaml(data, path)

    # Rows naming the same actor (CSV: one row per alias) are one group.
    groups: dict[str, dict] = {}
    owner: dict[str, tuple[str, str]] = {}
    for name, entity_type, aliases, where in entries:
        group = groups.setdefault(fold(name), {"name": name, "type": entity_type, "aliases": [name]})
        if entity_type and group["type"] and entity_type != group["type"]:
            raise InputError(f"{where}: {name!r} is given two types ({group['type']} and {entity_type})")
        group["type"] = group["type"] or entity_type
        for alias in aliases:
            if fold(alias) not in {fold(a) for a in group["aliases"]}:
                group["aliases"].append(alias)
    for key, group in groups.items():
        for alias in group["aliases"]:
            previous = owner.get(fold(alias))
            if previous and previous[0] != key:
                raise InputError(f"{path}: alias {alias!r} is listed under both {previous[1]!r} and {group['name']!r}")
            owner[fold(alias)] = (key, group["name"])
    if not groups:
        raise InputError(f"{path}: the alias file lists no names")
    return [AliasGroup(g["name"], g["type"], tuple(g["aliases"])) for g in groups.values()]


def load_alias_file(path: str | Path) -> list[AliasGroup]:
    """Read an alias file (``.csv``, else YAML) into groups; every problem is a one-line InputError."""
    p = Path(path)
    if not p.exists():
        raise InputError(f"{path}: no such alias file")
    if p.is_dir():
        raise InputError(f"{path}: is a directory, not an alias file")
    try:
        text = p.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(f"{path}: the alias file is not UTF-8 text") from None
    except OSError as error:
        raise InputError(f"{path}: cannot read the alias file ({error.strerror or error})") from None
    fmt = {".csv": "csv", ".tsv": "tsv"}.get(p.suffix.lower(), "yaml")
    return parse_alias_text(text, str(path), fmt)
