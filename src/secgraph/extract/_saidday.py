"""A meeting's weekday counted back from the full date of the statement that reports it.

A wire may give a full date only to the statement ("Tunisian and Libyan officials, meeting in
Ben Guerdane on Tuesday, agreed on ..., the Interior Ministry said on Wednesday, September 30,
2026"). That date is not the meeting's (``_weekdays`` finds the clash), but it dates the story
as a dateline would: the meeting's weekday, told in the same sentence before the statement's
verb, is the latest such day in the six days before it. Only a date that follows its
statement's verb ("said on [Wednesday,]") is counted from, and only a weekday the same
sentence gives the meeting before that verb. Such a date is never the meeting's by itself:
with no weekday of the meeting to count back, two of them, or a span's ("met on Monday and
Tuesday"), there is no date.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import TYPE_CHECKING

from ._dates import WEEKDAYS, dates_in
from ._governed import ARRIVAL, OTHER_EVENT
from ._text import Sentence

if TYPE_CHECKING:
    from ._when import FoundDate

__all__ = ["counted_from_statement", "statement_date"]

#: the statement's verb right before its date: "the ministry said on Wednesday, "
_SAID_ON = re.compile(
    r"\b(?:said|announced|stated|reported|confirmed|added)"
    r"(?:\s+in\s+a\s+(?:joint\s+)?(?:statement|release|communiqu[\u00e9e]|post))?\s+(?:on\s+)?"
    r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?(?:the\s+)?$"
)
#: the meeting's weekday before it: "meeting in Ben Guerdane on Tuesday", "met Tuesday"
_MEETING_DAY = re.compile(
    r"\b(?:(?:met|meeting|held talks|talks)\b[^.;]{0,80}?\bon|met|agreed on)\s+"
    r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)
#: a second weekday joined to the first: "met on Monday and Tuesday", "from Monday to Wednesday"
_JOINED = re.compile(
    r"\s*(?:and|to|through|until|till|-|\u2013)\s*(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday)\b"
)


def statement_date(found: FoundDate, sentences: list[Sentence]) -> bool:
    """Whether ``found`` is the date of the statement its sentence reports the meeting by
    ("..., the ministry said on Wednesday, September 30, 2026"): not the meeting's own.

    >>> from secgraph.extract._when import FoundDate
    >>> from secgraph.extract._text import split_sentences
    >>> s = split_sentences("The talks were held in Tunis, the ministry said on 30 September 2026.")
    >>> statement_date(FoundDate(dt.date(2026, 9, 30), None, 0), s)
    True
    """
    return _said(found, sentences) is not None


def _said(found: FoundDate, sentences: list[Sentence]) -> tuple[str, re.Match[str]] | None:
    """The sentence and its statement's verb before ``found``'s date, if it has one."""
    here = next((s for s in sentences if s.index == found.sentence), None)
    if here is None or found.end is not None:
        return None
    at = next((d.at for d in dates_in(here.text, None) if d.start == found.date), None)
    if at is None:
        return None
    said = _SAID_ON.search(here.text, 0, at)
    return (here.text, said) if said is not None else None


def counted_from_statement(found: FoundDate, sentences: list[Sentence]) -> FoundDate | None:
    """The meeting's day counted back from ``found`` when ``found`` is the date of the
    statement reporting a meeting its sentence gives one weekday (not a span's first); else
    None.

    >>> from secgraph.extract._when import FoundDate
    >>> from secgraph.extract._text import split_sentences
    >>> s = split_sentences("Officials, meeting in Ben Guerdane on Tuesday, agreed on patrols, "
    ...     "the ministry said on Wednesday, September 30, 2026.")
    >>> counted_from_statement(FoundDate(dt.date(2026, 9, 30), None, 0), s).date
    datetime.date(2026, 9, 29)
    """
    told = _said(found, sentences)
    if told is None:
        return None
    text, said = told
    days = [
        m
        for m in _MEETING_DAY.finditer(text, 0, said.start())
        if not ARRIVAL.search(text, 0, m.start()) and not OTHER_EVENT.search(text, 0, m.start())
    ]
    if len({m.group(1) for m in days}) != 1 or any(_JOINED.match(text, m.end()) for m in days):
        return None  # no weekday, two, or the first of a span ("met on Monday and Tuesday")
    back = (found.date.weekday() - WEEKDAYS.index(days[0].group(1).lower())) % 7
    why = f"'on {days[0].group(1)}' counted back from the statement's date, {found.date}"
    if back == 0:
        why = f"the statement's date, {found.date}, the meeting's weekday ('{days[0].group()}')"
    return dataclasses.replace(found, date=found.date - dt.timedelta(days=back), review=why)
