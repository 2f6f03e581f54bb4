"""Writers for ``newsgraph export``: JSON Lines, CSV and Parquet, one table at a time, streamed.

Each table has a fixed list of columns with types, so CSV headers and Parquet schemas do not depend
on which rows happen to come first. Nested values (a quote's parts, a claim's source) stay nested in
JSON Lines and are JSON text in CSV and Parquet.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from ..errors import InputError, StoreError

FORMATS = ("jsonl", "csv", "parquet")
EXTENSIONS = {"jsonl": ".jsonl", "csv": ".csv", "parquet": ".parquet"}
PARQUET_BATCH = 5000

# table -> [(column, type)], type one of int, float, str, bool, json
COLUMNS: dict[str, list[tuple[str, str]]] = {
    "articles": [
        ("id", "int"), ("source", "str"), ("title", "str"), ("published", "str"), ("url", "str"), ("outlet", "str"),
        ("author", "str"), ("raw_format", "str"), ("duplicate_of", "int"), ("similarity", "float"),
        ("pipeline_version", "str"), ("ingested_at", "str"), ("analyzed_at", "str"), ("text", "str"),
    ],
    "entities": [
        ("id", "int"), ("name", "str"), ("type", "str"), ("aliases", "json"), ("articles", "int"), ("outlets", "int"),
        ("mentions", "int"), ("quotes", "int"), ("about", "int"), ("pinned", "bool"),
    ],
    "aliases": [("entity_id", "int"), ("kind", "str"), ("name", "str"), ("articles", "int")],
    "quotes": [
        ("id", "int"), ("article", "int"), ("text", "str"), ("start", "int"), ("end", "int"), ("kind", "str"),
        ("speaker", "str"), ("speaker_id", "int"), ("cue", "json"), ("via", "json"), ("confidence", "float"),
        ("parts", "json"), ("outlet", "str"), ("published", "str"), ("title", "str"), ("source", "str"),
        ("near_duplicate", "bool"),
    ],
    "mentions": [
        ("article_id", "int"), ("article_entity", "str"), ("entity_id", "int"), ("type", "str"), ("start", "int"),
        ("end", "int"), ("text", "str"),
    ],
    "claims": [
        ("article_id", "int"), ("id", "str"), ("text", "str"), ("start", "int"), ("end", "int"), ("status", "str"),
        ("kind", "str"), ("checkworthy", "float"), ("source_entity_id", "int"), ("quote", "str"), ("source", "json"),
        ("quantities", "json"), ("times", "json"),
    ],
    "events": [
        ("article_id", "int"), ("id", "str"), ("type", "str"), ("start", "int"), ("end", "int"), ("actor_entity_id", "int"),
        ("target_entity_id", "int"), ("confidence", "float"), ("trigger", "json"), ("actor", "json"), ("target", "json"),
        ("time", "str"), ("location", "json"), ("quantity", "json"), ("sentence", "json"), ("reported_by", "json"),
    ],
    "times": [
        ("article_id", "int"), ("id", "str"), ("text", "str"), ("start", "int"), ("end", "int"), ("value", "str"),
        ("end_value", "str"), ("granularity", "str"), ("type", "str"),
    ],
    "techniques": [
        ("article_id", "int"), ("technique", "str"), ("start", "int"), ("end", "int"), ("text", "str"), ("score", "float"),
    ],
}


def _flat(value: Any, kind: str) -> Any:
    if value is None:
        return None
    if kind == "json":
        return json.dumps(value, ensure_ascii=False)
    if kind == "bool":
        return bool(value)
    return value


def write_jsonl(rows: Iterable[dict[str, Any]], table: str, out: IO[str]) -> int:
    columns = [name for name, _ in COLUMNS[table]]
    count = 0
    for row in rows:
        out.write(json.dumps({c: row.get(c) for c in columns}, ensure_ascii=False) + "\n")
        count += 1
    return count


def write_csv(rows: Iterable[dict[str, Any]], table: str, out: IO[str]) -> int:
    spec = COLUMNS[table]
    writer = csv.writer(out)
    writer.writerow([name for name, _ in spec])
    count = 0
    for row in rows:
        values = []
        for name, kind in spec:
            value = _flat(row.get(name), kind)
            values.append("" if value is None else ("true" if value is True else "false" if value is False else value))
        writer.writerow(values)
        count += 1
    return count


def write_parquet(rows: Iterable[dict[str, Any]], table: str, path: Path) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    types = {"int": pa.int64(), "float": pa.float64(), "str": pa.string(), "bool": pa.bool_(), "json": pa.string()}
    spec = COLUMNS[table]
    schema = pa.schema([(name, types[kind]) for name, kind in spec])
    count = 0
    with pq.ParquetWriter(str(path), schema, compression="zstd") as writer:
        for batch in _chunks(rows, PARQUET_BATCH):
            columns = {name: [_flat(row.get(name), kind) for row in batch] for name, kind in spec}
            writer.write_table(pa.table(columns, schema=schema))
            count += len(batch)
    return count


def _chunks(rows: Iterable[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def write_table(rows: Iterable[dict[str, Any]], table: str, fmt: str, path: Path) -> int:
    """Write one table to ``path`` in ``fmt``; returns the number of rows."""
    if fmt not in FORMATS:
        raise InputError(f"unknown export format {fmt!r} (one of {', '.join(FORMATS)})")
    try:
        if fmt == "parquet":
            return write_parquet(rows, table, path)
        with open(path, "w", encoding="utf-8", newline="") as out:
            return (write_jsonl if fmt == "jsonl" else write_csv)(rows, table, out)
    except PermissionError:
        raise StoreError(f"{path}: cannot write the export (permission denied)") from None
    except IsADirectoryError:
        raise StoreError(f"{path}: is a directory") from None
    except OSError as error:
        raise StoreError(f"{path}: cannot write the export ({error.strerror or error})") from None
