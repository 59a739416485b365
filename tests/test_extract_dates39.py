"""Issue 21: the meeting's date, fifth round. A span whose days carry their weekdays ("on
Monday 16 and Tuesday 17 February 2026", "on Monday, March 16, and Tuesday, March 17, 2026")
is one span, not its last day; the talks held on one day of a visit told by its span are that
day, though the sentence that gives it names the visit ("The central event of the visit was the
meeting ..., held in Ankara on 30 December").

Each test is a short text written for it (countries and cities real, people and meetings
invented), one shape each.
"""

from __future__ import annotations

import datetime as dt

import pytest
from extract_meeting import meeting_span

import secgraph as sg
from secgraph.extract._dates import dates_in

D = dt.date


@pytest.mark.parametrize(
    "phrase",
    [
        "on Monday 16 and Tuesday 17 February 2026",
        "on Monday, 16 and Tuesday, 17 February 2026",
        "on Monday 16 February and Tuesday 17 February 2026",
        "on Monday, February 16, and Tuesday, February 17, 2026",
    ],
)
def test_a_span_whose_days_carry_their_weekdays(phrase: str) -> None:
    (found,) = dates_in(f"The dialogue met {phrase} in Accra.", None)
    assert (found.start, found.end) == (D(2026, 2, 16), D(2026, 2, 17))


def test_two_dates_far_apart_with_weekdays_stay_two_days() -> None:
    found = dates_in("They met on Monday 2 March 2026 and Friday 24 April 2026.", None)
    assert [(d.start, d.end) for d in found] == [(D(2026, 3, 2), None), (D(2026, 4, 24), None)]


def test_the_meeting_keeps_both_days(lexicon: sg.Lexicon) -> None:
    text = (
        "Accra, 18 February 2026\n\n"
        "The Ghana-France Defence and Security Dialogue held its second session on Monday 16 "
        "and Tuesday 17 February 2026 at the Ministry of Defence in Accra.\n\n"
        "The Ghanaian delegation was led by the Chief of the Defence Staff."
    )
    assert meeting_span(text, lexicon) == (D(2026, 2, 16), D(2026, 2, 17))


def test_the_talks_day_inside_a_visit_in_a_sentence_of_the_visit(lexicon: sg.Lexicon) -> None:
    text = (
        "TASHKENT, 3 January 2027 (UzA) - The Minister of Defence of Uzbekistan paid an official "
        "visit to Turkiye from 29 December 2026 to 2 January 2027, the ministry reported.\n\n"
        "The central event of the visit was the meeting with the Turkish Minister of National "
        "Defence, held at the ministry in Ankara on 30 December.\n\n"
        "On 31 December the minister laid a wreath at Anitkabir."
    )
    assert meeting_span(text, lexicon) == (D(2026, 12, 30), None)


def test_a_visit_sentence_that_only_names_a_day_does_not_narrow(lexicon: sg.Lexicon) -> None:
    text = (
        "TASHKENT, 3 January 2027 (UzA) - The Minister of Defence of Uzbekistan paid an official "
        "visit to Turkiye from 29 December 2026 to 2 January 2027 for talks with the Turkish "
        "Minister of National Defence, the ministry reported.\n\n"
        "During the visit, the delegation toured a drone plant on 31 December and the ministers "
        "met again."
    )
    assert meeting_span(text, lexicon) != (D(2026, 12, 31), None)
