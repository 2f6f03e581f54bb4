"""Round 28 of the event coder, from the event errors of the burned sets bench/unseen16, 17 and 22 to 29,
checked on the older development sets (docs/events.md, rule 46).

Every sentence here was written for these tests; none is in bench/events_sentences, a development
article or a blind set.
"""

from __future__ import annotations

from .events_support import analyzed_on

# Sentences with no event of their own, to put the reaction past the ten-sentence reaction window.
_BACKGROUND = (
    "The two countries share a border of about 900 kilometres.\n\n"
    "Most of it runs through mountains that are covered in snow for half the year.\n\n"
    "Trade between them was worth about 3 billion dollars last year.\n\n"
    "Copper and fruit made up most of it.\n\n"
    "The last border agreement dates from 1904.\n\n"
    "About 60,000 people live in the valleys along the line.\n\n"
    "Many of them have relatives on both sides.\n\n"
    "The nearest airport is four hours away by road.\n\n"
    "The road is often impassable in winter.\n\n"
    "Local radio stations broadcast in two languages.\n\n"
    "The region's fruit harvest begins in January.\n\n"
)

_LEDE_ACT_TAKEN_UP_AT_THE_END = (
    "By Ana Rojas, Andes Courier\n\n"
    "Chile recalled its ambassador from Lima on Monday over a speech in which "
    "a Peruvian minister called the border a mistake.\n\n"
    + _BACKGROUND
    + "The recall was criticised by the opposition Southern Liberty Party, which said the government was "
    "chasing headlines before the regional elections.\n"
)

_MIDDLE_ACT_TAKEN_UP_AT_THE_END = (
    "By Ana Rojas, Andes Courier\n\n"
    "Peru's foreign minister accused Chile on Monday of moving two border markers.\n\n"
    "Chile recalled its ambassador from Lima on Tuesday.\n\n"
    + _BACKGROUND
    + "The recall was criticised by the opposition Southern Liberty Party, which said the government was "
    "chasing headlines before the regional elections.\n"
)


def test_a_reaction_at_the_end_takes_up_the_act_of_the_lede():
    # "the recall" is the lede's act, twelve sentences back in an undated story: Chile's own opposition criticises Chile
    assert [(e[0], e[2], e[3]) for e in analyzed_on(_LEDE_ACT_TAKEN_UP_AT_THE_END, "criticised")] == [("ACCUSE", "CHL", "CHL")]


_FOREIGN_REACTION_TO_THE_LEDE = (
    "Turkey closed its airspace to Armenian cargo flights on Monday.\n\n"
    + _BACKGROUND
    + "Armenia condemned the closure on Friday.\n"
)


def test_another_states_reaction_at_the_end_takes_up_the_ledes_act():
    # "the closure" is the lede's act, a dozen sentences back and never named in between: Armenia condemns Turkey
    assert [(e[0], e[2], e[3]) for e in analyzed_on(_FOREIGN_REACTION_TO_THE_LEDE, "condemned")] == [("ACCUSE", "ARM", "TUR")]


def test_an_act_past_the_window_outside_the_lede_is_not_taken_up():
    # the lede is Peru's accusation; the recall is the next sentence's: past the window, it stays unanswered
    assert [(e[0], e[2], e[3]) for e in analyzed_on(_MIDDLE_ACT_TAKEN_UP_AT_THE_END, "criticised")] == [("ACCUSE", None, None)]


_COUNCIL_RESOLUTION = (
    "UNITED NATIONS, Nov 20 (Turtle Wire) - The UN Security Council voted 13 to 0 on Tuesday to demand that Eritrea "
    "and Djibouti withdraw their troops from the disputed Ras Doumeira area within 60 days.\n\n"
    "Britain's ambassador warned that London would seek sanctions against whichever side missed the deadline.\n\n"
    "Asmara rejected the resolution on Wednesday.\n"
)

_COUNCIL_VOTE_IN_THE_LEDE = (
    "UNITED NATIONS, Nov 20 (Turtle Wire) - The UN Security Council on Tuesday extended its monitoring mission in "
    "the Ras Doumeira area for another six months.\n\n"
    + _BACKGROUND
    + "Djibouti's foreign ministry welcomed the vote.\n"
)

_PARLIAMENT_VOTE = (
    "NAIROBI, Nov 20 (Rift Wire) - Kenya's parliament voted on Tuesday to extend a curfew in three northern counties "
    "by a month.\n\n"
    "The African Union said the curfew had cut cattle raids by half.\n\n"
    "The opposition rejected the vote on Wednesday.\n"
)


def test_a_rejected_resolution_answers_the_council_that_voted_it():
    # the resolution is the Council's, not that of the ambassador who spoke after the vote
    assert [(e[0], e[2], e[3]) for e in analyzed_on(_COUNCIL_RESOLUTION, "rejected")] == [("REJECT", "ERI", "IGO")]


def test_a_welcomed_vote_answers_the_council_of_the_lede():
    # twelve sentences after the lede's vote, still the Council's
    assert [(e[0], e[2], e[3]) for e in analyzed_on(_COUNCIL_VOTE_IN_THE_LEDE, "welcomed")] == [("SUPPORT", "DJI", "IGO")]


def test_a_national_parliaments_vote_is_no_bodys_of_states():
    # a state's own parliament voted; the African Union only spoke of the curfew: it is not the target
    assert all(e[3] != "IGO" for e in analyzed_on(_PARLIAMENT_VOTE, "rejected"))


_AGREED_AFTER_A_PARENTHESIS = (
    "Romania protested against the seizure of 40 lorries at the border.\n\n"
    "Hungary did, however, agree to return the lorries to their Romanian owners by Friday.\n"
)

_REFUSED_AFTER_A_PARENTHESIS = (
    "Romania protested against the seizure of 40 lorries at the border.\n\n"
    "Hungary did not, however, agree to return the lorries to their Romanian owners.\n"
)


def test_a_subject_hung_on_the_auxiliary_still_acts():
    # "did, however, agree": the parser hangs "Hungary" on "did"; it is still who agrees
    assert [(e[0], e[2], e[3]) for e in analyzed_on(_AGREED_AFTER_A_PARENTHESIS, "agree")] == [("AGREE", "HUN", "ROU")]


def test_a_negated_auxiliary_with_a_parenthesis_stays_a_refusal():
    # the same shape with "not" was already read (the subject hangs on the verb): still a refusal
    assert [(e[0], e[2], e[3]) for e in analyzed_on(_REFUSED_AFTER_A_PARENTHESIS, "agree")] == [("REJECT", "HUN", "ROU")]


_UNDATED_MINISTER_THEN_HE = (
    "By Jana Novak, Danube Morning Post\n\n"
    "Slovakia expelled a Hungarian diplomat on Tuesday, a week after police in Komárno arrested a customs officer on "
    "suspicion of selling border records.\n\n"
    "Slovakia's foreign ministry said the diplomat had met the officer at least six times since June.\n\n"
    "The officer, a 44-year-old employee of the customs service, was charged on Friday. His lawyer said he denied the charge.\n\n"
    "The interior minister, Peter Kolar, told reporters that the records covered every lorry that crossed into Slovakia "
    "this year. He accused the Hungarian intelligence service of recruiting officials on the border.\n\n"
    "Slovakia last expelled a diplomat in 2019.\n"
)

_UNDATED_HISTORIAN_THEN_HE = _UNDATED_MINISTER_THEN_HE.replace("The interior minister, Peter Kolar,", "A local historian, Peter Kolar,")


def test_a_pronoun_for_a_titled_minister_takes_the_story_state():
    # "He" is the interior minister named just before, in an undated story about Slovakia: SVK
    assert [(e[0], e[2], e[3]) for e in analyzed_on(_UNDATED_MINISTER_THEN_HE, "accused")] == [("ACCUSE", "SVK", "HUN")]


def test_a_pronoun_for_an_untitled_person_stays_unplaced():
    # a historian holds no office: nothing gives him a state
    assert [(e[0], e[2], e[3]) for e in analyzed_on(_UNDATED_HISTORIAN_THEN_HE, "accused")] == [("ACCUSE", None, "HUN")]


_RESTRAINT_URGED_ON_SECURITY_FORCES = (
    "ABIDJAN, Dec 1 (Lagoon Daily) - Four people were killed in clashes in Abidjan on Sunday.\n\n"
    "The African Union called on the security forces to show restraint.\n"
)

_RESTRAINT_URGED_ON_REBEL_FORCES = _RESTRAINT_URGED_ON_SECURITY_FORCES.replace("the security forces", "rebel forces")


def test_security_forces_in_a_datelined_story_are_the_home_states():
    # "the security forces" with nothing else of their own, in a story filed from Abidjan: Ivorian
    assert [(e[0], e[2], e[3]) for e in analyzed_on(_RESTRAINT_URGED_ON_SECURITY_FORCES, "called on")] == [("REQUEST", "IGO", "CIV")]


def test_rebel_forces_are_not_the_home_states():
    # another modifier than a state's own: the phrase gives no state, the story's side does (rule 89): Ivorian rebels
    assert [(e[0], e[2], e[3]) for e in analyzed_on(_RESTRAINT_URGED_ON_REBEL_FORCES, "called on")] == [("REQUEST", "IGO", "CIV")]


_TRADE_UNION_BESIDE_A_BLOC = (
    "MASERU, Lesotho, Nov 20 (Highlands Wire) -\n\n"
    "Leaders of the Southern African Development Community voted on Monday to suspend Lesotho from the bloc's summits "
    "for six months, three weeks after troops fired on striking miners in Mokhotlong.\n\n"
    "Maseru rejected the vote.\n\n"
    "At home, the government was blamed for the suspension by the Highlands Mine Workers' Union, which said ministers "
    "had refused to meet its leaders before the strike.\n\n"
    "The bloc has suspended one of its own members.\n"
)


def test_a_trade_union_is_not_the_bloc_it_was_merged_with():
    # the resolver links the union and "the bloc"; the union's own words make it a body at home
    assert [(e[0], e[2], e[3]) for e in analyzed_on(_TRADE_UNION_BESIDE_A_BLOC, "blamed")] == [("ACCUSE", "LSO", "LSO")]


def test_the_bloc_merged_with_a_trade_union_stays_the_bloc():
    # "the bloc" names the regional body by its own words: still IGO
    assert [e[2] for e in analyzed_on(_TRADE_UNION_BESIDE_A_BLOC, "suspended")] == ["IGO"]


_CRITIC_NAMED = (
    "OTTAWA, Nov 25 (Maple Wire) - Canada closed two cod fisheries off Newfoundland on Tuesday.\n\n"
    "The opposition's fisheries critic, Marie Tremblay, accused the government of abandoning coastal towns.\n"
)

_CRITICS_UNNAMED = (
    "OTTAWA, Nov 25 (Maple Wire) - Canada closed two cod fisheries off Newfoundland on Tuesday.\n\n"
    "Critics accused the government of abandoning coastal towns.\n"
)


def test_a_title_the_lexicon_lacks_acts_when_a_person_is_named_beside_it():
    # "critic" is no title of the lexicon; the named person in apposition makes the subject a party
    assert [(e[0], e[2], e[3]) for e in analyzed_on(_CRITIC_NAMED, "accused")] == [("ACCUSE", "CAN", "CAN")]


def test_unnamed_critics_are_still_no_party():
    # plural critics with no one named stay an anonymous voice
    assert analyzed_on(_CRITICS_UNNAMED, "accused") == []


_CROSSING_REOPENED = (
    "NAIROBI, Nov 20 (Rift Wire) - Traders had waited for two weeks at the border.\n\n"
    "Kenya reopened the Namanga border crossing with Tanzania on Monday after a two-week closure.\n"
)


def test_a_reopened_crossing_is_an_eased_restriction():
    # reopening what was closed eases a restriction: CONCEDE, as lifting a curfew is (not a withdrawal)
    assert [(e[0], e[2], e[3]) for e in analyzed_on(_CROSSING_REOPENED, "reopened the Namanga border crossing")] == [("CONCEDE", "KEN", "TZA")]


_ARRESTS_AFTER_POLICE_FIRED = (
    "LUBUMBASHI, Nov 25 (Copperbelt Mirror) - Traders marched through the city on Tuesday.\n\n"
    "Riot police fired rubber bullets at the crowd outside the governor's office, and 30 people were arrested.\n"
)

_ARRESTS_AFTER_MARCHERS_THREW_STONES = (
    "LUBUMBASHI, Nov 25 (Copperbelt Mirror) - Traders marched through the city on Tuesday.\n\n"
    "The marchers threw stones at the governor's office, and 30 people were arrested.\n"
)


def test_an_agentless_arrest_after_what_police_did_is_theirs():
    # the arrest has no agent; the clause it is coordinated with is the police's
    assert [(e[0], e[2], e[3]) for e in analyzed_on(_ARRESTS_AFTER_POLICE_FIRED, "arrested")] == [("COERCE", "COD", "COD")]


def test_an_agentless_arrest_after_what_marchers_did_stays_without_actor():
    # the marchers did not arrest anyone: only police, troops and other forces lend themselves
    assert [(e[0], e[2], e[3]) for e in analyzed_on(_ARRESTS_AFTER_MARCHERS_THREW_STONES, "arrested")] == [("COERCE", None, "COD")]
