"""The one full date of a short line that holds little else, a page's date line: "Published 4
December 2024", "15/11/2024 | 20:15", "2026. 4. 29.", "Posted On: 25 NOV 2026 6:40PM by PIB
Delhi". ``_stamps`` finds such lines at a page's top and foot; a slashed date two readings fit
is read the way the text writes its dates (``_locale.day_first``) or not at all.
"""

from __future__ import annotations

import datetime as dt
import re

from ._dates import DATE_PATTERNS, month_number, valid_day
from ._locale import english_months
from ._pagelines import without_other_calendars
from ._yearfirst import year_first_dates

__all__ = ["SLASHED", "STAMP_WORDS", "date_line"]


_STAMP_WORDS = frozenset(
    re.findall(
        r"\w+",
        "published updated dated posted source date last modified news item press release on "
        "at no by am pm ist gmt utc et est edt bst cet pkt jst kst "
        "issued lodged answered created time of publication release issue written read min "
        "h hrs ago hour hours minute minutes mins "
        # a page's label in another language: "Publicado el", "Publié le", "Mis à jour le",
        # "Veröffentlicht am", "Pubblicato il", "Publicado em", "Gepubliceerd op"
        "el em le la il am op à publicado publicada publié publiée pubblicato veröffentlicht "
        "gepubliceerd actualizado atualizado aggiornato aktualisiert mis jour fecha data datum "
        # the hour after it: "2026-05-22 às 18h04", "a las 10:30", "alle 12:15", "um 14 Uhr"
        "às a las alle um uhr om "
        # the year's word after it: "8. jul 2026. godine", "12 maja 2026 r."
        "godine god r roku",
    )
)
_ISO = re.compile(r"\b(20\d\d)([-/.])(\d\d)\2(\d\d)(?!\d)")  # "2024-01-15", "2025.03.04"
_DMY = re.compile(r"\b(\d{1,2})[-.](\d{1,2})[-.](20\d\d)\b")  # "14-05-2025", "12.3.2025"
_SLASH = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(20\d\d)(?![\d/])")
#: "6:30PM", "10h32" (as French pages write it)
_TIME = re.compile(r"\b\d{1,2}(?:[:.]|h(?=\d\d\b))\d\d(?::\d\d)?(?:\s?[AaPp][Mm]\b)?")
_WEEKDAY_ABBR = ["mo", "tu", "we", "th", "fr", "sa", "su"]
_WEEKDAY_WORD = re.compile(r"\b(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\b")


def date_line(text: str, *, day_first: bool | None = None) -> dt.date | None:
    """The one full date of a short line that holds little else: a page's date line.
    ``day_first`` reads a slashed date that two readings fit ("05/03/2025") as the text
    writes its dates (``_locale.day_first``); without it such a date is no date."""
    text = without_other_calendars(text)  # "14 Jumada al-Awwal 1448 AH corresponding to"
    if len(text) > 90:
        return None
    line = re.sub(r"\b[A-Z]{3,}\b", lambda m: m.group().capitalize(), text)  # "SEPTEMBER"
    line = re.sub(r"(?<=\d)(ST|ND|RD|TH)\b", lambda m: m.group().lower(), line)  # "4TH"
    line = re.sub(r"(?<=\d)(st|nd|rd|th)\s+of\s+(?=[A-Z])", r"\1 ", line)  # "4th of March"
    line = english_months(line)  # "05 marzo 2025"
    line = re.sub(r"\s+,\s*(?=(?:19|20)\d\d)", ", ", line)  # "26 August ,2026" (a template's)
    found = [(d, span) for d, span in _full_dates(line, day_first)]
    if len({d for d, _ in found}) != 1:
        return None
    rest = line
    for _, (a, b) in sorted((x for x in found), key=lambda x: -x[1][0]):
        rest = rest[:a] + " " + rest[b:]
    rest = re.sub(r"(?:Source|Editor|Author)\s*:\s*(?:[A-Z][\w.'-]*\s?){1,4}", " ", rest)
    # "By Dana Omarova in Nation on 7 May 2026": a byline, its section and the day
    rest = re.sub(
        r"^\s*By\s+(?:[A-Z][\w.'-]*\s){1,4}in\s+(?:[A-Z][\w&'-]*\s){1,3}on\s*$", " ", rest
    )
    # "| By Litia Cava", "Updated 2 hours ago", "4:12 PM GMT+7"
    rest = re.sub(r"(?:^|(?<=[|\u2022\u00b7,-]))\s*By\s+(?:[A-Z][\w.'-]*\s?){1,4}", " ", rest)
    rest = re.sub(r"\bby\s+(?:[A-Z][\w.'-]*\s?){1,3}$", " ", rest)  # "6:30PM by PIB Delhi"
    rest = re.sub(r"\b\d+\s+(?:hours?|minutes?|mins?|days?)\s+ago\b", " ", rest)
    rest = re.sub(r"\b(?:GMT|UTC)\s*[+-]\s*\d{1,2}(?::?\d\d)?", " ", rest)
    rest = re.sub(r"\b[AaPp]\.?[Mm]\b\.?", " ", rest)  # "2:15 p.m.", "4:12 PM"
    rest = _WEEKDAY_WORD.sub(" ", _TIME.sub(" ", re.sub(r"Editor:\s*\S+", " ", rest)))
    words = re.findall(r"[^\W\d_][\w'-]*", rest)
    if len(words) > 4:
        return None
    if any(w[0].islower() and w.lower() not in _STAMP_WORDS for w in words):
        return None
    return found[0][0]


def _full_dates(line: str, day_first: bool | None) -> list[tuple[dt.date, tuple[int, int]]]:
    out = []
    for pattern, order in ((_ISO, (0, 2, 3)), (_DMY, (2, 1, 0))):
        for m in pattern.finditer(line):
            y, mo, d = (int(m.group(i + 1)) for i in order)
            day = valid_day(y, mo, d)
            if day is not None:
                out.append((day, (m.start(), m.end())))
    out += [x for x in year_first_dates(line) if not any(a <= x[1][0] < b for _, (a, b) in out)]
    for m in _SLASH.finditer(line):  # "15/11/2024 | 20:15": only a date one reading fits
        a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        readings = {d for d in (valid_day(y, b, a), valid_day(y, a, b)) if d is not None}
        named = _WEEKDAY_WORD.search(line)  # "Tue, 03/04/2025 - 14:32": the weekday decides
        if named is not None and len(readings) > 1:
            weekday = _WEEKDAY_ABBR.index(named.group()[:2].lower())
            readings = {d for d in readings if d.weekday() == weekday}
        if len(readings) > 1 and day_first is not None:
            chosen = valid_day(y, b, a) if day_first else valid_day(y, a, b)
            readings = {chosen} if chosen is not None else set()
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


#: a slashed date with its year (for ``_stamps``)
SLASHED = _SLASH
#: the words a page's date line may hold besides its date (for ``_stamps``)
STAMP_WORDS = _STAMP_WORDS
