"""Shared fixtures: the real spaCy pipeline, the real CLI, the shared corpora when present."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "samples"
DATA = Path(os.environ.get("NEWSGRAPH_DATA", REPO.parent / "shared" / "data"))
CLI = Path(sys.executable).parent / "newsgraph"


@pytest.fixture(scope="session")
def nlp():
    from newsgraph import nlp as nlp_module

    return nlp_module.load()


@pytest.fixture(scope="session")
def parse(nlp):
    from newsgraph import nlp as nlp_module

    return lambda text: nlp_module.parse(text, nlp)


def shared_data(name: str) -> Path:
    """A corpus under ../shared/data, or skip the test saying why."""
    path = DATA / name
    if not path.exists():
        pytest.skip(f"shared corpus {name} not found at {path} (research data is not shipped with the repo)")
    return path


def run_cli(*args: str, input: str | bytes | None = None, cwd: Path | None = None, env: dict | None = None, timeout: float = 600) -> subprocess.CompletedProcess:
    """Run the installed ``newsgraph`` console script, as a user would."""
    data = input.encode("utf-8") if isinstance(input, str) else input
    return subprocess.run(
        [str(CLI), *args], input=data, capture_output=True, cwd=cwd or REPO, env={**os.environ, **(env or {})}, timeout=timeout
    )
