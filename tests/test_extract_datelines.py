"""Date lines and datelines in the shapes sites write them (texts written for the tests)."""

from __future__ import annotations

import datetime as dt

import secgraph as sg
from secgraph.extract._stamps import dated_heading
from secgraph.extract._text import find_dateline, split_sentences


def _dates(text: str, lexicon: sg.Lexicon) -> list[tuple[dt.date | None, dt.date | None]]:
    return [(m.date, m.end_date) for m in sg.extract(text, lexicon).meetings]


def test_a_date_line_with_the_sites_name() -> None:
    text = "Talks on the border\n\n2 August 2024 | SAnews.gov.za\n\nThe sides met on Friday."
    assert dated_heading(split_sentences(text)) == dt.date(2024, 8, 2)


def test_a_listed_storys_date_is_still_no_date_line() -> None:
    text = "Talks\n\nJune 12, 2025 | Uganda police chief visits Juba\n\nThey met."
    assert dated_heading(split_sentences(text)) is None


def test_a_date_line_with_a_state_in_brackets() -> None:
    text = "Navies meet\n\nRio de Janeiro (RJ), 24 April 2025\n\nThe navies met on 22 April."
    assert dated_heading(split_sentences(text)) == dt.date(2025, 4, 24)


def test_a_dateline_whose_year_follows_a_slash() -> None:
    text = "Addis Ababa, September 17/2024 (ENA) - Ethiopia and Djibouti held talks on Monday."
    found = find_dateline(split_sentences(text))
    assert found is not None and found.date == dt.date(2024, 9, 17)


def test_today_after_co_chaired(lexicon: sg.Lexicon) -> None:
    text = (
        "05/11/2025 07:41 PM\n\nKUALA LUMPUR, Nov 5 (Bernama) -- Malaysia and Indonesia agreed "
        "to step up patrols.\n\nHe said the decision was made at the 54th General Border "
        "Committee meeting which he co-chaired with his Indonesian counterpart at the Ministry "
        "of Defence here today."
    )
    assert _dates(text, lexicon) == [(dt.date(2025, 11, 5), None)]


def test_two_weekdays_counted_back_from_a_sites_date_line(lexicon: sg.Lexicon) -> None:
    text = (
        "SA and Mozambique commit to joint action\n\n2 August 2024 | SAnews.gov.za\n\n"
        "South Africa and Mozambique have committed to deepen cooperation in defence.\n\n"
        "This emerged at the session of their Joint Permanent Commission on Defence and "
        "Security, held in Pretoria on Wednesday and Thursday."
    )
    assert _dates(text, lexicon) == [(dt.date(2024, 7, 31), dt.date(2024, 8, 1))]


def test_the_parties_holding_the_session_name_the_meeting(lexicon: sg.Lexicon) -> None:
    text = (
        "Addis Ababa, September 17/2024 (ENA) - Ethiopia's security depends on peace with its "
        "neighbours, experts told ENA.\n\nOne analyst said al-Shabaab remained the main threat "
        "to the whole region.\n\nAnother said intelligence sharing between the neighbours "
        "was essential.\n\nA third said the ports and railways of the region should connect "
        "its peoples.\n\nThe experts also underlined the role of the African Union in the "
        "region.\n\nMeanwhile, Ethiopia and "
        "Djibouti held the 14th session of their Joint Defence and Security Commission in "
        "Addis Ababa on Monday. The two sides agreed to hold joint border patrols."
    )
    assert _dates(text, lexicon) == [(dt.date(2024, 9, 16), None)]


def test_met_for_the_fifth_meeting_names_the_meeting(lexicon: sg.Lexicon) -> None:
    scene = (
        "Rafts cross the river every morning with crates of beer, sacks of rice and motorcycle "
        "parts for the markets on the other bank."
    )
    text = (
        "FEATURE\n\nOn the river, two governments try to take the border back\n\n"
        "By Ana Ruiz | August 3, 2025\n\n"
        f"CIUDAD HIDALGO, Chiapas - {scene}\n\n{scene}\n\n{scene}\n\n{scene}\n\n"
        "It was against this background that the security cabinets of Mexico and Guatemala "
        "met in Tapachula on July 24 for the fifth meeting of the Mexico-Guatemala "
        "High-Level Security Group. The two sides agreed to open a joint command post."
    )
    assert _dates(text, lexicon) == [(dt.date(2025, 7, 24), None)]
