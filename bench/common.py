"""Helpers shared by the benchmarks: where the data is, and how results reach BENCHMARKS.md.

Each benchmark owns one section of BENCHMARKS.md, between ``<!-- bench:NAME -->`` and
``<!-- /bench:NAME -->``; ``write_section`` replaces only that section (under a file lock, since
benchmarks may run side by side), so hand-written text around it is kept.
"""

from __future__ import annotations

import fcntl
import os
import platform
import subprocess
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DATA = Path(os.environ.get("NEWSGRAPH_DATA", REPO.parent / "shared" / "data"))
BENCHMARKS = REPO / "BENCHMARKS.md"


def data_path(name: str) -> Path:
    path = DATA / name
    if not path.exists():
        raise SystemExit(f"bench: shared corpus {name} not found at {path}")
    return path


def machine() -> str:
    """One line naming where a figure was measured."""
    cpus = os.cpu_count()
    try:
        model = next(
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        )
    except (OSError, StopIteration):
        model = platform.processor() or "unknown CPU"
    return f"{cpus} cores ({model}), Python {platform.python_version()}"


def git_revision() -> str:
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True).stdout.strip() or "uncommitted"
    except OSError:
        return "unknown"


def stamp(command: str) -> str:
    """The provenance line every result section starts with."""
    return f"Measured {time.strftime('%Y-%m-%d')} on {machine()}, revision {git_revision()}, with `{command}`."


def write_section(name: str, markdown: str) -> None:
    """Replace the ``name`` section of BENCHMARKS.md with ``markdown`` (appending it if absent)."""
    begin, end = f"<!-- bench:{name} -->", f"<!-- /bench:{name} -->"
    block = f"{begin}\n{markdown.strip()}\n{end}"
    BENCHMARKS.touch(exist_ok=True)
    with open(BENCHMARKS, "r+", encoding="utf-8") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        current = handle.read()
        if begin in current and end in current:
            head, rest = current.split(begin, 1)
            _, tail = rest.split(end, 1)
            updated = head + block + tail
        else:
            updated = current.rstrip() + "\n\n" + block + "\n"
        handle.seek(0)
        handle.write(updated)
        handle.truncate()
        fcntl.flock(handle, fcntl.LOCK_UN)


def table(headers: list[str], rows: list[list]) -> str:
    """A Markdown table; floats get three decimals."""

    def cell(value) -> str:
        return f"{value:.3f}" if isinstance(value, float) else str(value)

    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return "\n".join(lines)
