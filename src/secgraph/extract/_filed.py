"""The day a story was filed, taken as its meeting's day.

An agency's opening under a dated dateline or date stamp ("ABU DHABI, 18th November, 2024
(WAM) -- X received Y") tells of a meeting held the day it was filed when it names no other
time: no weekday, no "last week", no "yesterday", no month or year of its own, no "said"
(a statement's day), no other city than the one filed from (a day's travel may lie between),
nothing still to come. An international wire always names the day when it knows it, so its
opening with none gives none. A stamp that gives a span ("Astana, 29-30 October 2026 --
Astana hosted ...") gives the span. (The other paths to a date are in ``_when``.)
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ._countries import is_future, is_meeting
from ._dates import WEEKDAY_NAME
from ._stamps import Stamp
from ._text import Dateline, Sentence
from ._times import VAGUE, YESTERDAY, names_a_time

__all__ = ["FiledDay", "opening_day"]


@dataclass(frozen=True)
class FiledDay:
    """The filing's day (and last day, for a stamp's span) and the opening it dates."""

    date: dt.date
    end: dt.date | None
    sentence: int


#: an opening that reports what someone said, and wires that always name the day: the story's
#: date is not the meeting's ("KABUL, March 12, 2025 (Reuters) - ... held talks, X said")
_SAID = re.compile(r"\b(?:said|says|told|announced|according to|reported|quoted)\b")
_WIRES = re.compile(
    r"Reuters|AFP|AP|Bloomberg|dpa|UPI|Xinhua|AA|Anadolu(?: Agency)?|TASS|RIA(?: Novosti)?|"
    r"Interfax|Kyodo|Jiji|Yonhap|ANI|PTI|IANS|EFE|Lusa|ANSA"
)
_HELD_IN = re.compile(
    r"\b(?:held|met|talks|meeting|consultations) in ([A-Z][\w'-]+(?: [A-Z][\w'-]+)?)"
)


def _elsewhere(text: str, filed_in: str | None) -> bool:
    """Whether an opening puts the meeting in another city than the one the story was filed
    from ("MUSCAT, Nov 17, 2024 (ONA) -- ... a meeting held in Tehran"): a day's travel, or
    more, may lie between them.

    >>> _elsewhere("Oman and Iran held talks in Tehran.", "Muscat")
    True
    >>> _elsewhere("Oman and Iran held talks in Muscat.", "Muscat")
    False
    """
    m = _HELD_IN.search(text)
    if m is None or filed_in is None:
        return False
    return m.group(1).lower() not in filed_in.lower() and filed_in.lower() not in m.group(1).lower()


def opening_day(
    sentences: list[Sentence],
    dateline: Dateline | None,
    stamp: Stamp | None,
    skip: set[int] | frozenset[int],
) -> FiledDay | None:
    """The dateline's (or the stamp's) date as the meeting's, when the opening it heads tells
    of the meeting and names no other time."""
    opening = next((s for s in sentences if not s.heading), None)
    dated = dateline is not None and dateline.date is not None
    filed = dateline.date if dateline is not None and dated else (stamp.date if stamp else None)
    until = None if dated or stamp is None else stamp.until
    filed_end = dateline.end if dateline is not None and dated else (stamp.end if stamp else -1)
    if filed is None or opening is None or opening.index in skip:
        return None
    if dated:
        if not opening.start <= filed_end <= opening.end:
            return None
        own = opening.text[max(0, filed_end - opening.start) :]
    else:
        if stamp is None or opening.index != stamp.sentence:
            return None
        own = opening.text[filed_end:]
    if (
        not is_meeting(opening)
        or is_future(opening)
        or VAGUE.search(opening.text)
        or YESTERDAY.search(opening.text)
        or WEEKDAY_NAME.search(own)  # an opening naming any weekday is not dated by its dateline
        or _SAID.search(opening.text)
        or (dateline is not None and dateline.agency and _WIRES.fullmatch(dateline.agency))
        or _elsewhere(opening.text, dateline.city if dateline is not None else None)
        or names_a_time(own)
    ):
        return None
    return FiledDay(filed, until, opening.index)
