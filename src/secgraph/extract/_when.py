"""When a meeting was held.

A date takes its year from the sentence, else from a dateline that carries one, else from a
page's date line or ``published``; with none of these there is no date (never a guessed year).
"March 27-28, 2018" is a range. A weekday ("on Tuesday") is counted back from a dated dateline,
a date line or ``published``, and marked for review.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ._countries import is_future, is_meeting
from ._text import MONTH, MONTHS, Dateline, Sentence

__all__ = ["FoundDate", "date_line", "find_date"]


@dataclass(frozen=True)
class FoundDate:
    date: dt.date
    end: dt.date | None
    sentence: int
    review: str | None = None


_D = r"(\d{1,2})(?:st|nd|rd|th)?"
_Y = r"((?:19|20)\d\d)"
_DATES = [
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
    ("md", re.compile(rf"\b({MONTH})\s+{_D}\b(?!\s*(?:-|\u2013))(?:,?\s+{_Y})?")),
    ("dm", re.compile(rf"\b{_D}\s+({MONTH})(?:,?\s+{_Y})?")),
]
#: "on Tuesday", and a wire's "agreed Wednesday", "held talks Monday"
_WEEKDAY = re.compile(
    r"(?:\bon |(?<=ed )|(?<=talks )|(?<=\bmet ))"
    r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_NOT_THIS = re.compile(
    r"\b(?:signed|since|founded|established|launched|last (?:met|held)|previous|earlier|"
    r"first met|attack|attacks|killed|designated|listed|adopted|in (?:19|20)\d\d)\b",
    re.I,
)


def _month(text: str) -> int:
    return MONTHS[text.rstrip(".").lower()]


def _day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _year_for(month: int, day: int, anchor: dt.date) -> int:
    """The year that puts month/day on or before the anchor (a story reports the past)."""
    candidate = _day(anchor.year, month, day)
    return anchor.year - 1 if candidate is not None and candidate > anchor else anchor.year


def _dates_in(text: str, anchor: dt.date | None) -> list[tuple[dt.date, dt.date | None, bool]]:
    """Dates and ranges in a sentence; bool says the year came from the anchor."""
    out: list[tuple[dt.date, dt.date | None, bool]] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _DATES:
        for m in pattern.finditer(text):
            if any(a <= m.start() < b for a, b in taken):
                continue
            g = m.groups()
            if kind == "md-d":
                month, d1, d2, year = _month(g[0]), int(g[1]), int(g[2]), g[3]
                m1 = m2 = month
            elif kind == "d-dm":
                d1, d2, month, year = int(g[0]), int(g[1]), _month(g[2]), g[3]
                m1 = m2 = month
            elif kind == "md-md":
                m1, d1, m2, d2, year = _month(g[0]), int(g[1]), _month(g[2]), int(g[3]), g[4]
            elif kind == "dm-dm":
                d1, m1, d2, m2, year = int(g[0]), _month(g[1]), int(g[2]), _month(g[3]), g[4]
            elif kind == "md":
                m1, d1, year = _month(g[0]), int(g[1]), g[2]
                m2, d2 = m1, d1
            else:
                d1, m1, year = int(g[0]), _month(g[1]), g[2]
                m2, d2 = m1, d1
            inferred = year is None
            if year is None:
                if anchor is None:
                    continue
                y = _year_for(m1, d1, anchor)
            else:
                y = int(year)
            start = _day(y, m1, d1)
            end = _day(y if m2 >= m1 else y + 1, m2, d2)
            if start is None or end is None or end < start:
                continue
            taken.append((m.start(), m.end()))
            out.append((start, end if end != start else None, inferred))
    for m in _NUMERIC.finditer(text):  # "(14/3/2024)": one reading only, or the weekday's
        day = _numeric(m, text)
        if day is not None and not any(a <= m.start() < b for a, b in taken):
            out.append((day, None, False))
    return out


#: "14/3/2024", "3/14/2024", "14.03.2024": day and month told apart by a number over 12, or
#: by the weekday the sentence names ("on Thursday (14/3/2024)")
_NUMERIC = re.compile(r"(?<![\d/.])(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)\d\d)(?![\d/])")
_WEEKDAY_NAME = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


def _numeric(m: re.Match[str], text: str) -> dt.date | None:
    a, b, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
    readings = {d for d in (_day(year, b, a), _day(year, a, b)) if d is not None}
    named = _WEEKDAY_NAME.search(text)
    if named is not None:
        weekday = _WEEKDAYS.index(named.group(1).lower())
        readings = {d for d in readings if d.weekday() == weekday}
    return readings.pop() if len(readings) == 1 else None


_TODAY = re.compile(
    r"\b(?:met|held|hosted|received|took place|was held|began|begins|opened|concluded|ended|"
    r"called on|calls on|welcomed)"
    r"\s+(?:[\w,.()]+\s+){0,14}today\b"
    r"|,\s+today\s+(?:met|held|hosted|received|welcomed|signed|co-chaired)\b"
    r"|\b[Tt]oday,?\s+(?:I|we)\s+(?:\w+\s+)?(?:met|welcomed|hosted|received|held)\b"
)


#: words a page's date line may hold besides the date ("Published 4 December 2024",
#: "Updated - October 22, 2024 09:40 pm IST", "Source: Xinhua | 2024-01-15 21:03:45")
_STAMP_WORDS = frozenset(
    re.findall(
        r"\w+",
        "published updated dated posted source date last modified news item press release on "
        "at no by am pm ist gmt utc et est edt bst cet pkt jst kst",
    )
)
_ISO = re.compile(r"\b(20\d\d)-(\d\d)-(\d\d)\b")
_DMY = re.compile(r"\b(\d\d)[-.](\d\d)[-.](20\d\d)\b")  # "14-05-2025", European order
_TIME = re.compile(r"\b\d{1,2}[:.]\d\d(?::\d\d)?\b")
_WEEKDAY_WORD = re.compile(r"\b(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\b")


def date_line(text: str) -> dt.date | None:
    """The one full date of a short line that holds little else: a page's date line."""
    if len(text) > 90:
        return None
    line = re.sub(r"\b[A-Z]{3,}\b", lambda m: m.group().capitalize(), text)  # "SEPTEMBER"
    found = [(d, span) for d, span in _full_dates(line)]
    if len({d for d, _ in found}) != 1:
        return None
    rest = line
    for _, (a, b) in sorted((x for x in found), key=lambda x: -x[1][0]):
        rest = rest[:a] + " " + rest[b:]
    rest = re.sub(r"(?:Source|Editor|Author)\s*:\s*(?:[A-Z][\w.'-]*\s?){1,4}", " ", rest)
    rest = _WEEKDAY_WORD.sub(" ", _TIME.sub(" ", re.sub(r"Editor:\s*\S+", " ", rest)))
    words = re.findall(r"[^\W\d_][\w'-]*", rest)
    if len(words) > 4:
        return None
    if any(w[0].islower() and w.lower() not in _STAMP_WORDS for w in words):
        return None
    return found[0][0]


def _full_dates(line: str) -> list[tuple[dt.date, tuple[int, int]]]:
    out = []
    for pattern, order in ((_ISO, (0, 1, 2)), (_DMY, (2, 1, 0))):
        for m in pattern.finditer(line):
            y, mo, d = (int(m.group(i + 1)) for i in order)
            day = _day(y, mo, d)
            if day is not None:
                out.append((day, (m.start(), m.end())))
    if out:
        return out
    for kind, pattern in _DATES:
        if kind not in ("md", "dm"):
            continue
        for m in pattern.finditer(line):
            g = m.groups()
            if g[2] is None:
                continue
            month, d = (_month(g[0]), int(g[1])) if kind == "md" else (_month(g[1]), int(g[0]))
            day = _day(int(g[2]), month, d)
            if day is not None and not any(a <= m.start() < b for _, (a, b) in out):
                out.append((day, (m.start(), m.end())))
    return out


#: "... co-chaired the 14th ... Committee with ... in Singapore today."
_TODAY_END = re.compile(r"\b(?:in|at) [A-Z][\w' -]{1,30} today\.?$")


def _dated_heading(sentences: list[Sentence]) -> dt.date | None:
    """A line near the top that is only a full date ('July 16, 2024', 'Published 4 December
    2024', 'Berlin, 18 September 2023.'), as a readout or a news page has, or such a line at
    the foot ('Date: 2025-08-06', a minister's release dated below its text): the day the
    story was published."""
    foot = [s for s in sentences[-2:] if s.index >= 10]
    for s in sentences[:10] + foot:
        if not s.heading and is_meeting(s):
            continue
        found = date_line(s.text.rstrip(".:"))
        if found is None:  # "Berlin, 18 September 2023.", "Rawalpindi - April 3, 2025:"
            line = re.sub(r"^[A-Z][\w' -]{1,25}(?:,|\s[-\u2013\u2014])\s*", "", s.text)
            found = date_line(line.rstrip(".:"))
        if found is None:  # "April 9, 2025 - Ottawa, Ontario - Global Affairs Canada"
            found = date_line(re.split(r"\s[-\u2013\u2014|]\s", s.text)[0].rstrip(".:"))
        if found is not None:
            return found
    return None


def find_date(
    sentences: list[Sentence],
    *,
    dateline: Dateline | None,
    published: dt.date | None,
    skip: set[int] | frozenset[int] = frozenset(),
    after: dt.date | None = None,
) -> tuple[FoundDate | None, str | None]:
    """The meeting's date, or None and why (a date with no year, no date at all). ``after``
    is an earlier meeting's date in the same article (a tour's next stop): "On October 15"
    after "October 14, 2024" is in 2024."""
    anchor = dateline.date if dateline and dateline.date else published
    dated = _dated_heading(sentences) if anchor is None else None
    anchor = anchor or dated
    from_before = anchor is None and after is not None
    if after is not None and anchor is None:
        anchor = dt.date(after.year, 12, 31)  # the next stop is in the same year
    yearless = None
    # the body before the headings: "on 9 December" is more precise than a headline's span
    for s in [x for x in sentences if not x.heading] + [x for x in sentences if x.heading]:
        if s.index in skip or is_future(s) or not (is_meeting(s) or "signed" in s.words):
            continue
        body = s.text
        if dateline is not None and s.start <= dateline.end <= s.end:
            body = s.text[dateline.end - s.start :]  # the dateline's date is the filing's
        for start, end, inferred in _dates_in(body, anchor):
            if _NOT_THIS.search(s.text) and not re.search(r"\b(?:held|met|talks)\b", s.text):
                continue
            why = None
            if inferred:
                source = "the dateline" if dateline and dateline.date else "--published"
                source = "the meeting before" if from_before else source
                why = f"year taken from {source}"
            return FoundDate(start, end, s.index, why), None
        if yearless is None and _dates_in(s.text, dt.date(2000, 12, 31)):
            yearless = s.text
        if anchor is not None and (_TODAY.search(body) or _TODAY_END.search(body)):
            source = "the dateline" if dateline and dateline.date else "--published"
            source = "the date line" if dated else source
            return FoundDate(anchor, None, s.index, f"'today' is the date of {source}"), None
        wd = _WEEKDAY.search(body)
        if wd and anchor is not None:
            target = _WEEKDAYS.index(wd.group(1).lower())
            day = anchor - dt.timedelta(days=(anchor.weekday() - target) % 7)
            source = "the dateline" if dateline and dateline.date else "--published"
            source = "the date line" if dated else source
            why = f"'{wd.group()}' counted back from {source}"
            return FoundDate(day, None, s.index, why), None
    opening = next((s for s in sentences if not s.heading), None)
    if (
        dateline is not None
        and dateline.date is not None
        and opening is not None
        and opening.start <= dateline.end <= opening.end
        and is_meeting(opening)
        and not is_future(opening)
        and opening.index not in skip
    ):
        # "ABU DHABI, 18th November, 2024 (WAM) -- X received Y": an agency's day
        return FoundDate(dateline.date, None, opening.index, "the date of the dateline"), None
    if yearless is not None:
        return None, "a date without a year (give --published or a dated dateline)"
    return None, None
