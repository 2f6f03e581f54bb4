"""Attribution round 47 (thirteenth probe round: news articles written for the purpose, quote spans and speakers
read quote by quote under samples/README.md): quoted words opened inside a content run on to their closing mark;
a title the parser read as a subject beside the name after it, and a participle it read as the subject, give way
to the name and the noun; "the 54-year-old diplomat" is a person like "the 54-year-old"; a speaking "it" after
"the bank said…" is the bank; "X, she told senators, was…" is her content; "saying about half of drivers had…"
keeps its subject; a participle describing a noun ("people walking between…") and "described hearing gunfire"
are no quotes (docs/schema.md, round 47).
Sentences written for these tests (fiction), through ``newsgraph.analyze``."""

from __future__ import annotations

from newsgraph import analyze

from .attribution_support import one_quote, quotes_holding, speaker_name


def test_quoted_words_opened_inside_the_content_run_to_their_closing_mark():
    text = (
        "Ferry deal\n\nMALE (Reuters) - The ferry operators signed a deal on Friday.\n\n"
        "The union's secretary general, Davji Otieno, said members would return on Monday. "
        'He told reporters that the deal "is not everything we wanted, but it is a start".'
    )
    quote = one_quote(analyze(text), "is not everything")
    assert quote.text == 'the deal "is not everything we wanted, but it is a start"'
    assert speaker_name(quote) == "Davji Otieno"


def test_a_title_read_as_a_subject_beside_the_name_gives_way_to_the_name():
    text = (
        "Reef row\n\nMANILA (AP) - A patrol boat was turned back near the reef on Monday.\n\n"
        "Retired admiral Rommel Ong said the blockade showed that the deal had failed."
    )
    assert speaker_name(one_quote(analyze(text), "the blockade showed")) == "Rommel Ong"


def test_a_participle_read_as_the_subject_gives_way_to_the_noun_it_describes():
    text = (
        "Fuel queues\n\nACCRA (Reuters) - Petrol ran short across the capital this week.\n\n"
        "Motorists queuing for fuel in Kumasi said prices had tripled since May."
    )
    assert speaker_name(one_quote(analyze(text), "prices had tripled")) == "Motorists"


def test_an_age_with_a_role_noun_is_the_person_named_before():
    text = (
        "Border levy\n\nLUSAKA (Reuters) - The two governments met again on Tuesday.\n\n"
        'Congolese ambassador Jean-Pierre Mbala told Reuters that Kinshasa wanted "a solution before Christmas".\n\n'
        '"It is a question of fairness," the 54-year-old diplomat said.'
    )
    assert speaker_name(one_quote(analyze(text), "a question of fairness")) == "Jean-Pierre Mbala"


def test_it_after_the_bank_said_is_the_bank():
    text = (
        "Rates\n\nANKARA (AP) - Turkey's central bank cut its main interest rate on Thursday.\n\n"
        "The bank said in a statement that price pressures had eased. "
        'It warned, however, that it would "not hesitate" to tighten again.'
    )
    assert speaker_name(one_quote(analyze(text), "not hesitate")) == "The bank"


def test_a_told_cue_between_commas_gives_the_clause_to_the_speaker():
    text = (
        "Pensions\n\nPARIS (AFP) - Talks on the pension age broke down on Wednesday.\n\n"
        "Labour Minister Claire Dumont said the door remained open. "
        "The reform, she told senators, was needed to keep the system out of deficit."
    )
    quote = one_quote(analyze(text), "was needed to keep the system")
    assert quote.text.startswith("The reform")
    assert speaker_name(quote) == "Claire Dumont"


def test_about_before_a_number_keeps_the_subject_of_the_content():
    text = (
        "Metro strike\n\nPARIS (AFP) - Unions called a strike for Thursday.\n\n"
        "The transport authority warned of delays, saying about half of drivers had joined the strike."
    )
    assert one_quote(analyze(text), "had joined the strike").text == "about half of drivers had joined the strike"


def test_a_participle_describing_a_noun_and_described_hearing_are_no_quotes():
    text = (
        "Crossing reopened\n\nKATHMANDU (AP) - India reopened the crossing to pilgrims on Friday.\n\n"
        "The reopening ended a closure that had stranded about 3,000 people walking between the shrines of Birgunj and Raxaul. "
        "Residents of the town described hearing gunfire for more than two hours."
    )
    analysis = analyze(text)
    assert quotes_holding(analysis, "walking between the shrines") == []
    assert quotes_holding(analysis, "hearing gunfire") == []


def test_a_verb_of_saying_read_as_an_adjective_after_an_age_still_reports():
    text = (
        "Doctors' strike\n\nLONDON (Reuters) - Resident doctors voted to strike again on Monday.\n\n"
        "The health service's medical director, Stephen Bryce, said hospitals would protect emergency care. "
        "The 63-year-old said strikes last year had cost the health service more than 1.5 billion pounds."
    )
    quote = one_quote(analyze(text), "had cost the health service")
    assert quote.text.startswith("strikes last year")
    assert speaker_name(quote) == "Stephen Bryce"
