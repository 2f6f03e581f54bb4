"""The corpus in ``tests/fixtures/corpus_v1.db``: two articles written by newsgraph with corpus schema 1.

The file was written by the store of revision 77b3b17 (schema 1, before claims, events and techniques
were queryable), so the migration test opens a database an older newsgraph really wrote. To write it
again, run this module against that revision's source::

    git archive 77b3b17 src tests | tar -x -C /tmp/v1
    cp tests/store_v1_fixture.py /tmp/v1/tests/
    PYTHONPATH=/tmp/v1/src:/tmp/v1 python -m tests.store_v1_fixture tests/fixtures/corpus_v1.db

``analyses()`` uses only the ``types`` records, the same in both schema versions.
"""

from __future__ import annotations

import sys

from newsgraph.types import Analysis, Claim, Event, Party, Source, Span, Technique

from .store_support import build

FIRST = (
    "VILNIUS, March 14 (Baltic Herald) - Lithuania will double its border patrols, Defence Minister "
    "Rimantas Vaitkus said on Friday.\n\n"
    "Belarus threatened Lithuania with closing the border crossings at Medininkai. "
    "Critics called the plan a shameless stunt."
)
SECOND = (
    "MINSK, April 2 (Eurasia Review) - Belarus accused Lithuania of provoking a crisis at the border.\n\n"
    "Officials in Minsk said the patrols were a disgraceful provocation."
)


def _at(text: str, needle: str) -> Span:
    start = text.index(needle)
    return Span(start, start + len(needle), needle)


def analyses() -> list[tuple[Analysis, str]]:
    """The two articles with their claims, events and techniques, and their outlets."""
    first = build(
        FIRST,
        [("PERSON", "Rimantas Vaitkus", ["Rimantas Vaitkus", "Defence Minister"]), ("GPE", "Lithuania", ["Lithuania"]),
         ("GPE", "Belarus", ["Belarus"]), ("ORG", "Baltic Herald", ["Baltic Herald"])],
        source="vilnius.txt", published="2026-03-14", title="Lithuania doubles border patrols",
    )
    vaitkus, lithuania, belarus, _ = first.entities
    patrols = _at(FIRST, "Lithuania will double its border patrols")
    threat = _at(FIRST, "Belarus threatened Lithuania with closing the border crossings at Medininkai.")
    said = _at(FIRST, "Rimantas Vaitkus")
    stunt = _at(FIRST, "a shameless stunt")
    first = Analysis(
        document=first.document, entities=first.entities,
        claims=(
            Claim("c1", patrols.text, patrols.start, patrols.end, "attributed", Source(vaitkus.id, vaitkus.name, said.start, said.end),
                  "prediction", 0.64),
            Claim("c2", threat.text, threat.start, threat.end, "unattributed", None, "fact", 0.88),
        ),
        events=(
            Event("v1", "THREATEN", _at(FIRST, "threatened"),
                  Party(belarus.id, belarus.name, "BLR", belarus.mentions[0].start, belarus.mentions[0].end),
                  Party(lithuania.id, lithuania.name, "LTU", lithuania.mentions[1].start, lithuania.mentions[1].end),
                  None, None, None, threat, confidence=0.9),
        ),
        techniques=(Technique("Name_Calling,Labeling", stunt.start, stunt.end, stunt.text, 0.7),
                    Technique("Loaded_Language", stunt.start + 2, stunt.start + 11, "shameless", 0.55)),
        summary={"techniques": {"sentences": 3, "sentences_with_technique": 1, "share": 0.3333}},
        pipeline={"newsgraph": "test"},
    )
    second = build(
        SECOND,
        [("GPE", "Belarus", ["Belarus"]), ("GPE", "Lithuania", ["Lithuania"]), ("GPE", "Minsk", ["MINSK", "Minsk"])],
        source="minsk.txt", published="2026-04-02", title="Minsk accuses Vilnius",
    )
    belarus, lithuania, _ = second.entities
    accused = _at(SECOND, "Belarus accused Lithuania of provoking a crisis at the border.")
    provocation = _at(SECOND, "a disgraceful provocation")
    second = Analysis(
        document=second.document, entities=second.entities,
        claims=(Claim("c1", accused.text, accused.start, accused.end, "unattributed", None, "fact", 0.4),),
        events=(
            Event("v1", "ACCUSE", _at(SECOND, "accused"),
                  Party(belarus.id, belarus.name, "BLR", belarus.mentions[0].start, belarus.mentions[0].end),
                  Party(lithuania.id, lithuania.name, "LTU", lithuania.mentions[0].start, lithuania.mentions[0].end),
                  None, None, None, accused, confidence=0.8),
        ),
        techniques=(Technique("Name_Calling,Labeling", provocation.start, provocation.end, provocation.text, 0.8),),
        summary={"techniques": {"sentences": 2, "sentences_with_technique": 1, "share": 0.5}},
        pipeline={"newsgraph": "test"},
    )
    return [(first, "Baltic Herald"), (second, "Eurasia Review")]


def main(path: str) -> None:
    from .store_support import add

    for analysis, outlet in analyses():
        assert add(path, analysis, outlet=outlet) == "ingested"


if __name__ == "__main__":
    main(sys.argv[1])
