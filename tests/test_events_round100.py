"""Round 100 of the event coder (docs/events.md, rule 118), from a battery of common wire sentences written to probe
the coder outside the invented sets: a crowd counted by a bare number ("Thousands protested…") that the parser made
the root of its sentence, with the past tense a clause on it, is the subject.

Every sentence here was written for these tests; none is in bench/events_sentences, a development article or a
blind set. The first line of a text with a blank line after it is a headline, as in an article.
"""

from __future__ import annotations

from .events_support import analyzed_countries, byline_story


def test_thousands_protesting_outside_an_embassy_are_the_protest():
    # straight after a headline the parser makes "Thousands" the root and "protested" a clause on it
    text = "Anger at the embassy\n\nThousands protested outside the US embassy in Baghdad on Friday.\n"
    assert analyzed_countries(text) == [("PROTEST", "IRQ", "USA")]


def test_a_crowd_the_parser_reads_as_a_subject_still_protests():
    text = byline_story("Hundreds rallied outside the French embassy in Niamey on Sunday.")
    assert analyzed_countries(text) == [("PROTEST", "NER", "FRA")]


def test_a_headline_participle_on_a_noun_is_no_crowds_act():
    text = ("Korean nurse freed in Mozambique\n\nBy Jane Doe\n\n"
            "A South Korean nurse abducted by gunmen was freed on Thursday, Seoul said.\n")
    assert [e for e in analyzed_countries(text) if e[0] != "RETREAT"] == []
