"""Claims round 14 (issue 4): causes found in the claim errors of the burned blind sets (unseen to
unseen7): a headline naming its source by description, a speaker's name hung on an opening
participle, a speech act or a parenthetical frame joined to another subject's clause, documents and
spokespeople standing for their authors, broadcasters' pictures, requests with "press", and parses
that make a report of a noun compound or of a recalled envoy.

Sentences are invented for these tests (none from an article, none from the blind sets). The real
extractors run in front of the claim extractor (entities, quotes, times).
"""

from __future__ import annotations

import pytest

from .test_claims_continuations import claim_with
from .test_claims_sources import ATTRIBUTED, UNATTRIBUTED, status_source

TITLED_HEADLINE = (
    "Estonian minister: Russian drones mapped Tallinn harbour\n\n"
    "TALLINN, March 3, 2026 - By Kadri Saar\n\n"
    "Estonia summoned the Russian charge d'affaires on Tuesday after three drones were seen over the harbour.\n\n"
    "Defence Minister Hanno Pevkur told reporters that the drones had flown from a ship in the Gulf of Finland."
)
BODY_HEADLINE = (
    "Rights group accuses Greek coast guard of abandoning migrants at sea\n\n"
    "ATHENS, May 9, 2026 - By Eleni Markou\n\n"
    "Amnesty International on Friday accused the Greek coast guard of towing 40 migrants back into Turkish waters "
    "in an engine-less dinghy."
)


@pytest.mark.parametrize(
    "text, fragment, expected",
    [
        # a headline's described source is the one the body names
        pytest.param(TITLED_HEADLINE, "Russian drones mapped", (ATTRIBUTED, "Hanno Pevkur"), id="headline-title-named-in-body"),
        pytest.param(BODY_HEADLINE, "Rights group accuses", (ATTRIBUTED, "Amnesty International"), id="headline-group-named-in-body"),
        # a named source in a headline stays as it is
        pytest.param(
            "Athens accuses Turkish navy of harassing Greek tanker\n\nATHENS - By Eleni Markou\n\n"
            "The owner, Halkidon Shipping, said on Friday that the crew was safe.",
            "Athens accuses",
            (ATTRIBUTED, "Greek government"),  # a capital speaks for the government (round 45)
            id="headline-named-source-kept",
        ),
        # the name set off before the verb is its subject, also when the parser hangs it on the participle
        pytest.param(
            "The outage began on June 2. According to the Port of Gdansk, about 900 containers were stuck on the quays.\n\n"
            "Speaking to the BBC, the head of the Polish counter-intelligence agency, General Tomasz Wrona, said "
            "investigators had traced the malware to servers used in earlier attacks on Lithuania and Latvia.",
            "investigators had traced the malware",
            (ATTRIBUTED, "Tomasz Wrona"),
            id="name-after-opening-participle",
        ),
        # a speech act ends where another subject's clause begins: that clause is the writer's...
        pytest.param(
            "Ankara, which has troops in both countries, urged its two neighbours to show restraint, and Turkey's "
            "foreign ministry offered to host talks between them.",
            "offered to host talks",
            UNATTRIBUTED,
            id="speech-act-then-writers-clause",
        ),
        pytest.param(
            "Ankara, which has troops in both countries, urged its two neighbours to show restraint, and Turkey's "
            "foreign ministry offered to host talks between them.",
            "urged its two neighbours",
            (ATTRIBUTED, "Turkish government"),  # a capital speaks for the government (round 45)
            id="speech-act-clause-kept",
        ),
        # ...or the report it makes itself
        pytest.param(
            "Kenya and Uganda congratulated the winner within hours of the result, and Uganda's president said in a "
            "message that voters had chosen continuity.",
            "voters had chosen continuity",
            (ATTRIBUTED, "Uganda's president"),
            id="speech-act-then-other-report",
        ),
        pytest.param(
            "The union accused the board of lying, and the company denied it.",
            "the company denied it",
            (ATTRIBUTED, "the company"),
            id="speech-act-then-other-speech-act",
        ),
        # a parenthetical frame followed by ", and" and a clause of its own frames the clause before it
        pytest.param(
            "Troops detained at least 30 people, the defence ministry said, and the main bridge was closed for several hours.",
            "the main bridge was closed",
            UNATTRIBUTED,
            id="parenthetical-frame-then-writers-clause",
        ),
        pytest.param(
            "Troops detained at least 30 people, the defence ministry said, and the main bridge was closed for several hours.",
            "Troops detained",
            (ATTRIBUTED, "defence ministry"),
            id="parenthetical-frame-clause-before",
        ),
        # ...but not a clause that reports on
        pytest.param(
            "The strike will continue, the union said, and it called on members to stay at home.",
            "The strike will continue",
            (ATTRIBUTED, "the union"),
            id="parenthetical-frame-then-report",
        ),
        # a document stands for its author: a body named by its kind, a person taken up by "his"/"her"
        pytest.param(
            "The ceasefire starts at midnight, according to a statement from the Qatari and Egyptian delegations that are "
            "hosting the talks.",
            "The ceasefire starts at midnight",
            (ATTRIBUTED, "the Qatari and Egyptian delegations"),
            id="statement-from-delegations",
        ),
        pytest.param(
            "Oliver Grant resigned from the board on Friday. His statement said that the accounts had been falsified.",
            "the accounts had been falsified",
            (ATTRIBUTED, "Oliver Grant"),
            id="his-statement",
        ),
        # a broadcaster showing pictures reports what they show...
        pytest.param(
            "State media showed tanks leaving the base near Grodno.",
            "State media showed tanks",
            (ATTRIBUTED, "State media"),
            id="state-media-showed",
        ),
        # ...airing something reports nothing
        pytest.param(
            "The channel aired an interview with the general on Sunday.",
            "The channel aired",
            UNATTRIBUTED,
            id="channel-aired",
        ),
        # a bare "a spokeswoman" speaks for the body just named
        pytest.param(
            "The Danish foreign ministry rejected that account. A spokeswoman said there had been no agreement of any kind.",
            "there had been no agreement",
            (ATTRIBUTED, "The Danish foreign ministry"),
            id="spokeswoman-for-body-before",
        ),
        # a ministry named in front of a spokeswoman, also when the tagger reads it as a name
        pytest.param(
            "In Tokyo, a foreign ministry spokeswoman said Japan hoped the agreement would not target any third party.",
            "Japan hoped the agreement",
            (ATTRIBUTED, "foreign ministry"),
            id="lowercase-ministry-spokeswoman",
        ),
        # pressing someone to act is a request; pressing on is not
        pytest.param(
            "Mediators are also pressing both sides to allow a team of observers into the town.",
            "pressing both sides",
            (ATTRIBUTED, "Mediators"),
            id="pressing-to",
        ),
        pytest.param(
            "The government pressed on with the reforms despite the strike.",
            "pressed on with the reforms",
            UNATTRIBUTED,
            id="pressed-on",
        ),
        # "warning shots" is a noun, not a warning given
        pytest.param(
            "The coast guard said the boat had no licence. Its skipper ignored radio calls and warning shots and tried "
            "to reach open water.",
            "Its skipper ignored",
            UNATTRIBUTED,
            id="warning-shots",
        ),
        # a headline's recalled envoy is no content clause
        pytest.param(
            "Latvia recalls ambassador from Minsk over minister's border remarks\n\nRIGA - Latvia recalled its ambassador on Monday.",
            "recalls ambassador",
            UNATTRIBUTED,
            id="recalls-ambassador-headline",
        ),
    ],
)
def test_round14(parse, text, fragment, expected):
    assert status_source(claim_with(parse, text, fragment)) == expected
