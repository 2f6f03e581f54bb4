"""Speakers round 16: who speaks when the speaker is a description with a name beside it, an untagged
name with a role beside it, an unresolved "it", a name with letters US birth statistics never use,
or a described age (docs/schema.md, quotes: "Speakers named beside their description";
docs/entities.md). Sentences written for these tests (fiction), with the real spaCy pipeline, the
real entity layer and the shipped quote model."""

from __future__ import annotations

from newsgraph.extract.coref import first_name_gender, gender_fits

from .test_quotes import quotes_of  # noqa: F401  (a fixture: the quotes of a text, offsets checked)


def speaker_of(quotes, words: str) -> str | None:
    """The speaker name of the one quote holding ``words``."""
    holding = [q for q in quotes if words in q.text]
    assert len(holding) == 1, [q.text for q in quotes]
    return holding[0].speaker.name if holding[0].speaker is not None else None


# --------------------------------------------------------------------------- a name beside a description


def test_a_description_with_a_name_in_apposition_is_named_by_the_name(quotes_of):
    text = "Separately, the mining lobby group Copper Voice said exports had fallen for a third month."
    quotes = quotes_of(text)
    assert speaker_of(quotes, "exports had fallen") == "Copper Voice"
    mention = quotes[0].speaker
    assert text[mention.start:mention.end] == "the mining lobby group"  # the mention stays the description


def test_a_named_agency_beside_its_description_speaks_a_direct_quote(quotes_of):
    text = "The aid agency Nordic Relief Council called the outcome “a failure of political will”."
    assert speaker_of(quotes_of(text), "a failure of political will") == "Nordic Relief Council"


def test_a_relative_clause_that_names_a_person_names_the_speaker(quotes_of):
    text = "A 20-year-old Eritrean woman, who gave her name only as Senait, said she had been held for a week near the border."
    assert speaker_of(quotes_of(text), "she had been held") == "Senait"


def test_a_reader_of_a_document_is_not_its_author(quotes_of):
    text = "The letter demanded the immediate return of the two boats, according to a copy seen by the Coastal Courier."
    quotes = quotes_of(text)
    assert speaker_of(quotes, "demanded the immediate return") != "Coastal Courier"


# --------------------------------------------------------------------------- pronouns


def test_she_after_an_untagged_name_with_a_role_beside_it(quotes_of):
    # a guard: the tagger reads this name as a person here; in a longer article it may miss it
    text = ("Tisa Mwale, a copper analyst at the Ndola firm Chambishi Partners, told reporters that such disputes "
            "usually took years. Zambia, she said, had lost two of its last three cases.")
    quotes = quotes_of(text)
    assert speaker_of(quotes, "had lost two") == speaker_of(quotes, "such disputes usually took years")
    assert "Mwale" in speaker_of(quotes, "had lost two")


def test_it_after_a_body_that_spoke_in_the_sentence_before(quotes_of):
    text = ("The Albanian ambassador was summoned and handed a note of protest, the ministry said in a statement. "
            "It said Tirana had seized the boats “without warning”.")  # round 17: a demand is no quote, a statement is
    quotes = quotes_of(text)
    assert speaker_of(quotes, "Tirana had seized the boats") == "the ministry"


def test_it_stays_it_when_another_sentence_came_between(quotes_of):
    text = ("The release had been secured on humanitarian grounds, the foreign ministry in Doha said. "
            "The mediation angered the military government in Niamey. "
            "It said it had not been told that envoys were negotiating on its soil.")
    quotes = quotes_of(text)
    assert speaker_of(quotes, "it had not been told") != speaker_of(quotes, "The release had been secured")


# --------------------------------------------------------------------------- first names and ages


def test_a_first_name_with_letters_american_names_never_use_takes_no_gender_from_them():
    assert first_name_gender("Maris") == "f"  # the American name
    assert first_name_gender("Māris") is None  # the Latvian one, which the US statistics do not know
    assert gender_fits("he", "Māris Ozols")
    assert not gender_fits("he", "Maris Ozols")


def test_he_after_a_latvian_general_is_the_general(quotes_of):
    text = ("Estonia's defence minister, Viktor Hlebnikov, said the radars were a provocation. "
            "Latvia's defence chief, General Māris Ozols, speaking to the New York Times, said the radars "
            "could track aircraft over most of Latvia. “They will see our jets before our pilots do,” he said.")
    quotes = quotes_of(text)
    assert speaker_of(quotes, "They will see our jets") == "Māris Ozols"


def test_a_described_age_goes_to_the_person_of_the_sentence_before(quotes_of):
    text = ("“If there was a deal, the public has a right to know its price,” lawmaker Katrin Oswald said.\n\n"
            "Oumar Sangare, a security researcher in Bamako, said the release was a success for Doha.\n\n"
            "“Every release that is paid for puts a price on the next hostage,” the 51-year-old told reporters.")
    quotes = quotes_of(text)
    assert speaker_of(quotes, "Every release that is paid for") == "Oumar Sangare"


def test_a_described_age_with_two_people_in_the_sentence_before_is_nobody(quotes_of):
    text = ("Mayor Lena Whitfield and her deputy, Omar Haddad, met the protesters on Monday.\n\n"
            "“We will not close the library,” the 52-year-old said.")
    quotes = quotes_of(text)
    assert speaker_of(quotes, "We will not close the library") not in ("Lena Whitfield", "Omar Haddad")
