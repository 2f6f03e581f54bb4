"""Hand-annotated passages for the speaker-coreference evaluation (``bench/coref.py``).

The passages are fiction written for newsgraph in the style of wire copy: real office titles and
some real public figures, invented events and quotes. Nothing here is taken from a corpus.

Each gold mention is ``(surface, occurrence, gold, kind, speaker)``:

- ``surface``/``occurrence``: the n-th (1-based) whole-word, case-sensitive match of ``surface`` in
  the passage;
- ``gold``: the canonical name of the entity it refers to (the most complete name in the passage),
  or None when it refers to nobody the passage names ("a senior official", "officials");
- ``kind``: ``pronoun``, ``role`` (title or role noun phrase), ``name`` (surname, "Mr. X", a name
  shared by two people, a possessive);
- ``speaker``: True when the span introduces a quote, as the quote extractor would ask.
"""

from __future__ import annotations

PASSAGES: list[dict] = [
    {
        "id": "minsk-drills",
        "text": (
            "MINSK — Russian President Vladimir Putin arrived in Minsk on Friday for talks with Belarusian leader "
            "Alexander Lukashenko, as the two allies prepared joint military drills near the Ukrainian border.\n\n"
            "\u201cOur union has never been stronger,\u201d the Russian President told reporters after the meeting. "
            "He added that the exercises were \u201cpurely defensive\u201d.\n\n"
            "Lukashenko, who has ruled Belarus since 1994, said his country would host about 9,000 Russian troops. "
            "The Belarusian leader did not say how long they would stay.\n\n"
            "Ukraine\u2019s foreign minister, Dmytro Kuleba, called the drills a provocation. "
            "Kyiv\u2019s top diplomat said he had asked Western partners for more air defence systems.\n\n"
            "A senior NATO official, speaking on condition of anonymity, said the alliance was watching closely. "
            "He said Moscow was \u201ctesting the waters\u201d.\n\n"
            "Putin\u2019s spokesman Dmitry Peskov dismissed the criticism. \u201cThese are routine drills,\u201d Mr. Peskov said."
        ),
        "gold": [
            ("the Russian President", 1, "Vladimir Putin", "role", True),
            ("He", 1, "Vladimir Putin", "pronoun", True),
            ("Lukashenko", 2, "Alexander Lukashenko", "name", True),
            ("his", 1, "Alexander Lukashenko", "pronoun", False),
            ("The Belarusian leader", 1, "Alexander Lukashenko", "role", True),
            ("they", 1, None, "pronoun", False),
            ("Kyiv\u2019s top diplomat", 1, "Dmytro Kuleba", "role", True),
            ("he", 1, "Dmytro Kuleba", "pronoun", False),
            ("A senior NATO official", 1, None, "role", True),
            ("He", 2, None, "pronoun", True),
            ("Putin\u2019s", 1, "Vladimir Putin", "name", False),
            ("Mr. Peskov", 1, "Dmitry Peskov", "name", True),
        ],
    },
    {
        "id": "clinton-foundation",
        "text": (
            "WASHINGTON \u2014 Hillary Clinton and Bill Clinton will both speak at a fundraiser for the Clinton "
            "Foundation next month, the organisation said on Tuesday.\n\n"
            "The former secretary of state is expected to focus on maternal health. Mrs. Clinton has made the issue "
            "a priority since leaving government, and she is due to announce a new grant programme.\n\n"
            "Her husband, the 42nd president, will talk about climate resilience. Mr. Clinton said in a statement that "
            "he was \u201cproud of what the foundation has built\u201d.\n\n"
            "Clinton, 77, has cut back on public appearances in recent years. Aides said he remained active in the "
            "foundation\u2019s work."
        ),
        "gold": [
            ("Mrs. Clinton", 1, "Hillary Clinton", "name", False),
            ("she", 1, "Hillary Clinton", "pronoun", False),
            ("Her", 1, "Hillary Clinton", "pronoun", False),
            ("Mr. Clinton", 1, "Bill Clinton", "name", True),
            ("he", 1, "Bill Clinton", "pronoun", False),
            ("Clinton", 6, "Bill Clinton", "name", False),
            ("he", 2, "Bill Clinton", "pronoun", False),
        ],
    },
    {
        "id": "uk-defence",
        "text": (
            "LONDON \u2014 Defence Secretary Grant Shapps said on Monday that Britain would send another 200 armoured "
            "vehicles to Ukraine before the winter.\n\n"
            "The defence secretary told the BBC that the package had been agreed with Prime Minister Rishi Sunak last "
            "week. \u201cWe will not let up,\u201d he said.\n\n"
            "Labour\u2019s defence spokesman, John Healey, welcomed the announcement but said the government had been "
            "slow. Healey said he would press ministers for a timetable.\n\n"
            "The prime minister is due to meet Nato Secretary General Jens Stoltenberg in Brussels on Thursday. "
            "Stoltenberg said he expected allies to match Britain\u2019s pledge.\n\n"
            "A Ministry of Defence spokeswoman declined to give the cost of the vehicles. She said details would "
            "follow."
        ),
        "gold": [
            ("The defence secretary", 1, "Grant Shapps", "role", True),
            ("he", 1, "Grant Shapps", "pronoun", True),
            ("Healey", 2, "John Healey", "name", True),
            ("he", 2, "John Healey", "pronoun", False),
            ("The prime minister", 1, "Rishi Sunak", "role", False),
            ("Stoltenberg", 2, "Jens Stoltenberg", "name", True),
            ("he", 3, "Jens Stoltenberg", "pronoun", False),
            ("A Ministry of Defence spokeswoman", 1, None, "role", True),
            ("She", 1, None, "pronoun", True),
        ],
    },
    {
        "id": "lithuania-border",
        "text": (
            "VILNIUS \u2014 Lithuanian Defence Minister Laurynas Kasciunas said the country would build new fortifications "
            "along its border with Belarus and Russia\u2019s Kaliningrad region.\n\n"
            "Lithuania\u2019s defense chief told lawmakers the project would cost about 100 million euros over ten years. "
            "The minister said construction would begin in the spring.\n\n"
            "President Gitanas Nauseda backed the plan. \u201cWe cannot afford to wait,\u201d the president said in a "
            "radio interview, adding that he had discussed it with his Latvian counterpart.\n\n"
            "Critics in parliament questioned the price. They said the money should go to air defence instead."
        ),
        "gold": [
            ("Lithuania\u2019s defense chief", 1, "Laurynas Kasciunas", "role", True),
            ("The minister", 1, "Laurynas Kasciunas", "role", True),
            ("the president", 1, "Gitanas Nauseda", "role", True),
            ("he", 1, "Gitanas Nauseda", "pronoun", False),
            ("his", 1, "Gitanas Nauseda", "pronoun", False),
            ("They", 1, None, "pronoun", True),
        ],
    },
    {
        "id": "chip-earnings",
        "text": (
            "SAN FRANCISCO \u2014 Shares of Orion Semiconductor fell 12% on Thursday after the company cut its annual "
            "forecast, blaming weak demand for smartphone chips.\n\n"
            "Chief executive Maria Delgado told analysts on a call that inventories at customers remained high. "
            "\u201cWe expect the second half to be challenging,\u201d she said. The CEO said the company would cut about "
            "800 jobs.\n\n"
            "Orion\u2019s finance chief, Tom Becker, said the firm still expected to return to growth next year. "
            "Becker added that it would keep its dividend unchanged.\n\n"
            "Analysts were unconvinced. \u201cThe guidance is a red flag,\u201d said Priya Raman, an analyst at Halvorsen "
            "Securities. The analyst said she had cut her price target by a third."
        ),
        "gold": [
            ("she", 1, "Maria Delgado", "pronoun", True),
            ("The CEO", 1, "Maria Delgado", "role", True),
            ("Becker", 2, "Tom Becker", "name", True),
            ("it", 1, "Orion Semiconductor", "pronoun", False),
            ("The analyst", 1, "Priya Raman", "role", True),
            ("she", 2, "Priya Raman", "pronoun", False),
            ("her", 1, "Priya Raman", "pronoun", False),
        ],
    },
    {
        "id": "court-ruling",
        "text": (
            "A federal judge in Texas on Wednesday blocked a state law that would have banned the sale of some "
            "e-cigarettes, handing a victory to a group of vape retailers.\n\n"
            "Judge Alan Whitfield wrote that the law was \u201cunconstitutionally vague\u201d. He gave the state 30 days "
            "to appeal.\n\n"
            "Texas Attorney General Ken Paxton said he would challenge the ruling. In a statement, Paxton\u2019s "
            "office called the decision \u201cjudicial overreach\u201d. The attorney general said the law protected "
            "children.\n\n"
            "Lawyers for the retailers welcomed the ruling. They said their clients had lost millions since the ban was "
            "announced."
        ),
        "gold": [
            ("He", 1, "Alan Whitfield", "pronoun", False),
            ("he", 1, "Ken Paxton", "pronoun", False),
            ("Paxton\u2019s", 1, "Ken Paxton", "name", False),
            ("The attorney general", 1, "Ken Paxton", "role", True),
            ("They", 1, None, "pronoun", True),
            ("their", 1, None, "pronoun", False),
        ],
    },
    {
        "id": "china-talks",
        "text": (
            "BEIJING \u2014 Chinese Foreign Minister Wang Yi met U.S. Secretary of State Antony Blinken in Beijing on "
            "Sunday, the first such visit in five years.\n\n"
            "Wang told Blinken that Washington must stop \u201cinterfering\u201d in Taiwan, according to a Chinese "
            "readout of the meeting. The Chinese foreign minister also criticised U.S. export controls on chips.\n\n"
            "America\u2019s top diplomat said the talks had been \u201ccandid and constructive\u201d. Blinken said he had "
            "raised the cases of detained Americans.\n\n"
            "Xi Jinping later received Blinken at the Great Hall of the People. The Chinese leader said he hoped the "
            "two countries could find a way to \u201cget along\u201d.\n\n"
            "The Chinese Foreign Ministry said in a separate statement that it was ready to resume military talks."
        ),
        "gold": [
            ("Wang", 2, "Wang Yi", "name", True),
            ("The Chinese foreign minister", 1, "Wang Yi", "role", False),
            ("America\u2019s top diplomat", 1, "Antony Blinken", "role", True),
            ("he", 1, "Antony Blinken", "pronoun", False),
            ("The Chinese leader", 1, "Xi Jinping", "role", True),
            ("he", 2, "Xi Jinping", "pronoun", False),
            ("it", 1, "The Chinese Foreign Ministry", "pronoun", False),
        ],
    },
    {
        "id": "city-council",
        "text": (
            "Portland\u2019s city council voted 7-2 on Tuesday to approve a new housing plan backed by Mayor Karen "
            "Olsen.\n\n"
            "The mayor said the plan would add 5,000 affordable homes by 2030. \u201cThis is a turning point,\u201d she "
            "told supporters at City Hall.\n\n"
            "Councilman Derek Hayes, who voted against it, said the city could not pay for it. Hayes said he feared "
            "property taxes would rise. His colleague Ana Ruiz disagreed. She said the plan was fully funded.\n\n"
            "Residents packed the chamber for the vote. Many said they had waited years for help with rents."
        ),
        "gold": [
            ("The mayor", 1, "Karen Olsen", "role", True),
            ("she", 1, "Karen Olsen", "pronoun", True),
            ("Hayes", 2, "Derek Hayes", "name", True),
            ("he", 1, "Derek Hayes", "pronoun", False),
            ("His", 1, "Derek Hayes", "pronoun", False),
            ("She", 1, "Ana Ruiz", "pronoun", True),
            ("they", 1, None, "pronoun", False),
        ],
    },
    {
        "id": "gaza-aid",
        "text": (
            "CAIRO \u2014 Egypt\u2019s foreign minister, Sameh Shoukry, said on Saturday that aid trucks would be allowed "
            "through the Rafah crossing once the road had been repaired.\n\n"
            "Shoukry made the remarks after meeting the United Nations relief chief, Martin Griffiths, in Cairo. "
            "Griffiths said the first convoy could leave within days. He warned that it would be \u201ca drop in the "
            "ocean\u201d.\n\n"
            "Israel\u2019s military said it had struck more than 100 targets overnight. A spokesman for the Israel "
            "Defense Forces said the strikes targeted militants. He did not give details.\n\n"
            "The Egyptian minister told reporters that Cairo would not accept refugees on its soil."
        ),
        "gold": [
            ("Shoukry", 2, "Sameh Shoukry", "name", False),
            ("Griffiths", 2, "Martin Griffiths", "name", True),
            ("He", 1, "Martin Griffiths", "pronoun", True),
            ("A spokesman for the Israel Defense Forces", 1, None, "role", True),
            ("He", 2, None, "pronoun", False),
            ("The Egyptian minister", 1, "Sameh Shoukry", "role", True),
        ],
    },
    {
        "id": "climate-study",
        "text": (
            "Melting glaciers in the Alps have lost a tenth of their volume in two years, according to a study "
            "published on Thursday in the journal Nature Geoscience.\n\n"
            "\u201cWe did not expect the loss to accelerate so quickly,\u201d said Matthias Huss, a glaciologist who "
            "led the research. He said the summer of 2022 had been the worst on record.\n\n"
            "Dr. Huss and his team measured 40 glaciers in Switzerland. The researcher said smaller glaciers could "
            "disappear entirely by the end of the century.\n\n"
            "Swiss Environment Minister Albert Roesti said the findings were alarming. The minister said he would "
            "present new measures to parliament. A spokesperson for his ministry said they would be costed by March."
        ),
        "gold": [
            ("He", 1, "Matthias Huss", "pronoun", True),
            ("Dr. Huss", 1, "Matthias Huss", "name", False),
            ("his", 1, "Matthias Huss", "pronoun", False),
            ("The researcher", 1, "Matthias Huss", "role", True),
            ("The minister", 1, "Albert Roesti", "role", True),
            ("he", 1, "Albert Roesti", "pronoun", False),
            ("his", 2, "Albert Roesti", "pronoun", False),
            ("A spokesperson for his ministry", 1, None, "role", True),
            ("they", 1, None, "pronoun", False),
        ],
    },
    {
        "id": "election-debate",
        "text": (
            "Senator Elizabeth Warren and her Republican challenger, John Deaton, clashed over inflation in their only "
            "televised debate on Tuesday night.\n\n"
            "Warren accused Deaton of being funded by the cryptocurrency industry. The challenger said he had never "
            "taken money from any company he regulated, because he had never held office.\n\n"
            "The senator, who is seeking a third term, said her record on consumer protection spoke for itself. "
            "\u201cI have taken on the big banks and won,\u201d she said.\n\n"
            "Deaton said Warren had lost touch with working families. A poll released last week gave the incumbent a "
            "20-point lead."
        ),
        "gold": [
            ("her", 1, "Elizabeth Warren", "pronoun", False),
            ("The challenger", 1, "John Deaton", "role", True),
            ("he", 1, "John Deaton", "pronoun", False),
            ("The senator", 1, "Elizabeth Warren", "role", True),
            ("her", 2, "Elizabeth Warren", "pronoun", False),
            ("she", 1, "Elizabeth Warren", "pronoun", True),
            ("the incumbent", 1, "Elizabeth Warren", "role", False),
        ],
    },
]
