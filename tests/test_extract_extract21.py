"""Issue 21, extract21's pass: the place and the date in the genre's shapes.

Each test is a short text written for it (countries and cities real, people and meetings
invented), one shape each: a border post as the venue, a city named only as the edge of a
venue, a gazetteer namesake inside a longer place name, a span in an agency's date stamp, a
page's date kept in its template, a quoted "today" cut off from its speaker.
"""

from __future__ import annotations

import datetime as dt

import secgraph as sg

D = dt.date


def _one(text: str, lexicon: sg.Lexicon, published: dt.date | None = None) -> sg.Draft:
    draft = sg.extract(text, lexicon, published=published)
    assert len(draft.meetings) == 1, draft.lacks
    return draft


def _span(
    text: str, lexicon: sg.Lexicon, published: dt.date | None = None
) -> tuple[dt.date | None, dt.date | None]:
    m = _one(text, lexicon, published).meetings[0]
    return m.date, m.end_date


def _place(text: str, lexicon: sg.Lexicon) -> tuple[str, str] | None:
    """The meeting's place as (name, country ISO alpha-3), or None."""
    draft = _one(text, lexicon)
    place = draft.meetings[0].place
    if place is None:
        return None
    new = {p.id: (p.name, p.country) for p in draft.places}
    if place in new:
        return new[place]
    known = lexicon.reference.places[place]
    return known.name, known.country


# --- the date: a span in an agency's stamp -------------------------------------------------


def test_a_stamps_span_is_the_meetings_span_not_its_first_day(lexicon: sg.Lexicon) -> None:
    text = (
        "Tashkent, 14-15 April 2026 - Tashkent hosted the third round of the Uzbekistan-"
        "Germany dialogue on security policy.\n\nThe delegations discussed border security "
        "and the situation in Afghanistan."
    )
    assert _span(text, lexicon) == (D(2026, 4, 14), D(2026, 4, 15))


def test_a_stamps_span_across_months(lexicon: sg.Lexicon) -> None:
    text = (
        "Nairobi, 30 September - 2 October 2026 - Kenya and Ethiopia held the fifth session "
        "of their joint border commission.\n\nThe two sides agreed on joint patrols."
    )
    assert _span(text, lexicon) == (D(2026, 9, 30), D(2026, 10, 2))
