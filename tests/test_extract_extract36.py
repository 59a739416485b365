"""The place, dialogue and discussed-countries pass of branch extract36: meetings told as
"sat down in", a statement "released here" that is no venue, a body "expected to meet again"
elsewhere that is no second meeting. Each test on a short text written for it (people and
meetings invented)."""

from __future__ import annotations

import pytest

import secgraph as sg
from secgraph.extract._dialogues import find_dialogue
from secgraph.extract._text import split_sentences

# --- the meeting's place ---------------------------------------------------------------------


def _places(text: str, lexicon: sg.Lexicon) -> list[str]:
    draft = sg.extract(text, lexicon)
    places = {p.id: p.name for p in draft.places}
    return [places.get(m.place, m.place) for m in draft.meetings if m.place]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # "sat down in X": the talks' city, not the dateline's
        (
            "Peru and Bolivia tighten border controls\n\nLIMA - When customs officers from "
            "Peru and Bolivia sat down in Cusco last week, they spoke about lorries. The "
            "Peruvian delegation was led by Director Ana Quispe.",
            "Cusco",
        ),
        # "a statement released here": where the statement was issued, not where the talks were
        (
            "China, Laos agree on border patrols\n\nVIENTIANE, March 20 (Xinhua) -- Chinese "
            "and Lao police officials agreed to step up joint patrols, according to a statement "
            "released here on Friday. The pledge was made at the fourth meeting on border "
            "security between the two countries, held in Kunming from March 17 to 18, 2026.",
            "Kunming",
        ),
        # a city after the talks' verb, before the sentence speaks of "next year"
        (
            "Austrian and Slovak police extend joint patrols\n\nAustrian and Slovak police "
            "chiefs agreed on Tuesday in Bratislava to extend their joint patrols until the end "
            "of next year. The Austrian side was led by General Karl Huber.",
            "Bratislava",
        ),
        # three words before "city of": "the northern Peruvian border city of X"
        (
            "Peru and Ecuador agree on police unit\n\nPeru and Ecuador agreed to form a joint "
            "police unit after officials met on Friday in the northern Peruvian border city of "
            "Piura, the ministry said.",
            "Piura",
        ),
    ],
)
def test_the_meetings_city(text: str, place: str, lexicon: sg.Lexicon) -> None:
    assert _places(text, lexicon)[:1] == [place]


def test_a_body_expected_to_meet_again_is_no_second_meeting(lexicon: sg.Lexicon) -> None:
    text = (
        "Ghana and Togo end border talks\n\nGhana and Togo agreed on joint patrols after a "
        "session of the Ghana-Togo Joint Border Commission held in Lome from Monday to "
        "Wednesday. The Ghanaian delegation was led by Director Kofi Mensah. The commission "
        "is expected to meet again in Accra later in the year."
    )
    assert _places(text, lexicon) == ["Lome"]


def test_a_checkpoint_named_in_quotes_on_a_side(lexicon: sg.Lexicon) -> None:
    text = (
        "Meeting of border representatives\n\nDushanbe, 18 September 2025\n\nOn 17 September "
        "2025, a regular meeting of the border representatives of the Republic of Tajikistan "
        'and the Kyrgyz Republic was held at the "Kulundu" automobile checkpoint on the Kyrgyz '
        "side of the state border. The Tajik side was represented by Colonel Firdavs Rahimov."
    )
    assert _places(text, lexicon) == ["Kulundu"]
    draft = sg.extract(text, lexicon)
    assert [p.country for p in draft.places] == ["KGZ"]


def test_a_briefings_dated_header_for_talks_held_here(lexicon: sg.Lexicon) -> None:
    text = (
        "INDONESIAN COAST GUARD\n\nPress Briefing of the Spokesperson\n\n"
        "14 May 2026, Bakamla Headquarters, Jalan Proklamasi, Jakarta\n\nTRANSCRIPT\n\n"
        "SPOKESPERSON: Good morning. The 5th Indonesia-Japan Coast Guard talks were held "
        "yesterday here at our headquarters. The Indonesian delegation was headed by Admiral "
        "Budi Santoso. The Japanese delegation was led by Commandant Hiroshi Sato."
    )
    assert _places(text, lexicon) == ["Jakarta"]


def test_a_dated_header_alone_is_no_venue(lexicon: sg.Lexicon) -> None:
    text = (
        "INDONESIAN COAST GUARD\n\nPress Briefing of the Spokesperson\n\n"
        "14 May 2026, Bakamla Headquarters, Jalan Proklamasi, Jakarta\n\nTRANSCRIPT\n\n"
        "SPOKESPERSON: Good morning. Indonesian and Japanese coast guard officers met in "
        "Tokyo last week. The Indonesian delegation was headed by Admiral Budi Santoso."
    )
    assert _places(text, lexicon) == ["Tokyo"]


# --- a page's lead paragraph -------------------------------------------------------------------


def test_a_pages_lead_in_its_own_element_is_read() -> None:
    from secgraph.extract._text import read_text

    page = (
        "<html><head><title>Vietnam, India hold defence dialogue</title></head><body>"
        "<h1>Vietnam, India hold defence dialogue</h1>"
        '<div class="article-sapo">The 14th Vietnam-India Defence Policy Dialogue took place '
        "in Hanoi on May 26 under the co-chairmanship of two deputy ministers.</div>"
        '<div class="article-body"><p>Attending the dialogue were officers of the two '
        "defence ministries and representatives of relevant agencies of both sides.</p>"
        "<p>The two sides agreed to continue to promote cooperation in training, cyber "
        "security and peacekeeping, and to exchange more delegations next year.</p></div>"
        "</body></html>"
    )
    text = read_text(page.encode(), "page.html")
    assert "took place in Hanoi on May 26" in text
    assert text.index("took place in Hanoi") < text.index("Attending the dialogue")


# --- the dialogue's name ---------------------------------------------------------------------

_PAIRS = frozenset(
    [
        "Kazakh",
        "Kazakhstan",
        "Kyrgyz",
        "Kyrgyzstan",
        "France",
        "French",
        "Chad",
        "Chadian",
        "Japan",
        "Japanese",
        "Indonesia",
        "Indonesian",
        "Brazil",
        "Bolivia",
        "Malaysia",
        "Thailand",
    ]
)


def _dialogue(text: str) -> tuple[str, str | None] | None:
    found = find_dialogue(split_sentences(text), _PAIRS)
    return (found.name, found.round) if found else None


@pytest.mark.parametrize(
    ("text", "name", "rnd"),
    [
        # a subject of three words ending in its noun
        (
            "The talks were the third round of Kazakh-Kyrgyz consultations on international "
            "information security.",
            "Kazakh-Kyrgyz consultations on international information security",
            "third",
        ),
        # a pair written with an en dash; "and the fight against X" in the subject
        (
            "The second France\u2013Chad consultations on security and the fight against "
            "terrorism were held in N'Djamena on 9 June 2026.",
            "France\u2013Chad consultations on security and the fight against terrorism",
            "second",
        ),
        # a coast guards' high-level meeting; two services named each with its country
        (
            "The Japan-Indonesia Coast Guard High-Level Meeting, the fifth since 2019, was held "
            "in Jakarta.",
            "Japan-Indonesia Coast Guard High-Level Meeting",
            None,
        ),
        (
            "Let me start with the 8th Indonesian Coast Guard \u2013 Japan Coast Guard "
            "High-Level Meeting, which was held yesterday here.",
            "Indonesian Coast Guard \u2013 Japan Coast Guard High-Level Meeting",
            "8th",
        ),
        # an army staff conference with its round in Roman numerals
        (
            "The XII Brazil-Bolivia Bilateral Army Staff Conference took place from 23 to 25 "
            "September.",
            "Brazil-Bolivia Bilateral Army Staff Conference",
            "XII",
        ),
        # two weekdays after an acronym are no part of the name
        (
            "They agreed on patrols following the 57th meeting of the Malaysia-Thailand General "
            "Border Committee (GBC) on Tuesday and Wednesday.",
            "Malaysia-Thailand General Border Committee",
            "57th",
        ),
        # a subject in lower case after "for the"
        (
            "The Joint Iraqi-Syrian Committee for the implementation of the security agreement "
            "held its fourth meeting in Baghdad on Sunday.",
            "Joint Iraqi-Syrian Committee for the implementation of the security agreement",
            "fourth",
        ),
        # a month after the name is no subject
        (
            "The United States and Kazakhstan held the second meeting of the U.S.-Kazakh "
            "Counternarcotics Working Group on May 20, 2026, in Astana.",
            "U.S.-Kazakh Counternarcotics Working Group",
            "second",
        ),
    ],
)
def test_a_dialogues_name(text: str, name: str, rnd: str | None) -> None:
    assert _dialogue(text) == (name, rnd)


def test_a_high_level_meeting_of_no_one_named_is_no_dialogue() -> None:
    assert _dialogue("The 9th High-Level Meeting will be in Tokyo next year.") is None


# --- countries discussed ---------------------------------------------------------------------


def test_the_eu_as_the_channel_of_support_is_not_discussed(lexicon: sg.Lexicon) -> None:
    text = (
        "Spain and Mauritania review migration cooperation\n\nSpanish and Mauritanian interior "
        "ministry officials held talks in Nouakchott on 3 March 2026. The Spanish delegation was "
        "led by Director General Ana Ruiz. Spain will deliver 40 patrol vehicles to the "
        "Mauritanian authorities, as part of the support provided through the European Union. "
        "They also discussed the situation in Mali."
    )
    found = {c for m in sg.extract(text, lexicon).meetings for c in m.discussed}
    assert "EUU" not in found
    assert "MLI" in found


def test_a_posts_remit_is_not_discussed(lexicon: sg.Lexicon) -> None:
    text = (
        "United States and Fiji hold maritime dialogue\n\nThe United States and Fiji held their "
        "second Maritime Security Dialogue in Suva on 14 October 2026. The dialogue was "
        "co-chaired by Deputy Assistant Secretary of State for Australia, New Zealand and the "
        "Pacific Islands Karen Whitman and Fiji's Permanent Secretary for Defence Mr Jone Vula. "
        "They also discussed illegal fishing near Tonga."
    )
    found = {c for m in sg.extract(text, lexicon).meetings for c in m.discussed}
    assert not found & {"AUS", "NZL"}
    assert "TON" in found


def test_a_regions_american_is_no_country(lexicon: sg.Lexicon) -> None:
    text = (
        "Guatemala and Mexico review border security\n\nGuatemalan and Mexican officials held "
        "talks in Tapachula on 3 March 2026. The Mexican delegation was led by Director Ana "
        "Ruiz. They discussed the trafficking of migrants along the Pan-American highway and "
        "Latin American cartels, and the situation in Honduras."
    )
    found = {c for m in sg.extract(text, lexicon).meetings for c in m.discussed}
    assert "USA" not in found
    assert "HND" in found


@pytest.mark.parametrize(
    ("more", "absent"),
    [
        # an agreement named after where it was signed
        ("They reviewed cooperation under the Samoa Agreement.", "WSM"),
        # a capital as a person's surname
        ("Secretary of Security Gustavo Vera Colombo also took part.", "LKA"),
        # a country's name in a double surname
        ("Secretary Alejandra Montenegro-Paz also took part.", "MNE"),
        # Antarctica is no state
        ("They agreed to extend their joint naval patrols in Antarctica.", "ATA"),
    ],
)
def test_a_name_that_is_no_country_discussed(more: str, absent: str, lexicon: sg.Lexicon) -> None:
    text = (
        "Argentina and Chile hold defence talks\n\nArgentine and Chilean defence officials "
        "held talks in Santiago on 3 March 2026. The Chilean delegation was led by Director "
        f"Ana Ruiz. {more} They also discussed the situation in Bolivia."
    )
    found = {c for m in sg.extract(text, lexicon).meetings for c in m.discussed}
    assert absent not in found
    assert "BOL" in found
