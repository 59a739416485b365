"""The dates a page or an agency puts on a story: a page's date line ("Published 4 December
2024", "15/11/2024 | 20:15"), a live blog's entry lines, and an agency's stamp before its story
that the dateline patterns do not read ("Riyadh, Rabi Al-Thani 14, 1446, October 17, 2024, SPA
--"). They date the story, not the meeting: ``_when`` counts from them.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ._countries import is_meeting
from ._dates import DATE_PATTERNS, dates_in, month_number, valid_day
from ._text import Sentence

__all__ = ["Stamp", "date_line", "dated_heading", "entry_dates", "filing_stamp"]


_STAMP_WORDS = frozenset(
    re.findall(
        r"\w+",
        "published updated dated posted source date last modified news item press release on "
        "at no by am pm ist gmt utc et est edt bst cet pkt jst kst "
        "ago hour hours minute minutes min mins read",
    )
)
_ISO = re.compile(r"\b(20\d\d)-(\d\d)-(\d\d)\b")
_DMY = re.compile(r"\b(\d\d)[-.](\d\d)[-.](20\d\d)\b")  # "14-05-2025", European order
_SLASH = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(20\d\d)(?![\d/])")
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
    rest = re.sub(r"\b[AaPp]\.?[Mm]\b\.?", " ", rest)  # "2:15 p.m.", "4:12 PM"
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
            day = valid_day(y, mo, d)
            if day is not None:
                out.append((day, (m.start(), m.end())))
    for m in _SLASH.finditer(line):  # "15/11/2024 | 20:15": only a date one reading fits
        a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        readings = {d for d in (valid_day(y, b, a), valid_day(y, a, b)) if d is not None}
        if len(readings) == 1:
            out.append((readings.pop(), (m.start(), m.end())))
    if out:
        return out
    for kind, pattern in DATE_PATTERNS:
        if kind not in ("md", "dm"):
            continue
        for m in pattern.finditer(line):
            g = m.groups()
            if g[2] is None:
                continue
            month, d = (
                (month_number(g[0]), int(g[1])) if kind == "md" else (month_number(g[1]), int(g[0]))
            )
            day = valid_day(int(g[2]), month, d)
            if day is not None and not any(a <= m.start() < b for _, (a, b) in out):
                out.append((day, (m.start(), m.end())))
    return out


#: "... co-chaired the 14th ... Committee with ... in Singapore today."


def dated_heading(sentences: list[Sentence]) -> dt.date | None:
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
        if found is None and "|" in s.text:  # "NEWS | Posted on March 18, 2025 | By X"
            dates = {date_line(part.strip(" .:")) for part in s.text.split("|")} - {None}
            found = dates.pop() if len(dates) == 1 else None
        if found is not None:
            return found
    return None


@dataclass(frozen=True)
class Stamp:
    """The date an agency put before its story where no dateline was read: ``date``, the
    sentence it opens, and where in that sentence the story begins."""

    date: dt.date
    sentence: int
    end: int


#: "Riyadh, Rabi Al-Thani 14, 1446, October 17, 2024, SPA -- ", "TEHRAN, Aban 26, 1403 (IRNA) --"
_STAMP = re.compile(
    r"^[A-Z][\w'\u2019.-]*(?: [A-Z][\w'\u2019.-]*){0,3},\s+(?P<when>[^\n]{4,70}?)\s*"
    r"(?:\([A-Za-z][\w .&-]{1,30}\)\s*)?(?:--|-|\u2013|\u2014|:)\s+(?=[A-Z\"\u201c])"
)


def entry_dates(sentences: list[Sentence]) -> list[tuple[int, dt.date]]:
    """The date lines of a page that has more than one day's (a live blog's entries), each
    with the index of its line; none for a page with one date line."""
    found = [(s.index, date_line(s.text.rstrip(".:"))) for s in sentences if s.heading]
    dated = [(i, d) for i, d in found if d is not None]
    return dated if len({d for _, d in dated}) > 1 else []


def filing_stamp(sentences: list[Sentence]) -> Stamp | None:
    """The one full date (a Gregorian date with its year, or a Solar Hijri one) of the city
    and date an agency puts before its story, when the dateline patterns did not read it.

    >>> from ._text import split_sentences
    >>> filing_stamp(split_sentences("TEHRAN, Aban 26, 1403 (IRNA) -- Iran and Oman met."))
    Stamp(date=datetime.date(2024, 11, 16), sentence=0, end=32)
    """
    opening = next((s for s in sentences if not s.heading), None)
    m = _STAMP.match(opening.text) if opening is not None else None
    if opening is None or m is None:
        return None
    found = {d.start for d in dates_in(m.group("when"), None) if not d.inferred}
    return Stamp(found.pop(), opening.index, m.end()) if len(found) == 1 else None
