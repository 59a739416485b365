"""Two days of one meeting told in two sentences: the day it opened and the day it closed.

"Rwanda and Qatar on Monday agreed ..., at the end of the security consultations" and "The
talks, which started on Sunday, ..." give two days that do not overlap; they are not two
opinions on one day but the meeting's first and last, so together they are its span. Only
when one sentence tells of the start ("started", "began", "opened") at its date and the
other of the end ("at the end of", "concluded", "closed") at its date, and the start comes
first, at most six days before the end.
"""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from ._text import Sentence

if TYPE_CHECKING:
    from ._when import FoundDate

__all__ = ["opened_and_closed"]

_OPENED = re.compile(
    r"\b(?:started|began|begun|opened|commenced|kicked off|got under way|got underway)\b", re.I
)
_CLOSED = re.compile(
    r"\b(?:at the (?:end|close|conclusion) of|concluded|ended|closed|wrapped up|"
    r"came to a close|drew to a close)\b",
    re.I,
)
_MOST_DAYS = 6


def _text(sentences: list[Sentence], index: int) -> str:
    return next((s.text for s in sentences if s.index == index), "")


def opened_and_closed(
    found: FoundDate, other: FoundDate, sentences: list[Sentence]
) -> FoundDate | None:
    """The meeting's span when ``found`` and ``other`` are the days it opened and closed,
    told in their two sentences; None otherwise."""
    first, last = sorted((found, other), key=lambda f: f.date)
    start, end = first.date, last.end or last.date
    if not 0 < (end - start).days <= _MOST_DAYS:
        return None
    opening, closing = _text(sentences, first.sentence), _text(sentences, last.sentence)
    if not _OPENED.search(opening) or _CLOSED.search(opening) or not _CLOSED.search(closing):
        return None
    return dataclasses.replace(found, date=start, end=end)
