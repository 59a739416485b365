"""Dates written in words or in another calendar.

- The Solar Hijri (Iranian) calendar, as an Iranian agency dates its stories ("TEHRAN, Aban 26,
  1403 (IRNA)"): converted exactly with ``jdatetime`` (the official calendar's algorithm), and
  only with its year: "Aban 26" alone stays no date.
- The Thai solar calendar, as a Thai page dates itself ("วันพฤหัสบดีที่ 14 มกราคม 2570"):
  the Gregorian months, the Buddhist Era's year (543 ahead); read in a date line only.
- A gazette's spelled date ("on the sixteenth day of January, Two Thousand and Twenty-Five").

The lunar Hijri calendar ("Rabi Al-Thani 13, 1446 AH") is not converted: a release that gives
it gives the Gregorian date beside it, and the day a month begins differs between countries.
Its month names match none of the Gregorian patterns, so it is never misread as one.
"""

from __future__ import annotations

import datetime as dt
import re

import jdatetime

from ._text import MONTH, MONTH_NAMES, MONTHS
from ._topics import ORDINAL_WORDS

__all__ = ["other_calendar_day", "solar_hijri_dates", "spelled_dates", "thai_dates_in_english"]

_SOLAR_MONTHS = {
    name: i
    for i, names in enumerate(
        [
            ("farvardin",),
            ("ordibehesht",),
            ("khordad",),
            ("tir",),
            ("mordad", "amordad"),
            ("shahrivar", "sharivar"),
            ("mehr",),
            ("aban",),
            ("azar",),
            ("dey", "dei"),
            ("bahman",),
            ("esfand", "espand"),
        ],
        start=1,
    )
    for name in names
}
_SOLAR_MONTH = "|".join(sorted((n.capitalize() for n in _SOLAR_MONTHS), key=len, reverse=True))
#: "Aban 26, 1403", "26 Aban 1403", "26th of Aban, 1403" (a year of the 14th or 15th century)
_SOLAR = re.compile(
    rf"\b(?:({_SOLAR_MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(1[34]\d\d)"
    rf"|(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_SOLAR_MONTH}),?\s+(1[34]\d\d))\b(?!\s*AH)"
)


def solar_hijri_dates(text: str) -> list[tuple[dt.date, tuple[int, int]]]:
    """Solar Hijri dates with a year in ``text``, converted to the Gregorian calendar.

    >>> solar_hijri_dates("TEHRAN, Aban 26, 1403 (IRNA) -- talks")
    [(datetime.date(2024, 11, 16), (8, 21))]
    """
    out = []
    for m in _SOLAR.finditer(text):
        if m.group(1):
            month, day, year = m.group(1), int(m.group(2)), int(m.group(3))
        else:
            day, month, year = int(m.group(4)), m.group(5), int(m.group(6))
        try:
            gregorian = jdatetime.date(year, _SOLAR_MONTHS[month.lower()], day).togregorian()
        except ValueError:
            continue  # "Esfand 30" of a common year, "Mehr 31"
        out.append((gregorian, (m.start(), m.end())))
    return out


_UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = [
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60}
_ORD_UNITS = ORDINAL_WORDS[:9]
_ORDINALS = {w: i for i, w in enumerate(ORDINAL_WORDS, 1)}
_ORDINALS |= {"thirtieth": 30}
_ORDINALS |= {f"twenty-{w}": 20 + i for i, w in enumerate(_ORD_UNITS, 1)}
_ORDINALS |= {"thirty-first": 31}
_ORDINAL = "|".join(sorted(_ORDINALS, key=len, reverse=True))
_NUMBER = "|".join(
    sorted([*_UNITS, *_TEENS, *(f"{t}(?:[- ](?:{'|'.join(_UNITS)}))?" for t in _TENS)], key=len)[
        ::-1
    ]
)
#: "the sixteenth day of January, Two Thousand and Twenty-Five", "the 3rd day of May, 2024"
_SPELLED = re.compile(
    rf"\b(?:(?:the|this)\s+)?({_ORDINAL}|\d{{1,2}}(?:st|nd|rd|th))\s+day\s+of\s+({MONTH}),?\s+"
    rf"(?:in\s+the\s+year\s+)?(two\s+thousand(?:\s+and)?(?:\s+(?:{_NUMBER}))?|(?:19|20)\d\d)\b",
    re.I,
)


def _number(words: str) -> int | None:
    words = words.lower().replace("-", " ")
    parts = words.split()
    if parts[:2] != ["two", "thousand"]:
        return None
    rest = [w for w in parts[2:] if w != "and"]
    value = 2000
    if rest and rest[0] in _TENS:
        value += _TENS[rest.pop(0)]
    if rest and rest[0] in _UNITS:
        value += _UNITS.index(rest.pop(0)) + 1
    elif rest and rest[0] in _TEENS:
        value += _TEENS.index(rest.pop(0)) + 10
    return value if not rest else None


def spelled_dates(text: str) -> list[tuple[dt.date, tuple[int, int]]]:
    """A gazette's or a treaty's spelled dates, each with its year.

    >>> spelled_dates("signed on the sixteenth day of January, Two Thousand and Twenty-Five.")
    [(datetime.date(2025, 1, 16), (10, 68))]
    """
    out = []
    for m in _SPELLED.finditer(text):
        day_text = m.group(1).lower()
        day = _ORDINALS.get(day_text) or int(re.sub(r"\D", "", day_text))
        year_text = m.group(3)
        year = int(year_text) if year_text.isdigit() else _number(year_text)
        if year is None:
            continue
        try:
            date = dt.date(year, MONTHS[m.group(2).rstrip(".").lower()], day)
        except ValueError:
            continue
        out.append((date, (m.start(), m.end())))
    return out


#: the Thai solar calendar's months (the Gregorian months), full and abbreviated
_THAI_MONTHS = {
    name: i
    for i, names in enumerate(
        [
            ("มกราคม", "ม.ค."),
            ("กุมภาพันธ์", "ก.พ."),
            ("มีนาคม", "มี.ค."),
            ("เมษายน", "เม.ย."),
            ("พฤษภาคม", "พ.ค."),
            ("มิถุนายน", "มิ.ย."),
            ("กรกฎาคม", "ก.ค."),
            ("สิงหาคม", "ส.ค."),
            ("กันยายน", "ก.ย."),
            ("ตุลาคม", "ต.ค."),
            ("พฤศจิกายน", "พ.ย."),
            ("ธันวาคม", "ธ.ค."),
        ],
        start=1,
    )
    for name in names
}
#: "วันพฤหัสบดีที่ 14 มกราคม 2570" (Thursday the 14th of January, Buddhist Era 2570): the
#: weekday before it is dropped, the year is the Buddhist Era's (543 years ahead)
_THAI = re.compile(
    r"(?:วัน\S{0,12}?ที่\s*)?(\d{1,2})\s*("
    + "|".join(re.escape(n) for n in sorted(_THAI_MONTHS, key=len, reverse=True))
    + r")\s*(?:พ\.ศ\.\s*)?(25\d\d)"
)


def thai_dates_in_english(line: str) -> str:
    """A date line's Thai solar date, written as the Gregorian date in English.

    >>> thai_dates_in_english("วันพฤหัสบดีที่ 14 มกราคม 2570")
    '14 January 2027'
    >>> thai_dates_in_english("3 ก.พ. 2569 - NNT")
    '3 February 2026 - NNT'
    """

    def swap(m: re.Match[str]) -> str:
        month = MONTH_NAMES[_THAI_MONTHS[m.group(2)] - 1]
        return f"{int(m.group(1))} {month} {int(m.group(3)) - 543}"

    return _THAI.sub(swap, line)


def other_calendar_day(text: str, at: int) -> bool:
    """Whether ``text`` at ``at`` (after a weekday) goes on with a day of a month no Gregorian
    calendar names: "on Tuesday, 30 Tir" (the Solar Hijri month without its year, read
    nowhere), where the weekday is the day to go by.

    >>> other_calendar_day("held on Tuesday, 30 Tir, in Zahedan", 15)
    True
    >>> other_calendar_day("held on Tuesday, 30 June, in Zahedan", 15)
    False
    """
    m = _DAY_OF_MONTH.match(text, at)
    return m is not None and m.group(1).lower().rstrip(".") not in MONTHS


_DAY_OF_MONTH = re.compile(r"\s*,?\s*\d{1,2}\s+([A-Z][a-z]+\.?)")
