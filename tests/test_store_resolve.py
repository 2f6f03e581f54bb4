"""Cross-article entity resolution: one entity per actor, never two people merged on a shared surname."""

from __future__ import annotations

import pytest

from newsgraph.corpus import Corpus
from newsgraph.errors import InputError
from newsgraph.store.aliases import load_alias_file
from newsgraph.store.names import mention_kind, person_name

from .store_support import add, assert_counts_consistent, build


def _store(db, *articles):
    """Store (text, [(type, name, forms)], quotes) articles, one outlet and day each."""
    for number, (text, entities, *quotes) in enumerate(articles, 1):
        analysis = build(text, entities, quotes[0] if quotes else (), source=f"a{number}.txt", published=f"2026-03-{number:02d}")
        add(db, analysis, outlet=f"outlet{number % 3}")


def _names(db, name):
    with Corpus(db) as corpus:
        return [e.name for e in corpus.find_entities(name)]


@pytest.mark.parametrize(
    "text, key, initials, title",
    [
        ("Vladimir Putin", "vladimir putin", (), ""),
        ("President Vladimir V. Putin", "vladimir putin", ("v",), "President"),
        ("Putin's", "putin", (), ""),
        ("Secretary of State Antony Blinken", "antony blinken", (), "Secretary of State"),
        ("George H. W. Bush", "george bush", ("h", "w"), ""),
        ("Donald Trump Jr.", "donald trump jr", (), ""),
        ("Recep Tayyip Erdoğan", "recep tayyip erdogan", (), ""),
        ("Stephen King", "stephen king", (), ""),
    ],
)
def test_person_names_are_taken_apart(text, key, initials, title):
    name = person_name(text)
    assert (name.key, name.initials, name.title) == (key, initials, title)


@pytest.mark.parametrize(
    "text, entity_type, kind",
    [("he", "PERSON", "pronoun"), ("the Russian President", "PERSON", "role"), ("Lithuania's defence chief", "PERSON", "role"),
     ("Ursula von der Leyen", "PERSON", "name"), ("the Kremlin", "ORG", "name"), ("the alliance", "ORG", "role")],
)
def test_mentions_are_names_roles_or_pronouns(text, entity_type, kind):
    assert mention_kind(text, entity_type) == kind


def test_the_forms_of_one_name_make_one_entity(tmp_path):
    db = tmp_path / "corpus.db"
    _store(
        db,
        ("Vladimir Putin met Alexander Lukashenko in Minsk. Putin said little.",
         [("PERSON", "Vladimir Putin", ["Vladimir Putin", "Putin"]), ("PERSON", "Alexander Lukashenko", ["Alexander Lukashenko"])]),
        ("President Putin spoke first, and the Russian president smiled.",
         [("PERSON", "Putin", ["President Putin", "the Russian president"])]),
        ("Vladimir V. Putin, as the paper styles him, signed the decree.", [("PERSON", "Vladimir V. Putin", ["Vladimir V. Putin"])]),
        ("Lukashenko welcomed the guests.", [("PERSON", "Lukashenko", ["Lukashenko"])]),
    )
    with Corpus(db) as corpus:
        (putin,) = corpus.find_entities("Putin")
        assert putin.name == "Vladimir Putin" and putin.articles == 3
        assert {"Vladimir Putin", "Putin", "Vladimir V. Putin"} <= set(putin.aliases)
        dossier = corpus.dossier("President Putin")
        assert {t.label for t in dossier.roles} >= {"President", "the Russian president"}
        (lukashenko,) = corpus.find_entities("Lukashenko")
        assert lukashenko.articles == 2
    assert_counts_consistent(db)


def test_people_sharing_a_surname_stay_apart(tmp_path):
    db = tmp_path / "corpus.db"
    _store(
        db,
        ("Hillary Clinton addressed the rally: jobs first.", [("PERSON", "Hillary Clinton", ["Hillary Clinton"])], [("jobs first", "Hillary Clinton")]),
        ("Bill Clinton joined her on stage: four more years.", [("PERSON", "Bill Clinton", ["Bill Clinton"])], [("four more years", "Bill Clinton")]),
        ("Clinton said the economy came first.", [("PERSON", "Clinton", ["Clinton"])], [("the economy came first", "Clinton")]),
        ("Bernie Sanders answered: not so fast.", [("PERSON", "Bernie Sanders", ["Bernie Sanders"])], [("not so fast", "Bernie Sanders")]),
    )
    with Corpus(db) as corpus:
        people = {e.name: e for e in corpus.entities(type="PERSON", top=0)}
        assert set(people) == {"Hillary Clinton", "Bill Clinton", "Clinton", "Bernie Sanders"}
        assert all(e.articles == 1 for e in people.values())
        # A query means whom the corpus calls so; other people of that surname come only when nobody is.
        assert [q.speaker for q in corpus.quotes(speaker="Clinton")] == ["Clinton"]
        assert [q.speaker for q in corpus.quotes(speaker="Sanders")] == ["Bernie Sanders"]
        # The candidates are all listed, so the analyst sees the ambiguity.
        assert _names(db, "Clinton")[0] == "Clinton"
        assert set(_names(db, "Clinton")) == {"Hillary Clinton", "Bill Clinton", "Clinton"}
        dossier = corpus.dossier("Clinton")
        assert dossier.entity.name == "Clinton" and {e.name for e in dossier.other_matches} == {"Hillary Clinton", "Bill Clinton"}


def test_middle_initials_tell_people_apart(tmp_path):
    db = tmp_path / "corpus.db"
    _store(
        db,
        ("George W. Bush visited Texas.", [("PERSON", "George W. Bush", ["George W. Bush"])]),
        ("George H. W. Bush was remembered.", [("PERSON", "George H. W. Bush", ["George H. W. Bush"])]),
        ("George Bush was mentioned without initials.", [("PERSON", "George Bush", ["George Bush"])]),
        ("George W. Bush spoke again.", [("PERSON", "George W. Bush", ["George W. Bush"])]),
        ("Donald Trump Jr. and Donald Trump arrived.", [("PERSON", "Donald Trump Jr.", ["Donald Trump Jr."]), ("PERSON", "Donald Trump", ["Donald Trump"])]),
    )
    with Corpus(db) as corpus:
        people = {e.name: e.articles for e in corpus.entities(type="PERSON", top=0)}
    assert people == {"George W. Bush": 2, "George H. W. Bush": 1, "George Bush": 1, "Donald Trump Jr.": 1, "Donald Trump": 1}


def test_a_name_that_is_also_an_alias_does_not_multiply_entities(tmp_path):
    db = tmp_path / "corpus.db"
    _store(
        db,
        ("Hillary Clinton spoke in Iowa.", [("PERSON", "Hillary Clinton", ["Hillary Clinton"])]),
        # Another entity now carries "Hillary Clinton" as an alias: the name must still go to its own entity.
        ("Hillary Rodham Clinton, or Hillary Clinton as she signs, wrote the memoir.",
         [("PERSON", "Hillary Rodham Clinton", ["Hillary Rodham Clinton", "Hillary Clinton"])]),
        *[(f"Hillary Clinton's campaign stop number {n} drew a crowd.", [("PERSON", "Hillary Clinton's", ["Hillary Clinton's"])]) for n in range(3)],
    )
    with Corpus(db) as corpus:
        people = {e.name: e.articles for e in corpus.entities(type="PERSON", top=0)}
    assert people == {"Hillary Clinton": 4, "Hillary Rodham Clinton": 1}


def test_a_coreference_mistake_does_not_spread(tmp_path):
    db = tmp_path / "corpus.db"
    _store(
        db,
        # The article-level coreference wrongly grouped Bill with Hillary.
        ("Hillary Clinton and Bill Clinton arrived together.", [("PERSON", "Hillary Clinton", ["Hillary Clinton", "Bill Clinton"])]),
        ("Bill Clinton spoke later.", [("PERSON", "Bill Clinton", ["Bill Clinton"])]),
    )
    with Corpus(db) as corpus:
        (hillary,) = corpus.find_entities("Hillary Clinton")
        assert "Bill Clinton" not in hillary.aliases
        assert [e.name for e in corpus.find_entities("Bill Clinton")] == ["Bill Clinton"]


def test_organisations_link_by_name_and_acronym_and_types_stay_apart(tmp_path):
    db = tmp_path / "corpus.db"
    _store(
        db,
        ("The North Atlantic Treaty Organization met in Brussels.", [("ORG", "North Atlantic Treaty Organization", ["North Atlantic Treaty Organization"])]),
        ("NATO ministers agreed.", [("ORG", "NATO", ["NATO"])]),
        ("The United Nations voted. Jordan abstained.", [("ORG", "the United Nations", ["The United Nations"]), ("GPE", "Jordan", ["Jordan"])]),
        ("United Nations staff left. Michael Jordan watched.", [("ORG", "United Nations", ["United Nations"]), ("PERSON", "Jordan", ["Jordan"])]),
    )
    with Corpus(db) as corpus:
        (nato,) = corpus.find_entities("NATO")
        assert nato.articles == 2
        (un,) = corpus.find_entities("UN") or corpus.find_entities("United Nations")
        assert un.articles == 2
        assert sorted(e.type for e in corpus.find_entities("Jordan")) == ["GPE", "PERSON"]


YAML_ALIASES = """
- name: Volodymyr Zelensky
  type: PERSON
  aliases: [Zelenskyy, Volodymyr Zelenskyy, Zelenskiy]
- name: North Atlantic Treaty Organization
  aliases: [NATO, the Alliance]
"""


def test_an_alias_file_pins_names_to_one_entity_even_after_the_fact(tmp_path):
    db = tmp_path / "corpus.db"
    _store(
        db,
        ("Volodymyr Zelensky thanked the allies.", [("PERSON", "Volodymyr Zelensky", ["Volodymyr Zelensky"])],
         [("thanked the allies", "Volodymyr Zelensky")]),
        ("Volodymyr Zelenskyy visited the front.", [("PERSON", "Volodymyr Zelenskyy", ["Volodymyr Zelenskyy"])]),
        ("Zelenskiy spoke to parliament.", [("PERSON", "Zelenskiy", ["Zelenskiy"])], [("spoke to parliament", "Zelenskiy")]),
    )
    assert len(_names(db, "Zelenskyy")) == 1 and len(_names(db, "Zelensky")) == 1
    aliases = tmp_path / "watchlist.yaml"
    aliases.write_text(YAML_ALIASES, encoding="utf-8")
    with Corpus(db) as corpus:
        moved = corpus.pin_aliases(aliases)
        assert moved == 2
        (zelensky,) = corpus.find_entities("Zelenskiy")
        assert zelensky.name == "Volodymyr Zelensky" and zelensky.pinned
        assert (zelensky.articles, zelensky.quotes) == (3, 2)
        assert {"Zelenskyy", "Zelenskiy"} <= set(zelensky.aliases)
        assert [e.name for e in corpus.entities(pinned=True)] == ["Volodymyr Zelensky", "North Atlantic Treaty Organization"]
        assert len(corpus.quotes(speaker="Zelenskyy")) == 2
    assert_counts_consistent(db)
    # New articles follow the pins.
    _store(db, ("Zelenskyy was there.", [("PERSON", "Zelenskyy", ["Zelenskyy"])]))
    with Corpus(db) as corpus:
        assert corpus.find_entities("Volodymyr Zelensky")[0].articles == 4
    assert_counts_consistent(db)


def test_csv_alias_files_work_like_yaml(tmp_path):
    path = tmp_path / "aliases.csv"
    path.write_text("name,alias,type\nVolodymyr Zelensky,Zelenskyy,PERSON\nVolodymyr Zelensky,Zelenskiy,PERSON\nNATO,the Alliance,\n", encoding="utf-8")
    groups = load_alias_file(path)
    assert [(g.name, g.type, g.aliases) for g in groups] == [
        ("Volodymyr Zelensky", "PERSON", ("Volodymyr Zelensky", "Zelenskyy", "Zelenskiy")),
        ("NATO", None, ("NATO", "the Alliance")),
    ]


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("a.yaml", "", "empty"),
        ("a.yaml", "- name: [unclosed\n", "not valid YAML at line"),
        ("a.yaml", "- name: Putin\n  type: HERO\n", "unknown entity type"),
        ("a.yaml", "- name: Boris Johnson\n  aliases: [Johnson]\n- name: Dustin Johnson\n  aliases: [Johnson]\n", "'Johnson' is listed under both"),
        ("a.csv", "who,what\nx,y\n", "needs a header with 'name' and 'alias'"),
        ("a.yaml", "- aliases: [x]\n", "expected a mapping with a 'name'"),
    ],
)
def test_bad_alias_files_are_refused_with_a_reason(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        load_alias_file(path)
