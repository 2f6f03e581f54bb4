"""A show's title in quotation marks after the cue of a quote is no second part of the quote, even at the end of the
sentence ("Mr. Trump said by telephone on NBC's ''Meet the Press.''"). Sentences written for these tests (fiction), with
the real spaCy pipeline, the real entity layer and the shipped quote model."""

from __future__ import annotations

from .test_quotes import quotes_of  # noqa: F401  (a fixture: the quotes of a text, offsets checked)


def test_a_title_after_an_owner_at_the_sentence_end_is_no_part_of_the_quote(quotes_of):
    quotes = quotes_of("“It's nonsense,” Senator Dale Whitmore said by telephone on NBC's “Meet the Press.”")
    assert quotes[0].text == "“It's nonsense,”" and not quotes[0].parts
    assert quotes[0].speaker.name == "Dale Whitmore"


def test_a_title_after_on_at_the_sentence_end_is_no_part_of_the_quote(quotes_of):
    quotes = quotes_of("“We will win this state,” Senator Dale Whitmore said on “Face the Nation.”")
    assert quotes[0].text == "“We will win this state,”" and not quotes[0].parts


def test_the_second_half_of_a_split_quote_after_the_cue_is_still_its_part(quotes_of):
    quotes = quotes_of("“We will win this state,” Senator Dale Whitmore said. “They know it.”")
    assert len(quotes) == 1 and [(p.text) for p in quotes[0].parts] == ["“We will win this state,”", "“They know it.”"]
