"""`make bench`: run every benchmark in turn; each writes its own section of BENCHMARKS.md."""

from __future__ import annotations

import importlib
import sys
import time

# Module names under bench/, in the order they run. Each has main(argv) -> None.
BENCHMARKS: list[str] = ["ingest_readers", "store", "techniques", "times", "events", "checkworthy", "claims", "quotes", "coref", "unseen"]


def main(argv: list[str] | None = None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    selected = [name for name in BENCHMARKS if not argv or name in argv]
    for name in selected:
        started = time.perf_counter()
        print(f"== bench.{name}", flush=True)
        importlib.import_module(f"bench.{name}").main([])
        print(f"== bench.{name} done in {time.perf_counter() - started:.0f} s", flush=True)


if __name__ == "__main__":
    main()
