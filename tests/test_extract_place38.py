"""Issue 21: a briefing's header names where the remarks were made; the body's "was held in
CITY" is where the meeting was. A short text written for the test (countries and cities real,
people and meetings invented)."""

from __future__ import annotations

from extract_meeting import meeting_place

import secgraph as sg


def test_the_body_held_in_beats_a_briefing_header(lexicon: sg.Lexicon) -> None:
    text = (
        "Transcript of the Weekly Press Briefing by the Spokesperson\n"
        "Ministry of Foreign Affairs, Islamabad\n"
        "Thursday, 20 November 2025\n\n"
        "Spokesperson: Good afternoon. The 23rd meeting of the Pakistan-Iran Joint Border "
        "Commission was held in Quetta on 18 and 19 November. The Pakistani delegation was led "
        "by Additional Secretary Syed Ali Gillani."
    )
    assert meeting_place(text, lexicon) == ("Quetta", "PAK")


def test_a_briefing_header_stands_when_the_body_names_no_city(lexicon: sg.Lexicon) -> None:
    text = (
        "Transcript of the Weekly Press Briefing by the Spokesperson\n"
        "Ministry of Foreign Affairs, Islamabad\n"
        "Thursday, 20 November 2025\n\n"
        "Spokesperson: Good afternoon. This morning the Foreign Secretary held talks here with "
        "Iran's Deputy Foreign Minister on border security."
    )
    assert meeting_place(text, lexicon) == ("Islamabad", "PAK")
