"""Dates written in a sentence: "6 March 2024", "March 27-28, 2018", "31 May - 1 June 2024",
"the 3rd of May", "14/3/2024", a gazette's spelled date and a Solar Hijri date (``_calendars``).
Which of them is the meeting's is for ``_when`` to tell.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

from ._calendars import solar_hijri_dates, spelled_dates
from ._foreign import foreign_dates
from ._text import MONTH, MONTHS

__all__ = [
    "DATE_PATTERNS",
    "WEEKDAYS",
    "WEEKDAY_NAME",
    "TextDate",
    "dates_in",
    "month_number",
    "soon_after",
    "valid_day",
]


class TextDate(NamedTuple):
    """A date or a range found in a text; ``inferred``: its year came from the anchor."""

    start: dt.date
    end: dt.date | None
    inferred: bool
    at: int  # where in the text it begins


_D = r"(\d{1,2})(?!\d)(?:st|nd|rd|th)?"
_Y = r"((?:19|20)\d\d)"
#: what joins a range's days, and the days listed between them ("5th, 6th and 7th March")
_TO = r"\s*(?:-|\u2013|to|and|&|through|until|till)\s*"
#: what joins a range across two months: "30 March - 1 April", "30 March through 1 April"
_ACROSS = r"\s*(?:-|\u2013|to|through|until|till|and)\s*"
#: "30 March and 1 April" is a span only when the days are this close
_AND_DAYS = 7
_AND = re.compile(r"\sand\s")
#: the second day's weekday in a span: "on Monday 16 and Tuesday 17 February 2026"
_WD = r"(?:(?i:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
_MID = r"(?:,\s*(?:the\s+)?\d{1,2}(?!\d)(?:st|nd|rd|th)?)*,?"
DATE_PATTERNS = [
    # March 27-28, 2018 / March 27 to 28 / March 27 and 28 / March 5, 6 and 7
    ("md-d", re.compile(rf"\b({MONTH})\s+{_D}{_MID}{_TO}{_D}(?:,?\s+{_Y})?")),
    # 27-28 March 2018 / the 5th and 6th of March / 5/6 March / 5th, 6th and 7th March
    (
        "d-dm",
        re.compile(
            rf"\b(?:the\s+)?{_D}{_MID}(?:{_TO}|/)(?:the\s+)?{_WD}{_D}(?:\s+of)?\s+({MONTH})"
            rf"(?:,?\s+{_Y})?"
        ),
    ),
    # March 30-April 1, 2018 / from March 30 through April 1, 2018
    (
        "md-md",
        re.compile(rf"\b({MONTH})\s+{_D},?{_ACROSS}{_WD}({MONTH})\s+{_D}(?:,?\s+{_Y})?"),
    ),
    # 31 May - 1 June 2024 / between 31 May and 1 June 2024
    (
        "dm-dm",
        re.compile(
            rf"\b{_D}\s+({MONTH})(?:,?\s+{_Y})?,?{_ACROSS}{_WD}{_D}\s+({MONTH})(?:,?\s+{_Y})?"
        ),
    ),
    # "the 3rd of May", "the 11th of March, 2025" (not "the 3rd of May's talks" read as md)
    ("dm", re.compile(rf"\b(?:(?<=the )|(?<=on )){_D}\s+of\s+({MONTH})(?:,?\s+{_Y})?")),
    # "5-Mar-2025"
    ("dm", re.compile(rf"\b{_D}-({MONTH})-{_Y}\b")),
    # "October 7, 2026", and "October 7/2026" as the Ethiopian News Agency writes it
    ("md", re.compile(rf"\b({MONTH})\s+{_D}\b(?!\s*(?:-|\u2013))(?:(?:,?\s+|/){_Y})?")),
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


def soon_after(day: dt.date, anchor: dt.date) -> bool:
    """Whether ``day``, a date whose year was taken from ``anchor`` as the year before, falls
    within six weeks after the anchor in the anchor's own year: a date still to come ("a plan
    by 31 March" in a story of 6 March), not last year's; the day after the anchor too (a
    dateline a time zone behind: not a year before, and not sure enough to be taken).

    >>> soon_after(dt.date(2024, 3, 31), dt.date(2025, 3, 6))
    True
    >>> soon_after(dt.date(2024, 12, 30), dt.date(2025, 1, 2))
    False
    """
    if day.year >= anchor.year:
        return False
    same = valid_day(anchor.year, day.month, day.day)
    return same is not None and 0 < (same - anchor).days <= 45


def dates_in(text: str, anchor: dt.date | None) -> list[TextDate]:
    """Dates and ranges in a sentence; bool says the year came from the anchor."""
    text = _BUDDHIST_ERA.sub(_gregorian, text)  # "20 October 2569": 2026 (same length)
    out: list[TextDate] = []
    taken: list[tuple[int, int]] = []
    ends: dict[int, int] = {}  # where each date found ends
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
            elif kind == "dm-dm":  # "2 March 2026 and 3 March 2026": the years alike
                if g[2] and g[5] and g[2] != g[5]:
                    continue
                d1, m1, d2, m2, year = (
                    int(g[0]),
                    month_number(g[1]),
                    int(g[3]),
                    month_number(g[4]),
                    g[5] or g[2],
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
            if (
                kind in ("md-md", "dm-dm")
                and (end - start).days > _AND_DAYS
                and _AND.search(m.group())
            ):
                continue  # "on 5 March and 10 April": two days, not a span

            named = _NAMED_BEFORE.search(text, 0, m.start())
            if named and end == start and WEEKDAYS.index(named.group(1).lower()) != start.weekday():
                continue  # "on Tuesday (May 6)" in a year whose May 6 is no Tuesday
            taken.append((m.start(), m.end()))
            out.append(TextDate(start, end if end != start else None, inferred, m.start()))
            ends[m.start()] = m.end()
    for m in _ISO_DAY.finditer(text):  # "2024-09-09", "2024/09/09"
        day = valid_day(int(m.group(1)), int(m.group(2) or m.group(3)), int(m.group(4)))
        if day is not None and not any(a <= m.start() < b for a, b in taken):
            taken.append((m.start(), m.end()))
            out.append(TextDate(day, None, False, m.start()))
            ends[m.start()] = m.end()
    for m in _NUMERIC.finditer(text):  # "(14/3/2024)": one reading only, or the weekday's
        day = _numeric(m, text, anchor)
        if day is not None and not any(a <= m.start() < b for a, b in taken):
            out.append(TextDate(day, None, False, m.start()))
            ends[m.start()] = m.end()
    for m in _SHORT_DOTTED.finditer(text):  # "On 04.03. the border crossing hosted"
        if anchor is None:
            break
        short = valid_day(anchor.year, int(m.group(2)), int(m.group(1)))
        if short is not None and short > anchor:
            short = valid_day(anchor.year - 1, short.month, short.day)
        if short is not None and not any(a <= m.start() < b for a, b in taken):
            taken.append((m.start(), m.end()))
            out.append(TextDate(short, None, True, m.start()))
            ends[m.start()] = m.end()
    for m in _BARE_DAY.finditer(text):
        if anchor is None:
            break
        if _MONTH_NAMED.search(text, 0, m.start()):
            continue  # "In February, the committee met on the 5th": not the story's month
        bare = _bare_day(int(m.group(2)), anchor)  # "on the 5th", "the 3rd of this month"
        if bare is not None and m.group(1) and WEEKDAYS[bare.weekday()] != m.group(1).lower():
            continue  # "on Wednesday the 5th" where the 5th is no Wednesday
        if bare is not None and not any(a < m.end() and m.start() < b for a, b in taken):
            out.append(TextDate(bare, None, True, m.start()))
    for day, (a, b) in spelled_dates(text) + solar_hijri_dates(text):
        glossed = _GLOSS.match(text, b)
        if glossed is not None and any(x == glossed.end() for x, _ in taken):
            continue  # "on 23 and 24 Esfand 1404 (14-15 March 2026)": the Gregorian decides
        if not any(x <= a < y for x, y in taken):
            out.append(TextDate(day, None, False, a))
            ends[a] = b
    for first, last, a, b in foreign_dates(text):  # "23 de julio de 2026", "15-I-2026"
        if not any(x < b and a < y for x, y in taken):
            taken.append((a, b))
            out.append(TextDate(first, last, False, a))
            ends[a] = b
    return _joined(sorted(out, key=lambda d: d.at), ends, text)  # the first given comes first


#: two full dates that make one span: "on 2-III-2026 and 3-III-2026", "from 2026-03-02 to
#: 2026-03-04", "04.03.2026 - 06.03.2026"
_JOIN = re.compile(r"\s*(?:-|\u2013|to|through|until|till|and)\s*$")


def _joined(found: list[TextDate], ends: dict[int, int], text: str) -> list[TextDate]:
    """Two days found side by side, joined by "and", "to" or a dash and a week apart at most,
    as one span.

    >>> [(str(d.start), str(d.end)) for d in dates_in("on 2026-03-02 and 2026-03-03", None)]
    [('2026-03-02', '2026-03-03')]
    """
    out: list[TextDate] = []
    for d in found:
        last = out[-1] if out else None
        if (
            last is not None
            and last.end is None
            and d.end is None
            and not d.inferred
            and 0 < (d.start - last.start).days <= _AND_DAYS
            and last.at in ends
            and _JOIN.match(text[ends[last.at] : d.at])
        ):
            out[-1] = last._replace(end=d.start)
            continue
        out.append(d)
    return out


#: a full date in the Buddhist Era's years, as Thai releases write them in English ("on 20
#: October 2569", "B.E. 2569"): 543 years ahead of the Gregorian; no other calendar in use
#: writes a year of 25xx, and a news story's own dates are not five centuries ahead
_BUDDHIST_ERA = re.compile(
    rf"(\b\d{{1,2}}\s+{MONTH},?\s+|\b{MONTH}\s+\d{{1,2}},?\s+)((?:B\.\s?E\.\s?)?)(25\d\d)\b"
)


def _gregorian(m: re.Match[str]) -> str:
    """ "20 October 2569" as "20 October 2026".

    >>> _BUDDHIST_ERA.sub(_gregorian, "met on 20 October 2569 in Chiang Mai")
    'met on 20 October 2026 in Chiang Mai'
    >>> _BUDDHIST_ERA.sub(_gregorian, "On 27 January B.E. 2569, the committee")
    'On 27 January      2026, the committee'
    """
    return f"{m.group(1)}{' ' * len(m.group(2))}{int(m.group(3)) - 543}"


#: a date's Gregorian form in brackets after it in another calendar
_GLOSS = re.compile(r"\s*\(\s*(?:i\.e\.\s*|corresponding to\s*|=\s*)?")


#: the weekday a date is given with: "on Tuesday (May 6)", "Wednesday, the 3rd of May"
_NAMED_BEFORE = re.compile(
    r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s*[,(]?\s*(?:the\s+)?$"
)


#: a day and month in figures with no year, as Central European texts write them: "On 04.03.
#: the road border crossing hosted" (day first; the year from the story's date)
_SHORT_DOTTED = re.compile(r"(?<=\b[Oo]n )(\d{1,2})\.(\d{1,2})\.(?![\d])")


#: a day of the story's own month: "met on the 5th in Leticia", "on the 3rd of this month",
#: "the 5th instant"; not "the 5th round", "the 5th of May" (a date), "on the 5th floor"
_BARE_DAY = re.compile(
    r"\bon (?:(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? )?"
    r"the (\d{1,2})(?:st|nd|rd|th)\b"
    r"(?=\s*(?:of (?:this|the current) month\b|instant\b|inst\.|[,.;)]|\s(?:in|at|with)\b"
    r"|\sand\b(?!\s+(?:the\s+)?\d)"  # (not "on the 10th and 11th": two days of a span)
    r"|\s\(local time\)"  # "held the meeting in Canberra on the 28th (local time)"
    # "met in Odesa on the 4th to agree new measures" (not "on the 4th to 6th", a range)
    r"|\s(?:to|for)\s+(?!the\s+\d|\d)))"
)


_MONTH_NAMED = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\b"
)


#: how far back in the month before a bare day ("on the 28th") is read
_BARE_DAYS = 10


def _bare_day(day: int, anchor: dt.date) -> dt.date | None:
    """The latest ``day`` of a month on or before ``anchor``, within ten days of it when it
    falls in the month before: the 5th of a story of 6 June is 5 June; the 28th of a story of
    2 June is 28 May; the 5th of a story of 2 June is none.

    >>> _bare_day(28, dt.date(2026, 6, 2)), _bare_day(5, dt.date(2026, 6, 2))
    (datetime.date(2026, 5, 28), None)
    """
    if not 1 <= day <= 31:
        return None
    if day <= anchor.day:
        return valid_day(anchor.year, anchor.month, day)
    first = anchor.replace(day=1) - dt.timedelta(days=1)  # the month before
    before = valid_day(first.year, first.month, day)
    # (a story of 12 March tells of "the 15th" of February rarely: more likely a day to come,
    # or a slip; a month's end told early in the next, "the 28th" on 3 March, is taken)
    return before if before is not None and (anchor - before).days <= _BARE_DAYS else None


_ISO_DAY = re.compile(r"(?<![\d/-])((?:19|20)\d\d)(?:-(\d\d)-|/(\d\d)/)(\d\d)(?![\d/-])")
#: "14/3/2024", "3/14/2024", "14.03.2024": day and month told apart by a number over 12, or
#: by the weekday the sentence names ("on Thursday (14/3/2024)")
_NUMERIC = re.compile(
    r"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2((?:19|20)\d\d)(?![\d/-])"  # "05-03-2025"
)
#: any weekday's name
WEEKDAY_NAME = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


def _numeric(m: re.Match[str], text: str, anchor: dt.date | None = None) -> dt.date | None:
    a, b, year = int(m.group(1)), int(m.group(3)), int(m.group(4))
    readings = {d for d in (valid_day(year, b, a), valid_day(year, a, b)) if d is not None}
    if "." in m.group():  # "3.04.2025": dots are day first wherever they are written
        readings = {d for d in (valid_day(year, b, a),) if d is not None}
    if anchor is not None and len(readings) > 1:
        # "04/03/2025" in a story of 5 March 2025: 3 April had not come yet
        readings = {d for d in readings if d <= anchor} or readings
    named = WEEKDAY_NAME.search(text)
    if named is not None:
        weekday = WEEKDAYS.index(named.group(1).lower())
        readings = {d for d in readings if d.weekday() == weekday}
    return readings.pop() if len(readings) == 1 else None
