"""Issue 21: the meeting's date, fourth round (fresh74-fresh79's first run had no wrong date
and nine missing). A plan after what was agreed ("agreed on Tuesday ... to extend the patrols
until the end of next year"); date lines with a time and a venue, headings that end in their
day, an agency between dashes ("- IRNA -"), a weekday before a date read nowhere ("on
Tuesday, 30 Tir"), a day and month in figures ("On 04.03."), and a closing day inside the span
another sentence gives ("agreed on Tuesday" and "The two-day meeting, which opened on Monday").

Each test is a short text written for it (countries and cities real, people and meetings
invented), one shape each.
"""

from __future__ import annotations

import datetime as dt

from extract_meeting import meeting_span

import secgraph as sg
from secgraph.extract._dates import dates_in

D = dt.date


def test_agreed_on_a_weekday_to_do_something_next_year(lexicon: sg.Lexicon) -> None:
    text = (
        "Radio Szeged - Regional News\n"
        "Wednesday, 7 October 2026, 07:30\n\n"
        "Hungarian and Serbian police chiefs agreed on Tuesday in Szeged to extend their joint "
        "patrols along the border until the end of next year.\n\n"
        "The county police headquarters hosted a delegation of the Serbian border police."
    )
    assert meeting_span(text, lexicon) == (D(2026, 10, 6), None)


def test_a_date_line_with_a_time_and_a_venue(lexicon: sg.Lexicon) -> None:
    text = (
        "Press Conference by the Press Secretary, Ministry of Foreign Affairs of Japan\n\n"
        "Thursday, October 15, 2026, 4:05 p.m., Press Conference Room, Ministry of Foreign "
        "Affairs\n\n"
        "PRESS SECRETARY: The Japan-Australia Security and Defence Dialogue was held yesterday, "
        "October 14, here in Tokyo, with Australia's Secretary of Defence."
    )
    assert meeting_span(text, lexicon) == (D(2026, 10, 14), None)


def test_a_heading_that_ends_in_its_day(lexicon: sg.Lexicon) -> None:
    text = (
        "Excerpt from the weekly briefing by the Foreign Ministry Spokesperson, Moscow, 29 "
        "October 2026\n\n"
        "On 26-27 October, Bangui hosted the regular round of consultations between Russia and "
        "the Central African Republic on security issues."
    )
    assert meeting_span(text, lexicon) == (D(2026, 10, 26), D(2026, 10, 27))


def test_an_agency_between_dashes_and_a_weekday_before_an_unread_date(
    lexicon: sg.Lexicon,
) -> None:
    text = (
        "Tehran, Wednesday 31 Tir 1405 - IRNA - The meeting of the Iran-Pakistan Joint Border "
        "Commission was held in Zahedan on Tuesday, 30 Tir, with border officials of the two "
        "countries."
    )
    assert meeting_span(text, lexicon) == (D(2026, 7, 21), None)


def test_a_day_and_month_in_figures() -> None:
    assert [
        d.start for d in dates_in("On 04.03. the crossing hosted a meeting", D(2026, 3, 5))
    ] == [D(2026, 3, 4)]
    assert dates_in("under Article 4.3. of the treaty", D(2026, 3, 5)) == []


def test_a_closing_day_inside_the_span_another_sentence_gives(lexicon: sg.Lexicon) -> None:
    text = (
        "Published: 13 May 2026\n\n"
        "The Thai and Malaysian armies agreed on Tuesday to set up joint checkpoints, at the "
        "41st meeting of the Thailand-Malaysia Regional Border Committee in Hat Yai.\n\n"
        "The two-day meeting, which opened on Monday (May 11), was co-chaired by the "
        "commanders of the two armies' border regions."
    )
    assert meeting_span(text, lexicon) == (D(2026, 5, 11), D(2026, 5, 12))


def test_a_date_in_another_calendar_glossed_with_its_gregorian_span() -> None:
    found = dates_in("held in Zahedan on 23 and 24 Esfand 1404 (14-15 March 2026).", None)
    assert [(d.start, d.end) for d in found] == [(D(2026, 3, 14), D(2026, 3, 15))]
