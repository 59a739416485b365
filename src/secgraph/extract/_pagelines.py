"""More shapes of the line that dates a page or a release, read for the day the story counts
"today", "on Friday" and "yesterday" from.

- A lunar Hijri date before the Gregorian one it corresponds to ("Nouakchott, Monday 14
  Jumada al-Awwal 1448 AH corresponding to 26 October 2026"): the Hijri part is dropped and
  the Gregorian date read (the Hijri date itself is never converted: ``_calendars``).
- A Japanese era's date ("令和8年5月20日", Reiwa 8 is 2026) and a Gregorian date in the same
  characters ("2026年5月20日", a Korean page's "2026년 5월 20일"), as a Japanese, Chinese or
  Korean ministry dates its English pages.
- A speech's "Delivered on: 20 October 2026" line: the day the words were spoken, which its
  "today" means, not the day the page was published (often the day after).
- A yearless dateline ("Rabat, Mar 28 (EFE).-") whose day the text writes out in full after a
  place further down ("Madrid, 28 de marzo de 2026", a release quoted under the story): that
  date's year is the dateline's. Only the same month and day count, after a place's name.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from ._dates import dates_in, valid_day
from ._text import MONTH_NAMES

if TYPE_CHECKING:
    from ._text import Sentence

__all__ = ["delivered_day", "place_dated_year", "without_other_calendars"]

_AL = r"(?:\s+|-)(?:[Aa]l|[Ee]l|[Uu]l)?-?\s*"
_HIJRI_MONTH = (
    r"(?:Muharram|Safar|Rabi[\u2019'`]?" + _AL + r"(?:Awwal|Thani|Akhir|Akhar|Ula|Oula)"
    r"|Jumad[ae]" + _AL + r"(?:Awwal|Oula|Ula|Thaniyah?|Thani|Akhirah?|Ukhra)"
    r"|Rajab|Sha[\u2019'`]?a?ban|Ramadh?an|Shawwal"
    r"|Dhu[\u2019'`]?" + _AL + r"(?:Q[ai][\u2019'`]?dah?|Hijj?ah?))"
)
#: "14 Jumada al-Awwal 1448 AH corresponding to ", "Rabi Al-Thani 14, 1446 H, "
_HIJRI_DATE = re.compile(
    rf"(?:\d{{1,2}}\s+{_HIJRI_MONTH}|{_HIJRI_MONTH}\s+\d{{1,2}}),?\s+1[34]\d\d"
    r"(?:\s*(?:AH|A\.H\.|H)\b\.?)?\s*,?\s*"
    r"(?:(?:which\s+)?(?:corresponding|corresponds|coinciding|equivalent)\s+(?:to|with)\s+)?"
)
#: "令和8年5月20日", "平成31年4月30日", "2026年5月20日", and a Korean page's "2026년 5월 20일"
_JAPANESE = re.compile(
    r"(令和|平成)?\s*(元|\d{1,4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]"
)
_ERA_START = {"令和": 2019, "平成": 1989}


def without_other_calendars(line: str) -> str:
    """A date line with its lunar Hijri date dropped and a Japanese date in English.

    >>> without_other_calendars("Nouakchott, 14 Jumada al-Awwal 1448 AH corresponding to "
    ...                         "26 October 2026")
    'Nouakchott, 26 October 2026'
    >>> without_other_calendars("令和8年5月20日")
    '20 May 2026'
    """
    if "年" in line or "년" in line:
        line = _JAPANESE.sub(_japanese, line)
    return _HIJRI_DATE.sub("", line) if _HIJRI_DATE.search(line) else line


def _japanese(m: re.Match[str]) -> str:
    year = 1 if m.group(2) == "元" else int(m.group(2))  # 元年: an era's first year
    if m.group(1):
        year += _ERA_START[m.group(1)] - 1
    elif year < 1900:
        return m.group()
    day = valid_day(year, int(m.group(3)), int(m.group(4)))
    return f"{day.day} {MONTH_NAMES[day.month - 1]} {day.year}" if day else m.group()


#: "Delivered on: 20 October 2026 (Transcript of the speech, exactly as it was delivered)"
_DELIVERED = re.compile(
    r"^(?:Delivered on|Date delivered|Speech delivered on|Date of delivery)\s*:?\s*"
    r"([^()\n]{6,40}?)\s*(?:\(|$)",
    re.I,
)


def delivered_day(sentences: list[Sentence]) -> dt.date | None:
    """The day a speech's page says it was delivered, from a line of its own near the top."""
    from ._stamps import date_line

    for s in sentences[:12]:
        m = _DELIVERED.match(s.text)
        if m is not None:
            return date_line(m.group(1).rstrip(".:"))
    return None


#: a document's issuing just before a date: "a press release issued by the Foreign Office on
#: 4th of March 2026" (the dateline's "March 4" is that day: the document is the story's)
_ISSUED_BEFORE = re.compile(
    r"\b(?:release|statement|communiqu[\u00e9e]|readout)\s+(?:issued|released|published)"
    r"(?:\s+by(?:\s+[\w'\u2019-]+){1,5})?\s+on\s+$|\bdated\s+$"
)
#: a place's name just before a date: "Madrid, "
_PLACE_BEFORE = re.compile(
    r"(?:^|[\s\u2013\u2014-])(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)"
    r"[A-Z][\w'\u2019.-]+(?: [A-Z][\w'\u2019.-]+){0,2},\s*$"
)


def place_dated_year(sentences: list[Sentence], month_day: tuple[int, int]) -> dt.date | None:
    """The one full date after a place's name in the text that is a yearless dateline's day
    (the dateline's "Mar 28", the quoted release's "Madrid, 28 de marzo de 2026"), or after
    a document's issuing ("a press release issued by the Foreign Office on 4th of March 2026",
    "a statement dated 4 March 2026")."""
    from ._locale import english_months

    found = set()
    for s in sentences:
        if not any(c.isdigit() for c in s.text):
            continue
        text = english_months(s.text)
        for d in dates_in(text, None):
            if d.inferred or d.end is not None or (d.start.month, d.start.day) != month_day:
                continue
            if _PLACE_BEFORE.search(text, 0, d.at) or _ISSUED_BEFORE.search(text, 0, d.at):
                found.add(d.start)
    return found.pop() if len(found) == 1 else None
