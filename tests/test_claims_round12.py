"""Claims round 12 (issue 4): causes found in the claim errors of the burned blind sets (unseen to
unseen6): verbs the parser hid under a set-off phrase or made a content clause, a participle read
as the head of its sentence, "call up"/"call off" as deeds, the outlet that quoted a speaker, a
ruling the other side does not recognise, a bare closing denial, "urged restraint", a writer's
clause before a semicolon and a report, a "while" clause with its own report, a body that puts a
figure, and a "some of them" aside read as the head.

Sentences are invented for these tests (none from an article, none from the blind sets). The real
extractors run in front of the claim extractor (entities, quotes, times).
"""

from __future__ import annotations

import pytest

from .test_claims_continuations import claim_with
from .test_claims_sources import ATTRIBUTED, UNATTRIBUTED, status_source



@pytest.mark.parametrize(
    "text, fragment, expected",
    [
        # a verb after ", for its part," read as a modifier of "part"
        pytest.param(
            "Peru's interior ministry, for its part, called on Bolivia to hand back 12 fishermen held since March.",
            "called on Bolivia",
            (ATTRIBUTED, "Peru's interior ministry"),
            id="for-its-part",
        ),
        # a reporting clause set off before the root, read as its content clause
        pytest.param(
            "The finance minister presented the budget on Tuesday. Without the grant, she told senators, Ghana would have missed its bond payment.",
            "Ghana would have missed",
            (ATTRIBUTED, "The finance minister"),
            id="she-told-senators-aside",
        ),
        # "call up" / "call off": deeds
        pytest.param(
            "Armenia calls up reservists as Azerbaijani tanks gather near the frontier",
            "calls up reservists",
            UNATTRIBUTED,
            id="calls-up-reservists",
        ),
        # a participle the parser made the head, the finite verb its conjunct
        pytest.param(
            "The donors met in Oslo. Aid promised at such meetings rarely reaches the camps in full.",
            "rarely reaches the camps",
            UNATTRIBUTED,
            id="participle-read-as-head",
        ),
        # the outlet that quoted a speaker is not the speaker
        pytest.param(
            "A deputy commander of the border guard, quoted by the state news agency Baltic Wire, warned that smugglers \"will be stopped\".",
            "smugglers",
            (ATTRIBUTED, "A deputy commander of the border guard"),
            id="quoted-by-an-agency",
        ),
        # "…, a ruling X does not recognise"
        pytest.param(
            "An arbitration court ruled in 2019 that Ruritania's claim to the island had no basis, a ruling Ruritania does not accept.",
            "had no basis",
            (ATTRIBUTED, "An arbitration court"),
            id="a-ruling-not-recognised",
        ),
        # a bare closing denial does not report the clause before it
        pytest.param(
            "Tallinn blames Russian hackers for port outage, Moscow denies\n\nTALLINN, Dec 2 (Baltic Wire) - Estonia's main port stopped work on Monday.",
            "blames Russian hackers",
            (ATTRIBUTED, "Estonian government"),  # a capital speaks for the government (round 45)
            id="bare-closing-denial",
        ),
        # "urged restraint": a request with its object
        pytest.param(
            "Fighting resumed near the border on Friday. Japan urged restraint.",
            "Japan urged restraint",
            (ATTRIBUTED, "Japan"),
            id="urged-restraint",
        ),
        # a writer's clause, a semicolon, then a report the parser made the head
        pytest.param(
            "UK sanctions Maltese shipping firm over Syrian fuel; Damascus vows response\n\nLONDON, Dec 2 (Baltic Wire) - Britain sanctioned a firm on Monday.",
            "UK sanctions Maltese",
            UNATTRIBUTED,
            id="writer-clause-before-semicolon",
        ),
        pytest.param(
            "UK sanctions Maltese shipping firm over Syrian fuel; Damascus vows response\n\nLONDON, Dec 2 (Baltic Wire) - Britain sanctioned a firm on Monday.",
            "Damascus vows",
            (ATTRIBUTED, "Syrian government"),  # a capital speaks for the government (round 45)
            id="report-after-semicolon",
        ),
        # ", the office estimates," read as an apposition of the subject
        pytest.param(
            "Rents in the capital, the housing agency estimates, rose by 18 percent last year.",
            "Rents in the capital",
            (ATTRIBUTED, "the housing agency"),
            id="estimates-read-as-apposition",
        ),
        # "gave a toll": a figure the subject gives
        pytest.param(
            "The army gave a higher toll of eleven dead.",
            "gave a higher toll",
            (ATTRIBUTED, "The army"),
            id="gave-a-toll",
        ),
        # "as X warns of Y": the "as" clause has content of its own
        pytest.param(
            "Ruritania holds naval drills near the strait as Borduria warns of \"grave consequences\"",
            "holds naval drills",
            UNATTRIBUTED,
            id="as-warns-of",
        ),
        # a set-off "she told parliament" the parser made an adverbial clause
        pytest.param(
            "Finance Minister Ama Boateng called the loan \"a lifeline\". Without it, she told parliament, Ghana would have defaulted on a bond that falls due in March.",
            "Ghana would have defaulted",
            (ATTRIBUTED, "Ama Boateng"),
            id="she-told-parliament-after-a-quote",
        ),
        # a body named by its kind puts a figure
        pytest.param(
            "The ferry operator put the cost of the repairs at 40 million euros.",
            "put the cost",
            (ATTRIBUTED, "The ferry operator"),
            id="body-puts-a-figure",
        ),
        # "X said A, while Y put the toll at B": Y's own report
        pytest.param(
            "The army said 14 people were killed in the clashes, while a local rights group, the Goma Human Rights Centre, put the toll at 23.",
            "put the toll at 23",
            (ATTRIBUTED, "Goma Human Rights Centre"),
            id="while-clause-own-report",
        ),
        pytest.param(
            "The army said 14 people were killed in the clashes, while a local rights group, the Goma Human Rights Centre, put the toll at 23.",
            "14 people were killed",
            (ATTRIBUTED, "The army"),
            id="while-clause-first-report",
        ),
        # a "some of them" aside the parser made the head of the sentence
        pytest.param(
            "The Norwegian Refugee Council on Monday accused Greek coast guards of forcing at least 40 migrants back out to sea in the past week, some of them after they had been beaten, in what it called \"a deliberate policy\".",
            "accused Greek coast guards",
            (ATTRIBUTED, "Norwegian Refugee Council"),
            id="share-aside-read-as-head",
        ),
    ],
)
def test_round12(parse, text, fragment, expected):
    assert status_source(claim_with(parse, text, fragment)) == expected


@pytest.mark.parametrize(
    "text, fragment, expected",
    [
        # what the rules leave alone
        pytest.param(
            "The ministry said on Monday that the union called off the strike.",
            "the union called off",
            (ATTRIBUTED, "The ministry"),
            id="called-off-inside-a-report",
        ),
        pytest.param(
            "The regulator rejected the claim, a charge the company denies.",
            "The regulator rejected",
            UNATTRIBUTED,
            id="charge-still-the-writers",
        ),
        pytest.param(
            "The ministry said the road would reopen on Monday, while repairs to the bridge would take a month.",
            "repairs to the bridge",
            (ATTRIBUTED, "The ministry"),
            id="while-clause-without-a-frame-stays-in-the-report",
        ),
        pytest.param(
            "Officials said the bridge would reopen on Friday.",
            "the bridge would reopen",
            (ATTRIBUTED, "Officials"),
            id="plain-report",
        ),
    ],
)
def test_round12_leaves_alone(parse, text, fragment, expected):
    assert status_source(claim_with(parse, text, fragment)) == expected


def test_closing_frame_content_read_as_dependent(nlp):
    """The parse the parser gives some long closing-frame sentences: the content's subject an
    unlabelled dependent of "said", its verb a relative clause of it."""
    from spacy.tokens import Doc

    from newsgraph.extract.claims import _content_read_as_dependent

    words = ["The", "ferry", "Nora", "was", "struck", "at", "dawn", ",", "the", "navy", "said", "."]
    heads = [1, 10, 4, 4, 1, 4, 5, 10, 9, 10, 10, 10]
    deps = ["det", "dep", "nsubjpass", "auxpass", "relcl", "prep", "pobj", "punct", "det", "nsubj", "ROOT", "punct"]
    pos = ["DET", "NOUN", "PROPN", "AUX", "VERB", "ADP", "NOUN", "PUNCT", "DET", "NOUN", "VERB", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert [t.text for t in _content_read_as_dependent(doc[10])] == ["ferry"]
    # not when more follows the verb, nor without a verb in the dependent
    doc = Doc(nlp.vocab, words=["The", "ferry", ",", "the", "navy", "said", "."], heads=[1, 5, 5, 4, 5, 5, 5], deps=["det", "dep", "punct", "det", "nsubj", "ROOT", "punct"], pos=["DET", "NOUN", "PUNCT", "DET", "NOUN", "VERB", "PUNCT"])
    assert _content_read_as_dependent(doc[5]) == []
