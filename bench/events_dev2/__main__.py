"""Score the event coder on the second development set, bench/events_dev2, with the scorer of
bench.events_dev (``python -m bench.events_dev2 [-v]``)."""

from pathlib import Path

from bench.events_dev.__main__ import main

if __name__ == "__main__":
    main(folder=Path(__file__).resolve().parent)
