"""A yearless dateline's year from the meeting's own name: "PRETORIA, Nov. 3 (Xinhua) -- China
and South Africa on Tuesday pledged ..., during the 2026 session of the China-South Africa
Defence Committee".

A wire's dateline often has no year, and a page without a date line gives none either; the
meeting named by its year ("the 2026 session", "this year's 2026 round") says which year the
story is of. The year is taken only from the lead (a later sentence's "The 2025 session was
held in Kampala" may be the one before; nor "Unlike the 2024 talks" in the lead), only when it
names one such year, and only when the lead's weekday fits the dateline's day in it (the day
itself or the day before, a story filed the day after): a wrong year would rarely give the
same weekday, and with no weekday to check, no year is taken.
"""

from __future__ import annotations

import datetime as dt
import re

from ._countries import is_future
from ._dates import WEEKDAYS, valid_day
from ._text import Dateline, Sentence

__all__ = ["edition_day"]

#: "the 2026 session of", "The 2026 edition", "its 2026 round"
_EDITION = re.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]his)\s+((?:19|20)\d\d)\s+(?:session|edition|round|meeting|"
    r"dialogue|talks|consultations)\b"
)
#: words that put a named meeting before or beside this one
_BEFORE = re.compile(
    r"\b(?:since|after|unlike|than|previous|last|earlier|prior|like|following)\b[^.;,]{0,40}$",
    re.I,
)
_WEEKDAY = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


def edition_day(sentences: list[Sentence], dateline: Dateline | None) -> dt.date | None:
    """The yearless dateline's day in the year the text names the meeting by, or None.

    >>> from ._text import find_dateline, split_sentences
    >>> s = split_sentences("PRETORIA, Nov. 3 (Xinhua) -- China and South Africa on Tuesday "
    ...     "pledged to deepen ties during the 2026 session of their Defence Committee.")
    >>> edition_day(s, find_dateline(s))
    datetime.date(2026, 11, 3)
    >>> s = split_sentences("PRETORIA, Nov. 3 (Xinhua) -- China and South Africa on Friday "
    ...     "pledged to deepen ties during the 2026 session of their Defence Committee.")
    >>> edition_day(s, find_dateline(s)) is None
    True
    >>> s = split_sentences("PRETORIA, Nov. 3 (Xinhua) -- China and South Africa on Tuesday "
    ...     "pledged to deepen ties. The 2025 session was held in Beijing.")
    >>> edition_day(s, find_dateline(s)) is None
    True
    >>> s = split_sentences("PRETORIA, Nov. 3 (Xinhua) -- China and South Africa on Tuesday "
    ...     "pledged to deepen ties, unlike at the 2026 session.")
    >>> edition_day(s, find_dateline(s)) is None
    True
    """
    if dateline is None or dateline.date is not None or dateline.month_day is None:
        return None
    lead = next((s for s in sentences if not s.heading and s.end >= dateline.end), None)
    if lead is None or is_future(lead):  # "the 2027 session will be held": another's
        return None
    # the lead's own (not "Unlike the 2024 talks, ...", "the first since the 2023 session"); a
    # later sentence's "The 2025 session was held in Kampala" may be the one before
    years = {
        int(m.group(1))
        for m in _EDITION.finditer(lead.text)
        if not _BEFORE.search(lead.text, 0, m.start())
    }
    if len(years) != 1:
        return None
    day = valid_day(years.pop(), *dateline.month_day)
    if day is None:
        return None
    told = {WEEKDAYS.index(m.group(1).lower()) for m in _WEEKDAY.finditer(lead.text)}
    fits = {day.weekday(), (day - dt.timedelta(days=1)).weekday()}
    return day if told and told <= fits else None
