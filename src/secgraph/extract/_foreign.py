"""Dates an English sentence writes in another form: a statement's date quoted in its own
language ("took place \u201cel jueves 23 de julio de 2026\u201d", "gave the date as \u201c4
\u043c\u0430\u0440\u0442\u0430 2026 \u0433.\u201d"), a page translated from French that kept
"from lundi 13 to mardi 14 avril 2026", and the Roman month Spanish-speaking and Central
European pages write ("Santo Domingo, 15-I-2026", "14.XII.2025").

Only a date with its four-digit year is read: a foreign month name alone ("le 13 avril") could
be any year's, and a short foreign word after a number in English text could be no month at
all. The month names are those ``_locale`` reads in a page's date line, with the genitive
months of Russian and Ukrainian.
"""

from __future__ import annotations

import datetime as dt
import re

from ._locale import MONTH_WORDS
from ._text import MONTH_NAMES

__all__ = ["foreign_dates"]

_SLAVIC = {
    "January": "\u044f\u043d\u0432\u0430\u0440\u044f \u0441\u0456\u0447\u043d\u044f",
    "February": "\u0444\u0435\u0432\u0440\u0430\u043b\u044f \u043b\u044e\u0442\u043e\u0433\u043e",
    "March": "\u043c\u0430\u0440\u0442\u0430 \u0431\u0435\u0440\u0435\u0437\u043d\u044f",
    "April": "\u0430\u043f\u0440\u0435\u043b\u044f \u043a\u0432\u0456\u0442\u043d\u044f",
    "May": "\u043c\u0430\u044f \u0442\u0440\u0430\u0432\u043d\u044f",
    "June": "\u0438\u044e\u043d\u044f \u0447\u0435\u0440\u0432\u043d\u044f",
    "July": "\u0438\u044e\u043b\u044f \u043b\u0438\u043f\u043d\u044f",
    "August": "\u0430\u0432\u0433\u0443\u0441\u0442\u0430 \u0441\u0435\u0440\u043f\u043d\u044f",
    "September": "\u0441\u0435\u043d\u0442\u044f\u0431\u0440\u044f "
    "\u0432\u0435\u0440\u0435\u0441\u043d\u044f",
    "October": "\u043e\u043a\u0442\u044f\u0431\u0440\u044f \u0436\u043e\u0432\u0442\u043d\u044f",
    "November": "\u043d\u043e\u044f\u0431\u0440\u044f "
    "\u043b\u0438\u0441\u0442\u043e\u043f\u0430\u0434\u0430",
    "December": "\u0434\u0435\u043a\u0430\u0431\u0440\u044f \u0433\u0440\u0443\u0434\u043d\u044f",
}
_NUMBER = {
    **{word: MONTH_NAMES.index(en) + 1 for word, en in MONTH_WORDS.items()},
    **{w: MONTH_NAMES.index(en) + 1 for en, words in _SLAVIC.items() for w in words.split()},
}
_MONTH = "|".join(sorted(_NUMBER, key=len, reverse=True))
#: a weekday written before the day in a range: "from lundi 13 to mardi 14 avril 2026"
_WEEKDAY = (
    r"(?:lunes|martes|mi[\u00e9e]rcoles|jueves|viernes|s[\u00e1a]bado|domingo|lundi|mardi|"
    r"mercredi|jeudi|vendredi|samedi|dimanche|luned[\u00eci]|marted[\u00eci]|mercoled[\u00eci]|"
    r"gioved[\u00eci]|venerd[\u00eci]|sabato|domenica|(?:segunda|ter[\u00e7c]a|quarta|quinta|"
    r"sexta)-feira|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|maandag|dinsdag|"
    r"woensdag|donderdag|vrijdag|zaterdag|zondag)\s+"
)
_TO = (
    r"(?:\s*[-\u2013]\s*|\s+(?:to|and|au|\u00e0|al|a|et|y|e|bis|und|tot|en|\u0438|\u043f\u043e)"
    r"\s+)"
)
_DATE = re.compile(
    rf"(?<![\w.-])(\d{{1,2}})(?:\.|er|\u00ba|o)?(?:{_TO}(?:{_WEEKDAY})?(\d{{1,2}})\.?)?\s+"
    rf"(?:de\s+)?({_MONTH})\s+(?:de\s+|del\s+)?((?:19|20)\d\d)(?!\d)",
    re.I,
)
_ROMAN = {
    "I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6,
    "VII": 7, "VIII": 8, "IX": 9, "X": 10, "XI": 11, "XII": 12,
}  # fmt: skip
#: "15-I-2026", "14.XII.2025", "28/X/2025": the same mark on both sides
_ROMAN_DATE = re.compile(r"(?<![\w.-])(\d{1,2})([-./])([IVX]{1,4})\2((?:19|20)\d\d)(?![\w])")


def foreign_dates(text: str) -> list[tuple[dt.date, dt.date | None, int, int]]:
    """The foreign-language and Roman-month dates of ``text``, each as (first day, last day or
    None, start, end).

    >>> foreign_dates('the meeting took place "el jueves 23 de julio de 2026" in Tehran')
    [(datetime.date(2026, 7, 23), None, 34, 53)]
    >>> foreign_dates("met from lundi 13 to mardi 14 avril 2026 in Beni")[0][:2]
    (datetime.date(2026, 4, 13), datetime.date(2026, 4, 14))
    >>> foreign_dates("Santo Domingo, 15-I-2026.- The minister")[0][0]
    datetime.date(2026, 1, 15)
    >>> foreign_dates("on 13 avril, then 5 mai")
    []
    """
    out: list[tuple[dt.date, dt.date | None, int, int]] = []
    for m in _DATE.finditer(text):
        month, year = _NUMBER[m.group(3).lower()], int(m.group(4))
        first = _day(year, month, int(m.group(1)))
        last = _day(year, month, int(m.group(2))) if m.group(2) else None
        if first is None or (m.group(2) and (last is None or last <= first)):
            continue
        if last is not None and (last - first).days > 10:
            continue
        out.append((first, last, m.start(), m.end()))
    for m in _ROMAN_DATE.finditer(text):
        month_number = _ROMAN.get(m.group(3))
        day = _day(int(m.group(4)), month_number, int(m.group(1))) if month_number else None
        if day is not None:
            out.append((day, None, m.start(), m.end()))
    return out


def _day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
