"""The dates a page or an agency puts on a story: a page's date line ("Published 4 December
2024", "15/11/2024 | 20:15", each line read in ``_linedate``), a live blog's entry lines,
and an agency's stamp before its story that the dateline patterns do not read ("Riyadh, Rabi
Al-Thani 14, 1446, October 17, 2024, SPA --"). They date the story, not the meeting: ``_when``
counts from them.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ._countries import is_meeting
from ._dates import dates_in, valid_day
from ._linedate import SLASHED, STAMP_WORDS, date_line
from ._locale import day_first
from ._pagelines import delivered_day, place_dated_year
from ._text import MONTH, Dateline, Sentence

__all__ = [
    "Stamp",
    "date_line",
    "dated_heading",
    "dateline_day",
    "entry_dates",
    "filing_stamp",
    "header_date",
    "is_date_line",
    "story_date",
    "yearless_stamp_end",
]


#: "... co-chaired the 14th ... Committee with ... in Singapore today."


def dated_heading(
    sentences: list[Sentence], *, month_day: tuple[int, int] | None = None
) -> dt.date | None:
    """A line near the top that is only a full date ('July 16, 2024', 'Published 4 December
    2024', 'Berlin, 18 September 2023.'), as a readout or a news page has, or such a line at
    the foot ('Date: 2025-08-06', a minister's release dated below its text): the day the
    story was published. A yearless dateline's ``month_day`` ("KUWAIT, March 5 (KUNA) --")
    tells which way a slashed date line reads ("3/5/2025 8:15:00 PM" is March 5)."""
    delivered = delivered_day(sentences)  # a speech's "Delivered on: 20 October 2026"
    if delivered is not None:
        return delivered
    lines = sentences[:10] + sentences[-4:]
    slashed = any("/" in s.text and SLASHED.search(s.text) for s in lines)
    order = day_first(" ".join(s.text for s in sentences)) if slashed else None
    if month_day is not None and slashed:
        for first in (True, False):
            found = _scan(sentences, first)
            if found is not None and _fits(month_day, found):
                return found
    found = _scan(sentences, order)
    if found is None and month_day is not None:  # "Madrid, 28 de marzo de 2026" further down
        found = place_dated_year(sentences, month_day)
    return found


def _scan(sentences: list[Sentence], order: bool | None) -> dt.date | None:
    # a release's sign-off may follow it: "Media contact: ...", "ENDS", "Follow us on X"
    foot = [
        s
        for i, s in enumerate(sentences[-4:])
        if s.index >= 10 and (i >= 2 or s.heading)  # the last two, or a line of their own
    ]
    revised: dt.date | None = None  # "Updated: June 12": the page's date only if alone
    # (a "Related stories" list and its dates were left out before: _furniture)
    for s in sentences[:10] + foot:
        if not s.heading and is_meeting(s):
            continue
        text = _published_part(s.text)
        found = _line_date(text, order)
        if found is not None and _REVISED.search(text) and not _PUBLISHED.search(text):
            revised = revised or found
        elif found is not None:
            return found
    return revised


def header_date(text: str) -> dt.date | None:
    """The date of a page's header element, in the shapes a date line takes ("Last updated:
    25/06/2026 // Norway in Iceland" is 25 June 2026).

    >>> header_date("Last updated: 25/06/2026 // Norway in Iceland")
    datetime.date(2026, 6, 25)
    """
    return _line_date(text, None)


def is_date_line(text: str) -> bool:
    """Whether a heading is a page's date line and nothing else (its date the story's, not a
    meeting's): "Wednesday, 7 October 2026, 07:30", "Thursday, October 15, 2026, 4:05 p.m.,
    Press Conference Room" (not "Kenya, Uganda hold talks - 6 March 2026")."""
    return date_line(text.rstrip(".:")) is not None or _TIMED_VENUE.match(text) is not None


def _line_date(text: str, order: bool | None) -> dt.date | None:
    """The date of a page's date line, in the shapes such a line takes."""
    found = date_line(text.rstrip(".:"), day_first=order)
    if found is None:  # "Berlin, 18 September 2023.", "Rawalpindi - April 3, 2025:"
        # "Rio de Janeiro (RJ), 24 April 2025": a state or province in brackets
        line = re.sub(
            r"^[A-Z][\w' -]{1,25}(?:\s*\([A-Z][\w .]{0,20}\))?(?:,|\s[-\u2013\u2014])\s*", "", text
        )
        found = date_line(line.rstrip(".:"), day_first=order)
    if found is None:  # "April 9, 2025 - Ottawa, Ontario - Global Affairs Canada"
        first, *rest = re.split(r"\s[-\u2013\u2014|]\s", text)
        # not a listed story's headline: "June 12, 2025 | Uganda police chief visits Juba"
        if not _RELATED.match(first) and not any(_headline(part) for part in rest):
            found = date_line(first.rstrip(".:"), day_first=order)
    if found is None and len(text) <= 120:
        # "Press Release | Ministry of Defence | 5 March 2025", breadcrumbs
        found = _segment_date(text, order)
    if found is None and (timed := _TIMED_VENUE.match(text)) is not None:
        # "Thursday, October 15, 2026, 4:05 p.m., Press Conference Room, Ministry of ..."
        found = date_line(timed.group(1), day_first=order)
    if found is None and len(text) <= 200 and (tail := _DATED_TAIL.search(text)) is not None:
        # "Excerpt from the transcript of the weekly briefing ..., Moscow, 29 October 2026"
        found = date_line(tail.group(1), day_first=order)
    return found


#: a date line's date and time, then where: "Thursday, October 15, 2026, 4:05 p.m., Press
#: Conference Room, Ministry of Foreign Affairs"
_TIMED_VENUE = re.compile(
    r"^((?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:[A-Z][a-z]+\.?\s+\d{1,2},?|"
    r"\d{1,2}\s+[A-Z][a-z]+)\s+(?:19|20)\d\d,?\s+\d{1,2}[:.]\d\d\s*(?:[ap]\.m\.|[AP]M|hrs\.?)?)"
    r"\s*,\s*[A-Z][^.!?]{0,100}$"
)
#: a heading that ends in its day (no stop after it, as a sentence would have): "...
#: briefing by the Spokesperson, Moscow, 29 October 2026"
_DATED_TAIL = re.compile(
    r",\s+(?:[A-Z][\w'\u2019 -]{1,25},\s+)?(\d{1,2}\s+[A-Z][a-z]+\s+(?:19|20)\d\d|"
    r"[A-Z][a-z]+\.?\s+\d{1,2},\s+(?:19|20)\d\d)$"
)


#: "Published: June 4, 2025 | Updated: June 12, 2025": the published part
_PUBLISHED = re.compile(
    r"\b(?:Published|Posted|Issued|First published|Publicad[oa]|Publi[ée]e?|Pubblicato|"
    r"Ver[öo]ffentlicht|Gepubliceerd)(?!\w)",
    re.I,
)
_REVISED_PART = re.compile(
    r"\s*(?:Last\s+)?(?:[Uu]pdated|[Mm]odified|[Rr]evised|[Ee]dited|[Aa]ctualizad[oa]|"
    r"[Aa]tualizad[oa]|[Aa]ggiornato|[Aa]ktualisiert|[Mm]is à jour)\b[^|\u2022\u00b7]*?"
    r"(?=\s*[|\u2022\u00b7]|\s*\b(?:Published|Posted|Issued|First published|Publicad[oa]|"
    r"Publi[ée]e?|Pubblicato|Ver[öo]ffentlicht|Gepubliceerd)(?!\w)|$)"
)


def _published_part(line: str) -> str:
    """A date line without its "Updated" part when it also says when it was published."""
    if not _PUBLISHED.search(line) or not _REVISED.search(line):
        return line
    kept = _REVISED_PART.sub(" ", line)
    return re.sub(r"^\s*[|\u2022\u00b7]\s*|\s*[|\u2022\u00b7]\s*$", "", kept).strip()


#: what parts a page's header line: "Press Release | Ministry of Defence | 5 March 2025",
#: "Home > News > 5 March 2025", "Release No: 12/2025 Date: 5 March 2025 Place: New Delhi"
_SEPARATOR = re.compile(
    r"\s+(?:[-\u2013\u2014|\u2022\u00b7>/]|//)\s+|\s{2,}|(?=\b[A-Z][a-z]+(?: [a-z]+)?\s*:)"
)


def _segment_date(line: str, order: bool | None) -> dt.date | None:
    """The one date of a header line's parts that is a date line of its own, when the other
    parts are labels, not a headline ("Related: March 1, 2025 - China opens consulate")."""
    parts = [part.strip().rstrip(".:") for part in _SEPARATOR.split(line)]
    dated = [(part, date_line(part, day_first=order)) for part in parts if part]
    found = {d for _, d in dated if d is not None}
    labels = [part for part, d in dated if d is None]
    if len(found) != 1 or any(not _label(part) for part in labels):
        return None
    return found.pop()


#: a related story's headline under its date: "Related: March 1, 2025 - China opens ..."
_RELATED = re.compile(r"(?:Related|See also|Read also|Also read|More|Previous|Next)\b", re.I)
_LABEL_WORDS = STAMP_WORDS | {"of", "and", "the", "for", "in", "releases", "statements", "news"}


def _headline(part: str) -> bool:
    """Whether a part of a line reads as a story's headline: three words or more, one of them
    a lower-case word no label has ("Uganda police chief visits Juba"); a site's name
    ("SAnews.gov.za") is none."""
    part = re.sub(r"\b[\w-]+(?:\.[a-z][\w-]*)+\b", "", part)
    words = re.findall(r"[^\W\d_][\w'-]*", part)
    return len(words) >= 3 and any(w[0].islower() and w not in _LABEL_WORDS for w in words)


def _label(part: str) -> bool:
    words = re.findall(r"[^\W\d_][\w'-]*", part)
    return len(words) <= 10 and all(w[0].isupper() or w.lower() in _LABEL_WORDS for w in words)


@dataclass(frozen=True)
class Stamp:
    """The date an agency put before its story where no dateline was read: ``date``, the
    sentence it opens, and where in that sentence the story begins; ``until``, the last day
    of a span the stamp gives ("Astana, 29-30 October 2026 --")."""

    date: dt.date
    sentence: int
    end: int
    until: dt.date | None = None


#: "Riyadh, Rabi Al-Thani 14, 1446, October 17, 2024, SPA -- ", "TEHRAN, Aban 26, 1403 (IRNA) --"
_STAMP = re.compile(
    # "Abuja (Nigeria) 21 January 2026 (APA) -": the country in brackets after the city
    r"^[A-Z][\w'\u2019.-]*(?: [A-Z][\w'\u2019.-]*){0,3}(?:,\s+|\s+\([A-Z][\w .'-]{1,30}\),?\s+)"
    r"(?P<when>[^\n]{4,70}?)\s*"
    # the agency in brackets, or between dashes: "Tehran, Wednesday 31 Tir 1405 - IRNA - The"
    r"(?:\([A-Za-z][\w .&-]{1,30}\)\s*|(?:-|\u2013)\s*[A-Z]{2,8}\s+)?"
    r"(?:--|-|\u2013|\u2014|:)\s+(?=[A-Z\"\u201c])"
    # "ISLAMABAD: (4 March 2025) Pakistan ...", "ISLAMABAD (March 4, 2025) - Pakistan ..."
    r"|^[A-Z][\w'\u2019.-]*(?: [A-Z][\w'\u2019.-]*){0,3}\s*[,:]?\s*\((?P<paren>[^()\n]{6,40})\)"
    r"\s*(?:\([A-Za-z][\w .&-]{1,30}\)\s*)?(?:(?:--|-|\u2013|\u2014|:)\s*)?(?=[A-Z\"\u201c])"
    # a story's day alone before it, with no city: "April 16, 2026 - Drug control agencies"
    rf"|^(?P<bare>(?:{MONTH}\s+\d{{1,2}},?|\d{{1,2}}\s+{MONTH})\s+20\d\d)\s*(?:--|-|\u2013|\u2014)\s+"
    r"(?=[A-Z\"\u201c])"
)


_REVISED = re.compile(
    r"\s*(?:Last\s+)?(?:[Uu]pdated|[Mm]odified|[Rr]evised|[Ee]dited|[Aa]ctualizad[oa]|"
    r"[Aa]tualizad[oa]|[Aa]ggiornato|[Aa]ktualisiert|[Mm]is à jour)\b"
)


def entry_dates(sentences: list[Sentence]) -> list[tuple[int, dt.date]]:
    """The date lines of a page that has more than one day's (a live blog's entries), each
    with the index of its line; none for a page with one date line."""
    found = [
        (s.index, date_line(s.text.rstrip(".:")))
        for s in sentences
        if s.heading and not _REVISED.match(s.text)  # "Updated: June 20": not a new entry
    ]
    dated = [(i, d) for i, d in found if d is not None]
    return dated if len({d for _, d in dated}) > 1 else []


def filing_stamp(sentences: list[Sentence]) -> Stamp | None:
    """The one full date (a Gregorian date with its year, or a Solar Hijri one) of the city
    and date an agency puts before its story, when the dateline patterns did not read it.

    >>> from ._text import split_sentences
    >>> filing_stamp(split_sentences("TEHRAN, Aban 26, 1403 (IRNA) -- Iran and Oman met."))
    Stamp(date=datetime.date(2024, 11, 16), sentence=0, end=32, until=None)
    >>> filing_stamp(split_sentences("Astana, 29-30 October 2026 - Astana hosted talks.")).until
    datetime.date(2026, 10, 30)
    """
    opening = next((s for s in sentences if not s.heading), None)
    m = _STAMP.match(opening.text) if opening is not None else None
    if opening is None or m is None:
        return None
    when = m.group("when") or m.group("paren") or m.group("bare")
    found = {(d.start, d.end) for d in dates_in(when, None) if not d.inferred}
    if len(found) != 1:
        return None
    start, until = found.pop()  # a span's last day too: "Astana, 29-30 October 2026 --"
    return Stamp(start, opening.index, m.end(), until)


#: a stamp's month and day alone: "Aug 4", "4 August"
_MONTH_DAY = re.compile(rf"(?:{MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{MONTH})")


def yearless_stamp_end(sentences: list[Sentence]) -> tuple[int, int] | None:
    """Where the city and yearless day an agency puts before its story end ("Asunción, Aug 4
    (IP) - ", a city the dateline patterns do not read, or a dateline under a title that ends
    in a quotation mark), as (sentence, offset): that day is the filing's, not the meeting's.
    Only a paragraph's first sentence among the first three of the text is read.

    >>> from ._text import split_sentences
    >>> yearless_stamp_end(split_sentences("Asunción, Aug 4 (IP) - Paraguay and Brazil met."))
    (0, 23)
    """
    body = [s for s in sentences if not s.heading][:3]
    for s, before in zip(body, [None, *body], strict=False):
        if before is not None and before.paragraph == s.paragraph:
            continue
        m = _STAMP.match(s.text)
        if m is not None and m.group("when") and _MONTH_DAY.fullmatch(m.group("when")):
            return s.index, m.end()
    return None


def dateline_day(dateline: Dateline | None, known: dt.date | None) -> dt.date | None:
    """A dateline's month and day without a year ("BANGKOK, Feb 6 (Reuters) -") in the year
    of a date known otherwise (a page's date line, ``--published``): the latest such day on
    or before it, and no more than a week before it (a page updated days later). None when
    the dateline has no day or nothing gives the year.

    >>> from ._text import Dateline
    >>> dateline_day(Dateline("Bangkok", None, (2, 6), "Reuters", 0), dt.date(2025, 2, 7))
    datetime.date(2025, 2, 6)
    """
    if dateline is None or dateline.date is not None or dateline.month_day is None:
        return None
    return _fits(dateline.month_day, known) if known is not None else None


def _fits(month_day: tuple[int, int], known: dt.date) -> dt.date | None:
    """The day ``month_day`` on or up to a week before ``known``, if there is one."""
    month, day = month_day
    for year in (known.year, known.year - 1):
        found = valid_day(year, month, day)
        if found is not None and 0 <= (known - found).days <= 7:
            return found
    return None


def story_date(
    sentences: list[Sentence], dateline: Dateline | None, published: dt.date | None
) -> dt.date | None:
    """The day the story was filed, as ``_when`` counts from it: a dated dateline, an
    agency's stamp, ``--published``, or a page's date line."""
    if dateline is not None and dateline.date is not None:
        return dateline.date
    stamp = filing_stamp(sentences)
    month_day = dateline.month_day if dateline is not None else None
    known = (stamp.date if stamp else None) or published
    known = known or dated_heading(sentences, month_day=month_day)
    return dateline_day(dateline, known) or known
