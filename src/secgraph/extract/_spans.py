"""A visit's span and a meeting's span: which of two dates an article gives is the meeting's.

A state visit "from 14 to 17 October" holds talks "on 15 October": the talks' day is the
meeting's. A conference that "concluded ... today" was "held from February 17-20": the
meeting is the whole conference. ``_when`` finds the first date the text gives the meeting;
this module looks once at the other sentences for the date that says it better.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ._countries import is_future, is_meeting
from ._dates import dates_in
from ._text import Sentence
from ._when import FoundDate

__all__ = ["refine_span"]

#: a journey's span, not a meeting's: "paid a State Visit to India from 14 to 17 October"
_VISIT = re.compile(r"\b(?:visit|tour|trip|stay|journey)\b", re.I)
#: a sentence that reports the talks themselves
_TALKS = re.compile(
    r"\b(?:talks|met|meeting|discussions|consultations|dialogue|conference|session|"
    r"co-chaired|chaired)\b",
    re.I,
)
#: a meeting that lasted days: "the four-day conference was held from February 17-20"
_HELD_SPAN = re.compile(
    r"\b(?:conference|talks|meeting|dialogue|session|consultations|committee|commission|"
    r"exercise|round)\b[^.;]{0,60}\b(?:was|were)\s+held\b",
    re.I,
)
_EARLIER = re.compile(r"\b(?:previous|last|earlier|next|upcoming)\b", re.I)


def refine_span(found: FoundDate | None, sentences: list[Sentence]) -> FoundDate | None:
    """The talks' day inside a visit's span, or a held meeting's span around the day found.

    Only dates the other sentences give with their own year, and only inside, or around, the
    date found: never a date the text does not tie to this one.
    """
    if found is None:
        return None
    by_index = {s.index: s for s in sentences}
    own = by_index.get(found.sentence)
    others = [
        s
        for s in sentences
        if s.index != found.sentence
        and not s.heading
        and is_meeting(s)
        and not is_future(s)
        and not _EARLIER.search(s.text)
    ]
    if found.end is not None and own is not None and _VISIT.search(own.text):
        for s in others:
            if _VISIT.search(s.text) or not _TALKS.search(s.text):
                continue
            days = [d for d in dates_in(s.text, None) if d.end is None]
            inside = [d for d in days if found.date <= d.start <= found.end]
            if len(days) == 1 and inside:
                why = "the talks' day inside the visit's span"
                return FoundDate(inside[0].start, None, s.index, why)
        return found
    if found.end is None:
        for s in others:
            if _VISIT.search(s.text) or not _HELD_SPAN.search(s.text):
                continue
            spans = [d for d in dates_in(s.text, None) if d.end is not None]
            around = [d for d in spans if d.start <= found.date <= (d.end or d.start)]
            if len(spans) == 1 and around:
                return replace(found, date=around[0].start, end=around[0].end, sentence=s.index)
    return found
