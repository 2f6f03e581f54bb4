"""Attribution round 45 (eleventh probe round: news articles written for the purpose, speakers first, read speaker
by speaker under samples/README.md): a capital speaking for its state is that state's government ("Abidjan
condemned…" is the Ivorian government's) in quotes and claims; a name written family name first takes its given
name's gender only as the lexicon reads a first name as written ("Marylise Léon" is no "Leon"), so "She said…"
after her is hers; "negotiator" and "mediator" are roles, so an untagged name so described is one person whom a
later "he said" takes up (docs/schema.md, round 45).
Sentences written for these tests (fiction), through ``newsgraph.analyze``."""

from __future__ import annotations

from newsgraph import analyze

from .attribution_support import claim_holding, one_quote, source_name, speaker_name


def test_a_capital_speaking_for_its_state_is_its_government():
    text = (
        "Airspace row\n\nDAKAR (Reuters) - Mali closed its airspace to Ivorian planes on Monday.\n\n"
        'Abidjan condemned the closure as "hostage-taking of the skies". '
        "Bamako says the officers were unarmed. Senegal said it would mediate."
    )
    analysis = analyze(text)
    assert speaker_name(one_quote(analysis, "hostage-taking of the skies")) == "Ivorian government"
    assert speaker_name(one_quote(analysis, "the officers were unarmed")) == "Malian government"
    assert source_name(claim_holding(analysis, "the officers were unarmed")) == "Malian government"
    # a state speaking by its own name keeps it
    assert speaker_name(one_quote(analysis, "it would mediate")) == "Senegal"


def test_she_after_a_woman_whose_surname_is_a_mans_first_name_is_her():
    text = (
        "Unions split\n\nPARIS (AFP) - Unions called for a new strike on Tuesday.\n\n"
        "Sophie Binet, who leads the CGT union, said the protest would be big. "
        '"The government is not listening," she told France Inter radio.\n\n'
        "Marylise Léon, head of the more moderate CFDT, was more cautious. "
        "She said her union would join the protests but remained open to talks."
    )
    analysis = analyze(text)
    assert speaker_name(one_quote(analysis, "her union would join the protests")) == "Marylise Léon"
    assert source_name(claim_holding(analysis, "her union would join the protests")) == "Marylise Léon"


def test_he_after_an_untagged_negotiator_is_the_negotiator():
    text = (
        "Talks paused\n\nBOGOTA (Reuters) - The government suspended the talks on Wednesday.\n\n"
        "Otty Patiño, the government's chief negotiator, said the suspension was \"not the end of the process\".\n\n"
        '"We are pausing, not walking away," he said.'
    )
    analysis = analyze(text)
    assert speaker_name(one_quote(analysis, "We are pausing")) == "Otty Patiño"


def test_a_described_agency_is_not_the_dateline_news_agency():
    text = (
        "Quake hits Sulawesi\n\nJAKARTA (AP) - A strong earthquake struck Sulawesi on Wednesday.\n\n"
        "The meteorology and geophysics agency said the quake did not trigger a tsunami."
    )
    analysis = analyze(text)
    assert speaker_name(one_quote(analysis, "did not trigger a tsunami")) == "The meteorology and geophysics agency"


def test_his_spokesman_is_not_an_earlier_spokesman_for_a_body():
    text = (
        "Quake hits Sulawesi\n\nJAKARTA (AP) - A strong earthquake struck Sulawesi on Wednesday.\n\n"
        '"We fear the number of dead could rise," said Abdul Muhari, a spokesman for the disaster agency.\n\n'
        "President Prabowo Subianto ordered the military to help with the relief operation, his spokesman said.\n\n"
        '"The president wants all victims to receive help within 24 hours," the spokesman, Prasetyo Hadi, told reporters.'
    )
    analysis = analyze(text)
    assert speaker_name(one_quote(analysis, "ordered the military to help")) == "Prasetyo Hadi"
    assert source_name(claim_holding(analysis, "ordered the military to help")) == "Prasetyo Hadi"


def test_a_scare_quote_naming_a_policy_is_nobodys_words():
    text = (
        "Talks suspended\n\nBOGOTA (Reuters) - Colombia's government suspended peace talks with the rebels on "
        "Wednesday after an attack on a military base killed two soldiers, a blow to President Gustavo Petro's "
        '"total peace" policy.'
    )
    analysis = analyze(text)
    quote = one_quote(analysis, "total peace")
    assert quote.text == '"total peace"'
    assert quote.speaker is None


def test_as_with_a_clause_after_a_deed_is_when_not_what():
    text = (
        "Schools shut\n\nNEW DELHI (AP) - Authorities in India's capital closed primary schools and banned construction "
        "on Thursday as a thick, toxic smog settled over the city for a fifth straight day."
    )
    assert not [q for q in analyze(text).quotes if "smog settled" in q.text]


def test_a_that_clause_after_a_place_on_x_is_the_content_without_that():
    text = (
        "Rates cut\n\nANKARA (Reuters) - Turkey's central bank cut rates on Thursday.\n\n"
        "Finance Minister Mehmet Simsek welcomed the decision. "
        'He said in a post on X that the government\'s programme was "working".'
    )
    analysis = analyze(text)
    assert one_quote(analysis, "programme was").text.startswith("the government's programme")
    assert claim_holding(analysis, "programme was").text.startswith("the government's programme")


def test_a_name_described_by_a_who_clause_is_one_person_a_later_he_takes_up():
    text = (
        "Vaccine row\n\nSOKOTO, Nigeria - Niger turned down a donation of polio vaccine on Tuesday.\n\n"
        "Aminu Garba, a vaccinator who works on both sides of the border at Illela, told the Sokoto Standard that "
        'nobody at the crossing asks a child for a passport. "We vaccinate whoever comes," he said.'
    )
    analysis = analyze(text)
    assert speaker_name(one_quote(analysis, "We vaccinate whoever comes")) == "Aminu Garba"


def test_a_that_clause_hung_on_a_time_clause_is_what_the_speech_verb_says():
    text = (
        "Envoy summoned\n\nTOKYO - Japan summoned the Russian ambassador on Monday.\n\n"
        "Russia's foreign ministry rejected the protest. The ambassador, who spent 20 minutes at the foreign ministry "
        'in Tokyo, told reporters as he left that he had "listened politely".'
    )
    analysis = analyze(text)
    assert speaker_name(one_quote(analysis, "listened politely")) == "The ambassador"
    claim = claim_holding(analysis, "listened politely")
    assert claim.status == "attributed"
    assert source_name(claim) == "The ambassador"


def test_a_dateline_the_parser_cut_off_as_a_sentence_is_no_claim():
    text = (
        "Coalition row\n\nBERLIN (dpa) - A dispute inside Germany's coalition deepened on Wednesday, with the "
        "ministers trading barbs.\n\nKukies said there was no room for new borrowing."
    )
    assert not [c for c in analyze(text).claims if "(dpa)" in c.text]


def test_the_union_leader_is_the_woman_who_leads_the_union():
    text = (
        "Pension protests\n\nPARIS (AFP) - Unions called for a new strike on Tuesday.\n\n"
        "Sophie Binet, who leads the CGT union, said the protest would be big.\n\n"
        "Marylise Léon, head of the more moderate CFDT, said her union would join.\n\n"
        "Labour Minister Astrid Panosyan-Bouvet said the deficit would reach 15 billion euros by 2030. "
        'Binet called those figures "a lie".\n\n'
        '"Every year they invent a new hole in the accounts," the union leader said.'
    )
    analysis = analyze(text)
    assert speaker_name(one_quote(analysis, "invent a new hole")) == "Sophie Binet"
    assert source_name(claim_holding(analysis, "invent a new hole")) == "Sophie Binet"


def test_the_group_is_not_the_broadcaster_someone_told():
    text = (
        "Talks suspended\n\nBOGOTA (Reuters) - Colombia suspended peace talks with the ELN rebel group on Wednesday.\n\n"
        '"This is a new and dangerous tactic," Sánchez told Caracol Radio. He said the army had increased patrols.\n\n'
        "The ELN did not immediately respond to requests for comment. In a statement posted on its website last "
        "month, the group said it remained committed to dialogue."
    )
    analysis = analyze(text)
    assert speaker_name(one_quote(analysis, "committed to dialogue")) != "Caracol Radio"
    assert source_name(claim_holding(analysis, "committed to dialogue")) != "Caracol Radio"
