"""Attribution round 32 (quotes; from the spurious quotes rows of the burned sets unseen16 to unseen29): the
clause of a verb of aspect or deed ("began withdrawing", "imposed …") and of a causative "let" with its own
subject reports what was done, never what was said (docs/schema.md, attribution round 32). Sentences written
for these tests (fiction), through ``newsgraph.analyze``."""

from __future__ import annotations

from newsgraph import analyze

from .attribution_support import one_quote, speaker_name


def _cues(analysis):
    return [q.cue.text for q in analysis.quotes if q.cue is not None]


def test_what_someone_began_doing_is_no_quote():
    text = (
        "Maria Okafor began clearing the flooded archive of the regional court on Thursday, moving the first "
        "300 files to a dry store in the hills above the town."
    )
    analysis = analyze(text)
    assert "began" not in _cues(analysis), [(q.text, q.cue) for q in analysis.quotes]
    assert not analysis.quotes, [(q.text, q.cue) for q in analysis.quotes]


def test_what_a_subject_let_happen_is_no_quote():
    text = (
        "Police officers under Captain Dube on Thursday let a column of 40 buses carrying students and teachers "
        "cross the bridge at Chirundu, the first traffic to pass since the flood closed it."
    )
    analysis = analyze(text)
    assert "let" not in _cues(analysis), [(q.text, q.cue) for q in analysis.quotes]


def test_a_deed_said_by_someone_stays_their_quote():
    quote = one_quote(analyze("Maria Okafor said she began clearing the flooded archive on Thursday."), "began clearing")
    assert speaker_name(quote) == "Maria Okafor"
    assert quote.cue.text == "said"


def test_an_imperative_let_keeps_its_quote():
    quote = one_quote(analyze("Let's say the plan works, the mayor said."), "the plan works")
    assert quote.cue is not None


def test_a_preposition_past_another_verb_is_no_content_of_the_cue():
    text = (
        "The two health ministers spoke by video on Monday and agreed to meet in Lusaka on 9 March, on the "
        "sidelines of a regional conference on malaria."
    )
    analysis = analyze(text)
    assert all("sidelines" not in q.text for q in analysis.quotes), [(q.text, q.cue) for q in analysis.quotes]


def test_whom_someone_holds_responsible_is_no_quote():
    text = (
        "The European Union imposed export curbs on Monday on 14 firms, among them two shipping agents and a "
        "bank, which it holds responsible for moving drones to the front since June."
    )
    analysis = analyze(text)
    assert all("responsible" not in q.text for q in analysis.quotes), [(q.text, q.cue) for q in analysis.quotes]
