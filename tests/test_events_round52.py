"""Round 52 of the event coder: the parties and their countries, from invented wire stories (a border-post attack, a
border shelling, sanctions on Belarus, a cross-border raid, detained soldiers, an expelled consul, wine duties, a
recalled ambassador, warning shots at sea, missile tests, air strikes, a seized mine, a closed crossing;
docs/events.md, rule 70).

Every sentence here was written for these tests; none is in bench/events_sentences, a development article or a
blind set, nor in the stories the round was found on. The first line of each text is a headline, as in an article.
"""

from __future__ import annotations

from .events_support import analyzed_on, analyzed_typed


def test_its_in_an_after_clause_is_the_main_subjects_not_a_state_in_its_objects_phrase():
    text = ("Crossing shut\n\n"
            "Armenia closed the main crossing with Azerbaijan on Monday after its soldiers and Azerbaijani troops "
            "exchanged fire.\n")
    assert sorted(analyzed_typed(text, "ASSAULT")) == [("ARM", "AZE"), ("AZE", "ARM")]


def test_its_in_an_after_clause_still_takes_the_state_the_verb_acts_on():
    # the verb's own object stays the nearest: the troops are Russia's, and the sanction is aimed at Russia
    text = ("New measures\n\n"
            "The United States sanctioned Russia on Friday after its troops crossed into Georgia.\n")
    assert analyzed_typed(text, "SANCTION") == [("USA", "RUS")]


def test_a_titled_person_who_accuses_the_datelines_capital_speaks_for_the_state_that_just_condemned():
    # "accused" hangs on the reported "had returned fire", and is still the minister's side's act
    text = ("Shelling on the frontier\n\n"
            "ADDIS ABABA, March 3 (Reuters) - Ethiopia's army shelled Eritrean positions near the border town of "
            "Zalambessa on Tuesday.\n"
            "Asmara condemned the shelling as an act of war. Information Minister Yemane Tesfay said Eritrean units "
            "had returned fire and accused Addis Ababa of seeking a pretext for war.\n")
    assert analyzed_on(text, "accused") == [("ACCUSE", "accused", "ERI", "ETH")]


def test_an_official_who_urges_a_states_capital_is_not_that_states():
    # the story names Somalia most, but the minister urges Mogadishu: he is not Somali (whose he is, it does not say)
    text = ("Raid on a police post\n\n"
            "Gunmen from Somalia attacked a police post in the north of the country on Sunday, killing four officers, "
            "the interior ministry said.\n"
            "The attackers came from Somalia before dawn, a police officer said. He said they had fled back into "
            "Somalia after the battle.\n"
            "Security Minister Joseph Kamau said the government would not tolerate the raids and urged Mogadishu to "
            "secure the frontier.\n")
    assert analyzed_on(text, "urged") == [("REQUEST", "urged", None, "SOM")]


def test_a_move_of_forces_does_not_answer_a_state_that_only_sent_an_envoy():
    text = ("Envoy named\n\n"
            "RABAT (AFP) - Spain's foreign minister said Madrid would send an envoy to Rabat next week.\n"
            "The Moroccan army said it had deployed additional soldiers south of the Draa River.\n")
    assert analyzed_typed(text, "MOBILIZE") == [("MAR", None)]


def test_a_move_of_forces_still_answers_a_state_that_just_accused_its_own():
    text = ("Envoy named\n\n"
            "RABAT (AFP) - Algeria accused Morocco of arming separatists on Monday.\n"
            "The Moroccan army said it had deployed additional soldiers south of the Draa River.\n")
    assert analyzed_typed(text, "MOBILIZE") == [("MAR", "DZA")]


def test_a_groups_acronym_keeps_the_state_the_spelled_out_name_gave_it():
    # not the state of the place where the fighters were caught
    text = ("Rebels in the east\n\n"
            "Uganda's Allied Democratic Forces (ADF) attacked a village on Sunday. Congolese troops arrested nine ADF "
            "fighters in eastern Congo on Monday.\n")
    assert analyzed_typed(text, "COERCE") == [("COD", "UGA")]


def test_both_governments_are_not_the_two_states_that_speak_to_them():
    text = ("Envoys recalled\n\n"
            "Kenya recalled its ambassador from Tanzania on Monday. Britain and France urged both governments to "
            "resume talks.\n")
    assert sorted(analyzed_typed(text, "REQUEST")) == [("FRA", "KEN"), ("FRA", "TZA"), ("GBR", "KEN"), ("GBR", "TZA")]


def test_the_country_that_would_retaliate_is_the_speakers_own_state():
    # the threat answers the sanctions' author, not the state named just before ("Latvia welcomed…")
    text = ("Sanctions\n\n"
            "The European Union imposed sanctions on Belarus on Monday. Latvia welcomed the decision. The Belarusian "
            "foreign ministry warned that the country would retaliate.\n")
    assert analyzed_typed(text, "THREATEN") == [("BLR", "IGO")]
