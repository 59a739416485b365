"""Helpers of the extraction tests that read one meeting's date span or place from a draft."""

from __future__ import annotations

import datetime as dt

import secgraph as sg


def one_meeting(text: str, lexicon: sg.Lexicon, published: dt.date | None = None) -> sg.Draft:
    """The draft of ``text``, which must hold exactly one meeting."""
    draft = sg.extract(text, lexicon, published=published)
    assert len(draft.meetings) == 1, draft.lacks
    return draft


def meeting_span(
    text: str, lexicon: sg.Lexicon, published: dt.date | None = None
) -> tuple[dt.date | None, dt.date | None]:
    """The one meeting's first and last day (None where the text gives none)."""
    m = one_meeting(text, lexicon, published).meetings[0]
    return m.date, m.end_date


def meeting_place(text: str, lexicon: sg.Lexicon) -> tuple[str, str] | None:
    """The one meeting's place as (name, country ISO alpha-3), or None."""
    draft = one_meeting(text, lexicon)
    place = draft.meetings[0].place
    if place is None:
        return None
    new = {p.id: (p.name, p.country) for p in draft.places}
    if place in new:
        return new[place]
    known = lexicon.reference.places[place]
    return known.name, known.country
