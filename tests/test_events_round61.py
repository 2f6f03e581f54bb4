"""Round 61 of the event coder: reactions and requests whose target the text leaves implicit (calm urged on the story's
two sides, a bloc's condemnation in its own words, an inquiry into a death abroad, a verdict condemned, a release asked
for, an explanation rejected, "the move" that is no vow; docs/events.md, rule 79).

Every sentence here was written for these tests; none is in bench/events_sentences, a development article or a
blind set. The first line of a text with a blank line after it is a headline, as in an article.
"""

from __future__ import annotations

from .events_support import analyzed_on


def test_restraint_urged_on_no_one_is_urged_on_the_two_sides_in_conflict():
    # "urged restraint" had no target; the visit told in between is no side of the conflict
    text = ("Troops mass on the border\n\n"
            "NAIROBI, Dec 2 (Reuters) - Uganda accused South Sudan on Monday of moving troops towards their common border.\n\n"
            "Kenya's foreign minister travelled to Juba on Tuesday with a message from President William Ruto.\n\n"
            "The United States urged restraint.\n")
    assert sorted(analyzed_on(text, "urged")) == [("REQUEST", "urged", "USA", "SSD"), ("REQUEST", "urged", "USA", "UGA")]


def test_calm_called_for_is_still_asked_of_no_one():
    # guard: "called for calm" is an appeal to all, as development events_dev2's gold has it
    text = ("Troops mass on the border\n\n"
            "NAIROBI, Dec 2 (Reuters) - Uganda accused South Sudan on Monday of moving troops towards their common border.\n\n"
            "Tanzania called for calm.\n")
    assert analyzed_on(text, "called for") == [("REQUEST", "called for", "TZA", None)]


def test_a_blocs_condemnation_in_its_own_words_is_aimed_at_the_last_deed():
    # "condemned what it called…" by a bloc had no target (only a state's answered acts aimed at that state)
    text = ("Coup attempt in Lesotho\n\n"
            "JOHANNESBURG, Dec 3 (AFP) - Soldiers in Lesotho seized the national broadcaster in Maseru on Tuesday and detained the prime minister.\n\n"
            "The Southern African Development Community condemned what it called \"a reckless grab for power\".\n")
    assert analyzed_on(text, "condemned") == [("ACCUSE", "condemned", "IGO", "LSO")]


def test_an_inquiry_into_a_death_abroad_is_asked_of_the_state_where_it_happened():
    # the demand had no target; Iasi was no place in the gazetteer either
    text = ("Driver's death\n\n"
            "CHISINAU, Dec 1 (Reuters) - Moldova demanded an independent inquiry into the death of a lorry driver who died "
            "in a police cell in Iasi on Saturday.\n")
    assert analyzed_on(text, "demanded") == [("REQUEST", "demanded", "MDA", "ROU")]


def test_a_condemned_verdict_is_the_courts():
    # "The verdict was condemned by…" had no target: no earlier act is named "verdict"
    text = ("Blogger jailed\n\n"
            "TUNIS, Dec 2 (AFP) - A Tunisian court on Tuesday sentenced the blogger Sami Ferjani to three years in prison "
            "for insulting officials.\n\n"
            "Ferjani, who also holds French citizenship, was arrested in May after posts about corruption in the ports.\n\n"
            "The verdict was condemned by Human Rights Watch.\n")
    assert analyzed_on(text, "condemned") == [("ACCUSE", "condemned", "NGO", "TUN")]


def test_a_release_asked_for_is_asked_of_the_holder():
    # "asked for his release" (the particle's object) was not read as a demand for a release, so it had no target
    text = ("Engineer detained\n\n"
            "SEOUL, Dec 2 (Yonhap) - Russian security agents detained a South Korean engineer in Vladivostok last week, "
            "the foreign ministry said on Tuesday.\n\n"
            "Seoul has asked for his early release.\n")
    assert analyzed_on(text, "asked for") == [("REQUEST", "asked for", "KOR", "RUS")]


def test_the_move_is_no_vow_to_respond():
    # "regretted the move" took up France's vow to respond (a THREATEN), not Mali's expulsion
    text = ("Diplomat expelled\n\n"
            "BAMAKO, Dec 1 (AFP) - Mali on Monday ordered a French diplomat to leave the country within 72 hours.\n\n"
            "Paris condemned the expulsion and said it would respond.\n\n"
            "The European Union regretted the move.\n")
    assert analyzed_on(text, "regretted") == [("ACCUSE", "regretted", "IGO", "MLI")]


def test_an_explanation_rejected_is_the_last_foreign_speakers():
    # "rejected the explanation" had no target: the explanation is a quote, no coded act
    text = ("Lighthouse row\n\n"
            "PORT OF SPAIN, Nov 18 (AFP) - Trinidad and Tobago built a lighthouse on a rock near the Venezuelan coast last year.\n\n"
            "\"We built it to save fishermen's lives, not to move a border,\" said Trinidad and Tobago's works minister, "
            "Camille Baptiste.\n\n"
            "Caracas rejected the explanation.\n")
    assert analyzed_on(text, "rejected") == [("REJECT", "rejected", "VEN", "TTO")]
