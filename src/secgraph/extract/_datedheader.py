"""A briefing's header line that gives its day, its venue and its city, for talks held "here".

A spokesperson's transcript or a press note is often headed by one line with the day, the
room or building and the city ("21 July 2026, PCG National Headquarters, Port Area, Manila"),
or by the venue's line over or under a line of its own with the day.
The line tells where the briefing was given, which is the talks' place only when the text says
the talks were held there: "the meeting, which was held yesterday here at our National
Headquarters". The city is then the header's last part.
"""

from __future__ import annotations

import re

from ._cities import resolve_city
from ._countries import is_meeting
from ._lexicon import Lexicon
from ._text import Sentence

__all__ = ["dated_header_venue"]

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)"
)
_DAY = re.compile(rf"\d{{1,2}}\s+{_MONTH}\s+(?:19|20)\d\d|{_MONTH}\s+\d{{1,2}}")
_PART = re.compile(r"[A-Z][\w'\u2019.-]*(?:\s+(?:of|the|de|and|[A-Z0-9][\w'\u2019.-]*))*")
_BUILDING = re.compile(
    r"\b(?:Headquarters|Hall|House|Building|Centre|Center|Hotel|Auditorium|Room|Palace|"
    r"Ministry|Secretariat)\b"
)
#: the talks held where the speaker is: "held yesterday ... here at our National Headquarters"
_HELD_HERE = re.compile(
    r"\b(?:held|took place|met|hosted)\b[^.;]{0,100}?\bhere\b(?:\s+(?:at|in)\b)?", re.I
)


def _dated_near(sentences: list[Sentence], index: int) -> bool:
    """Whether the heading line just before or after ``index`` is its day ("Friday, 18
    September 2026")."""
    return any(
        x.heading and abs(x.index - index) == 1 and _DAY.search(x.text) and len(x.text) < 40
        for x in sentences[max(0, index - 1) : index + 2]
    )


def dated_header_venue(
    sentences: list[Sentence], lexicon: Lexicon, top: int = 8
) -> tuple[int, tuple[str, str, str | None]] | None:
    """The sentence and the city of a header "DAY, VENUE, ..., CITY", when the text holds the
    talks "here"; else None."""
    for s in sentences[:top]:
        if not s.heading:
            break
        parts = [p.strip() for p in s.text.strip().rstrip(".").split(",")]
        if len(parts) >= 2 and _BUILDING.search(parts[0]) and _dated_near(sentences, s.index):
            rest = parts  # "Headquarters, Port Area, Manila" over or under its own day line
        elif len(parts) < 3 or _DAY.fullmatch(parts[0]) is None:
            continue
        else:
            rest = parts[1:]
        if not all(
            _PART.fullmatch(p) and len(p.split()) <= (6 if p is rest[0] else 4) for p in rest
        ):
            continue
        if not _BUILDING.search(rest[0]):
            continue
        place = resolve_city(rest[-1], lexicon)
        if place is not None and any(
            not x.heading and is_meeting(x) and _HELD_HERE.search(x.text) for x in sentences
        ):
            return s.index, place
    return None
