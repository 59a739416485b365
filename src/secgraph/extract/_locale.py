"""How a page writes its dates: month names in the site's own language, and the order of day
and month in "05/03/2025".

A ministry's English page often keeps its date line in the site's language ("05 marzo 2025",
"12 de marzo de 2025", "5 mars 2025", "8. jul 2026. godine", "12 maja 2026 r."): only such a
line is read this way, never the story's sentences. A slashed date two readings fit is read
day first, as every country but a few writes it, unless the text shows the month-first way:
an unambiguous "3/14/2025" in it, a 12-hour clock after it ("3/5/2025 8:15:00 PM"), or a
party that writes month first (the United States, the Philippines, Canada), where it stays
unread. A dateline's month and day ("KUWAIT, March 5 (KUNA) --") decide it first
(``_stamps.dated_heading``).
"""

from __future__ import annotations

import re

from ._calendars import thai_dates_in_english

__all__ = ["MONTH_WORDS", "day_first", "english_months"]

_FOREIGN_MONTHS = {
    "January": "gennaio enero janvier janeiro januar januari ocak ianuarie stycznia ledna",
    "February": "febbraio febrero f\u00e9vrier fevereiro februar februari \u015fubat februarie "
    "lutego \u00fanora",
    "March": "marzo mars mar\u00e7o m\u00e4rz mart maart maret mac martie marec marca b\u0159ezna",
    "April": "aprile abril avril nisan aprilie kwietnia dubna april",
    "May": "maggio mayo mai maio maj mei may\u0131s maja kv\u011btna",
    "June": "giugno junio juin junho juni jun junij iunie haziran czerwca \u010dervna",
    "July": "luglio julio juillet julho juli jul julij julai iulie temmuz lipca \u010dervence",
    "August": "agosto ao\u00fbt avgust augustus augusti agustus ogos a\u011fustos sierpnia srpna",
    "September": "settembre septiembre septembre setembro septembar septembrie eyl\u00fcl "
    "wrze\u015bnia z\u00e1\u0159\u00ed september",
    "October": "ottobre octubre octobre outubro oktober oktobar octombrie ekim "
    "pa\u017adziernika \u0159\u00edjna",
    "November": "novembre noviembre novembro novembar noiembrie kas\u0131m listopadu november",
    "December": "dicembre diciembre d\u00e9cembre dezembro dezember decembar desember december "
    "disember desember decembrie aral\u0131k grudnia prosince",
}
# (the last of April, September, November and December: the same word in Dutch, German,
# Swedish or Indonesian, written lower case: "Op vrijdag 6 november 2026")
_TO_ENGLISH = {w: en for en, words in _FOREIGN_MONTHS.items() for w in words.split()}
#: a foreign month's name, lower case -> the English one (``_foreign`` reads them in a sentence)
MONTH_WORDS = dict(_TO_ENGLISH)
_FOREIGN = re.compile(
    r"(?<=\d)(\.?\s+(?:de\s+)?)("
    + "|".join(sorted(_TO_ENGLISH, key=len, reverse=True))
    + r")\b(\s+(?:de\s+)?)?",
    re.I,
)


def english_months(line: str) -> str:
    """A date line's foreign month name after a day, in English.

    >>> english_months("Roma, 05 marzo 2025")
    'Roma, 05 March 2025'
    >>> english_months("12 de marzo de 2025")
    '12 March 2025'
    """

    def swap(m: re.Match[str]) -> str:
        return f" {_TO_ENGLISH[m.group(2).lower()]}" + (" " if m.group(3) else "")

    return _FOREIGN.sub(swap, thai_dates_in_english(line))


_SLASHED = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(?:19|20)\d\d(?![\d/])")
_MONTH_FIRST_PARTY = re.compile(
    r"\b(?:U\.S\.|US|USA|United States|American|Americans|Washington|Philippines?|Filipino|"
    r"Canada|Canadian)\b"
)


#: a 12-hour clock after a slashed date, as month-first software writes it
_TWELVE_HOURS = re.compile(r"\s+\d{1,2}:\d\d(?::\d\d)?\s*[AP]\.?M\b", re.I)


def day_first(text: str) -> bool | None:
    """Whether the text's ambiguous slashed dates put the day first; None when it cannot
    tell.

    >>> day_first("Rome, 05/03/2025. Italy and Libya met.")
    True
    >>> day_first("Posted 05/03/2025. The United States and Mexico met.")
    >>> day_first("Posted 3/14/2025 and 05/03/2025. Italy and Libya met.")
    False
    >>> day_first("3/5/2025 8:15:00 PM. Kuwait and Oman met.")
    """
    clock = False
    for m in _SLASHED.finditer(text):
        a, b = int(m.group(1)), int(m.group(2))
        if a > 12 >= b:
            return True
        if b > 12 >= a:
            return False
        clock = clock or _TWELVE_HOURS.match(text, m.end()) is not None
    if clock:
        return None  # "3/5/2025 8:15:00 PM": a US-English server's default, either way
    return None if _MONTH_FIRST_PARTY.search(text) else True
