"""`make bench`: run every benchmark in turn; each writes its own section of BENCHMARKS.md."""

from __future__ import annotations

import importlib
import sys
import time

# Benchmarks in the order they run: name -> (module under bench/, arguments). Each module has main(argv) -> None.
BENCHMARKS: dict[str, tuple[str, list[str]]] = {
    name: (name, [])
    for name in ("ingest_readers", "store", "techniques", "times", "events", "checkworthy", "claims", "quotes", "coref", "unseen")
}
BENCHMARKS["events_sentences"] = ("events_sentences.__main__", [])
BENCHMARKS["unseen2"] = ("unseen", ["--set", "unseen2"])
BENCHMARKS["unseen3"] = ("unseen", ["--set", "unseen3"])
BENCHMARKS["unseen4"] = ("unseen", ["--set", "unseen4"])
BENCHMARKS["unseen5"] = ("unseen", ["--set", "unseen5"])
BENCHMARKS["unseen6"] = ("unseen", ["--set", "unseen6"])
BENCHMARKS["unseen7"] = ("unseen", ["--set", "unseen7"])
BENCHMARKS["unseen8"] = ("unseen", ["--set", "unseen8"])
BENCHMARKS["unseen9"] = ("unseen", ["--set", "unseen9"])
BENCHMARKS["unseen10"] = ("unseen", ["--set", "unseen10"])
BENCHMARKS["unseen11"] = ("unseen", ["--set", "unseen11"])
BENCHMARKS["unseen12"] = ("unseen", ["--set", "unseen12"])
BENCHMARKS["unseen13"] = ("unseen", ["--set", "unseen13"])
BENCHMARKS["unseen14"] = ("unseen", ["--set", "unseen14"])
BENCHMARKS["unseen15"] = ("unseen", ["--set", "unseen15"])
BENCHMARKS["unseen16"] = ("unseen", ["--set", "unseen16"])
BENCHMARKS["unseen17"] = ("unseen", ["--set", "unseen17"])
BENCHMARKS["unseen18"] = ("unseen", ["--set", "unseen18"])
BENCHMARKS["unseen19"] = ("unseen", ["--set", "unseen19"])
BENCHMARKS["unseen20"] = ("unseen", ["--set", "unseen20"])
BENCHMARKS["unseen21"] = ("unseen", ["--set", "unseen21"])
BENCHMARKS["unseen22"] = ("unseen", ["--set", "unseen22"])
BENCHMARKS["unseen23"] = ("unseen", ["--set", "unseen23"])
BENCHMARKS["unseen24"] = ("unseen", ["--set", "unseen24"])
BENCHMARKS["unseen25"] = ("unseen", ["--set", "unseen25"])
BENCHMARKS["unseen26"] = ("unseen", ["--set", "unseen26"])
BENCHMARKS["unseen27"] = ("unseen", ["--set", "unseen27"])
BENCHMARKS["unseen28"] = ("unseen", ["--set", "unseen28"])
BENCHMARKS["unseen29"] = ("unseen", ["--set", "unseen29"])
BENCHMARKS["unseen30"] = ("unseen", ["--set", "unseen30"])
BENCHMARKS["unseen31"] = ("unseen", ["--set", "unseen31"])
BENCHMARKS["unseen32"] = ("unseen", ["--set", "unseen32"])
BENCHMARKS["unseen33"] = ("unseen", ["--set", "unseen33"])
BENCHMARKS["unseen34"] = ("unseen", ["--set", "unseen34"])
BENCHMARKS["unseen35"] = ("unseen", ["--set", "unseen35"])
BENCHMARKS["unseen36"] = ("unseen", ["--set", "unseen36"])
BENCHMARKS["unseen37"] = ("unseen", ["--set", "unseen37"])
BENCHMARKS["unseen38"] = ("unseen", ["--set", "unseen38"])
BENCHMARKS["unseen39"] = ("unseen", ["--set", "unseen39"])
BENCHMARKS["unseen40"] = ("unseen", ["--set", "unseen40"])
BENCHMARKS["unseen41"] = ("unseen", ["--set", "unseen41"])
BENCHMARKS["unseen42"] = ("unseen", ["--set", "unseen42"])
BENCHMARKS["unseen43"] = ("unseen", ["--set", "unseen43"])
BENCHMARKS["unseen44"] = ("unseen", ["--set", "unseen44"])
BENCHMARKS["unseen45"] = ("unseen", ["--set", "unseen45"])
BENCHMARKS["unseen46"] = ("unseen", ["--set", "unseen46"])
BENCHMARKS["unseen47"] = ("unseen", ["--set", "unseen47"])
BENCHMARKS["unseen48"] = ("unseen", ["--set", "unseen48"])
BENCHMARKS["unseen49"] = ("unseen", ["--set", "unseen49"])
BENCHMARKS["unseen50"] = ("unseen", ["--set", "unseen50"])
BENCHMARKS["unseen51"] = ("unseen", ["--set", "unseen51"])
BENCHMARKS["unseen52"] = ("unseen", ["--set", "unseen52"])
BENCHMARKS["unseen53"] = ("unseen", ["--set", "unseen53"])
BENCHMARKS["unseen54"] = ("unseen", ["--set", "unseen54"])
BENCHMARKS["unseen55"] = ("unseen", ["--set", "unseen55"])
BENCHMARKS["unseen56"] = ("unseen", ["--set", "unseen56"])
BENCHMARKS["unseen57"] = ("unseen", ["--set", "unseen57"])
BENCHMARKS["unseen58"] = ("unseen", ["--set", "unseen58"])
BENCHMARKS["unseen59"] = ("unseen", ["--set", "unseen59"])
BENCHMARKS["unseen60"] = ("unseen", ["--set", "unseen60"])
BENCHMARKS["unseen61"] = ("unseen", ["--set", "unseen61"])
BENCHMARKS["unseen62"] = ("unseen", ["--set", "unseen62"])
BENCHMARKS["unseen63"] = ("unseen", ["--set", "unseen63"])
BENCHMARKS["unseen64"] = ("unseen", ["--set", "unseen64"])
BENCHMARKS["unseen65"] = ("unseen", ["--set", "unseen65"])
BENCHMARKS["unseen66"] = ("unseen", ["--set", "unseen66"])
BENCHMARKS["unseen67"] = ("unseen", ["--set", "unseen67"])
BENCHMARKS["unseen68"] = ("unseen", ["--set", "unseen68"])
BENCHMARKS["unseen69"] = ("unseen", ["--set", "unseen69"])
BENCHMARKS["unseen70"] = ("unseen", ["--set", "unseen70"])
BENCHMARKS["unseen71"] = ("unseen", ["--set", "unseen71"])
BENCHMARKS["unseen72"] = ("unseen", ["--set", "unseen72"])
BENCHMARKS["unseen73"] = ("unseen", ["--set", "unseen73"])
BENCHMARKS["unseen74"] = ("unseen", ["--set", "unseen74"])
BENCHMARKS["unseen75"] = ("unseen", ["--set", "unseen75"])
BENCHMARKS["unseen76"] = ("unseen", ["--set", "unseen76"])
BENCHMARKS["unseen77"] = ("unseen", ["--set", "unseen77"])
BENCHMARKS["unseen78"] = ("unseen", ["--set", "unseen78"])
BENCHMARKS["unseen79"] = ("unseen", ["--set", "unseen79"])
BENCHMARKS["unseen81"] = ("unseen", ["--set", "unseen81"])
BENCHMARKS["unseen82"] = ("unseen", ["--set", "unseen82"])


def main(argv: list[str] | None = None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    selected = [name for name in BENCHMARKS if not argv or name in argv]
    for name in selected:
        module, arguments = BENCHMARKS[name]
        started = time.perf_counter()
        print(f"== bench.{name}", flush=True)
        importlib.import_module(f"bench.{module}").main(arguments)
        print(f"== bench.{name} done in {time.perf_counter() - started:.0f} s", flush=True)


if __name__ == "__main__":
    main()
