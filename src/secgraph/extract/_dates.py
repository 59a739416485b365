"""Dates written in a sentence: "6 March 2024", "March 27-28, 2018", "31 May - 1 June 2024",
"the 3rd of May", "14/3/2024", a gazette's spelled date and a Solar Hijri date (``_calendars``).
Which of them is the meeting's is for ``_when`` to tell.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

from ._calendars import solar_hijri_dates, spelled_dates
from ._text import MONTH, MONTHS

__all__ = ["DATE_PATTERNS", "WEEKDAYS", "TextDate", "dates_in", "month_number", "valid_day"]


class TextDate(NamedTuple):
    """A date or a range found in a text; ``inferred``: its year came from the anchor."""

    start: dt.date
    end: dt.date | None
    inferred: bool
    at: int  # where in the text it begins


_D = r"(\d{1,2})(?:st|nd|rd|th)?"
_Y = r"((?:19|20)\d\d)"
DATE_PATTERNS = [
    # March 27-28, 2018 / March 27 to 28 / March 27 and 28
    ("md-d", re.compile(rf"\b({MONTH})\s+{_D}\s*(?:-|\u2013|to|and)\s*{_D}(?:,?\s+{_Y})?")),
    # 27-28 March 2018
    ("d-dm", re.compile(rf"\b{_D}\s*(?:-|\u2013|to|and)\s*{_D}\s+({MONTH})(?:,?\s+{_Y})?")),
    # March 30-April 1, 2018
    (
        "md-md",
        re.compile(rf"\b({MONTH})\s+{_D}\s*(?:-|\u2013|to)\s*({MONTH})\s+{_D}(?:,?\s+{_Y})?"),
    ),
    # 31 May - 1 June 2024
    (
        "dm-dm",
        re.compile(rf"\b{_D}\s+({MONTH})\s*(?:-|\u2013|to)\s*{_D}\s+({MONTH})(?:,?\s+{_Y})?"),
    ),
    # "the 4th and 5th of March 2025", "the 4th to the 6th of March"
    (
        "d-dm",
        re.compile(
            rf"\b(?<=the ){_D}\s*(?:-|\u2013|to|and)\s*(?:the\s+)?{_D}\s+of\s+({MONTH})"
            rf"(?:,?\s+{_Y})?"
        ),
    ),
    # "the 3rd of May", "the 11th of March, 2025" (not "the 3rd of May's talks" read as md)
    ("dm", re.compile(rf"\b(?<=the ){_D}\s+of\s+({MONTH})(?:,?\s+{_Y})?")),
    ("md", re.compile(rf"\b({MONTH})\s+{_D}\b(?!\s*(?:-|\u2013))(?:,?\s+{_Y})?")),
    ("dm", re.compile(rf"\b{_D}\s+({MONTH})(?:,?\s+{_Y})?")),
]
#: "on Tuesday", and a wire's "agreed Wednesday", "held talks Monday"

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


def month_number(text: str) -> int:
    return MONTHS[text.rstrip(".").lower()]


def valid_day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _year_for(month: int, day: int, anchor: dt.date) -> int:
    """The year that puts month/day on or before the anchor (a story reports the past)."""
    candidate = valid_day(anchor.year, month, day)
    return anchor.year - 1 if candidate is not None and candidate > anchor else anchor.year


def dates_in(text: str, anchor: dt.date | None) -> list[TextDate]:
    """Dates and ranges in a sentence; bool says the year came from the anchor."""
    out: list[TextDate] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in DATE_PATTERNS:
        for m in pattern.finditer(text):
            if any(a <= m.start() < b for a, b in taken):
                continue
            g = m.groups()
            if kind == "md-d":
                month, d1, d2, year = month_number(g[0]), int(g[1]), int(g[2]), g[3]
                m1 = m2 = month
            elif kind == "d-dm":
                d1, d2, month, year = int(g[0]), int(g[1]), month_number(g[2]), g[3]
                m1 = m2 = month
            elif kind == "md-md":
                m1, d1, m2, d2, year = (
                    month_number(g[0]),
                    int(g[1]),
                    month_number(g[2]),
                    int(g[3]),
                    g[4],
                )
            elif kind == "dm-dm":
                d1, m1, d2, m2, year = (
                    int(g[0]),
                    month_number(g[1]),
                    int(g[2]),
                    month_number(g[3]),
                    g[4],
                )
            elif kind == "md":
                m1, d1, year = month_number(g[0]), int(g[1]), g[2]
                m2, d2 = m1, d1
            else:
                d1, m1, year = int(g[0]), month_number(g[1]), g[2]
                m2, d2 = m1, d1
            inferred = year is None
            if year is None:
                if anchor is None:
                    continue
                y = _year_for(m1, d1, anchor)
            else:
                y = int(year)
            start = valid_day(y, m1, d1)
            end = valid_day(y if m2 >= m1 else y + 1, m2, d2)
            if start is None or end is None or end < start:
                continue
            named = _NAMED_BEFORE.search(text, 0, m.start())
            if named and end == start and WEEKDAYS.index(named.group(1).lower()) != start.weekday():
                continue  # "on Tuesday (May 6)" in a year whose May 6 is no Tuesday
            taken.append((m.start(), m.end()))
            out.append(TextDate(start, end if end != start else None, inferred, m.start()))
    for m in _NTH.finditer(text) if "the " in text else ():
        # "on the 4th": a day of the anchor's month, or of the month before
        day = _nth_day(int(m.group(2)), anchor) if anchor is not None else None
        weekday = m.group(1)
        if day is None or any(a <= m.start() < b for a, b in taken):
            continue
        if weekday and WEEKDAYS.index(weekday.lower()) != day.weekday():
            continue  # "on Tuesday, the 4th" in a month whose 4th is no Tuesday
        taken.append((m.start(), m.end()))
        out.append(TextDate(day, None, True, m.start()))
    for m in _ISO_DAY.finditer(text):  # "2024-09-09"
        day = valid_day(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if day is not None and not any(a <= m.start() < b for a, b in taken):
            taken.append((m.start(), m.end()))
            out.append(TextDate(day, None, False, m.start()))
    for m in _NUMERIC.finditer(text):  # "(14/3/2024)": one reading only, or the weekday's
        day = _numeric(m, text)
        if day is not None and not any(a <= m.start() < b for a, b in taken):
            out.append(TextDate(day, None, False, m.start()))
    for day, (a, _) in spelled_dates(text) + solar_hijri_dates(text):
        if not any(x <= a < y for x, y in taken):
            out.append(TextDate(day, None, False, a))
    return sorted(out, key=lambda d: d.at)  # the first a sentence gives comes first


#: the weekday a date is given with: "on Tuesday (May 6)", "Wednesday, the 3rd of May"
_NAMED_BEFORE = re.compile(
    r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s*[,(]?\s*(?:the\s+)?$"
)


#: "on the 4th", "on Tuesday, the 4th": a day of the month the story was filed in (or of the
#: month before, when that day is still to come), not "the 4th round" nor "the 4th of May"
_NTH = re.compile(
    r"\b[Oo]n\s+(?:(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"
    r"the\s+(\d{1,2})(?:st|nd|rd|th)\b"
    r"(?=\s*(?:[.,;)]|$)|\s+(?:of\s+(?:this|the)\s+month|and|at|in|when|as|with|for|during|"
    r"after|before|to|where)\b)"
)


def _nth_day(day: int, anchor: dt.date) -> dt.date | None:
    """Day ``day`` of the anchor's month, or of the month before when that day is later.

    >>> _nth_day(4, dt.date(2025, 3, 5)), _nth_day(28, dt.date(2025, 3, 5))
    (datetime.date(2025, 3, 4), datetime.date(2025, 2, 28))
    """
    if day <= anchor.day:
        return valid_day(anchor.year, anchor.month, day)
    year, month = (anchor.year, anchor.month - 1) if anchor.month > 1 else (anchor.year - 1, 12)
    return valid_day(year, month, day)


_ISO_DAY = re.compile(r"(?<![\d-])((?:19|20)\d\d)-(\d\d)-(\d\d)(?![\d-])")
#: "14/3/2024", "3/14/2024", "14.03.2024": day and month told apart by a number over 12, or
#: by the weekday the sentence names ("on Thursday (14/3/2024)")
_NUMERIC = re.compile(r"(?<![\d/.])(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)\d\d)(?![\d/])")
_WEEKDAY_NAME = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


def _numeric(m: re.Match[str], text: str) -> dt.date | None:
    a, b, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
    readings = {d for d in (valid_day(year, b, a), valid_day(year, a, b)) if d is not None}
    european = valid_day(year, b, a)
    if "." in m.group() and european is not None:
        readings = {european}  # "04.03.2025": dots are day.month.year
    named = _WEEKDAY_NAME.search(text)
    if named is not None:
        weekday = WEEKDAYS.index(named.group(1).lower())
        readings = {d for d in readings if d.weekday() == weekday}
    return readings.pop() if len(readings) == 1 else None
