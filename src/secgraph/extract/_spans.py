"""How long a meeting lasted, once ``_when`` has found a day of it.

Two shapes of the genre put the day ``_when`` finds at the wrong grain:

- a multi-day meeting told by its last day: "The 55th Border Conference ... concluded in Dhaka
  today", with "The four-day conference was held from February 17-20, 2025" further down, or
  "The three-day talks ended on Thursday" alone: the meeting is the span, not its last day;
- a visit told by its span: "paid a State Visit to India from 14 to 17 October 2025", with
  "The two Prime Ministers held talks ... on 15 October 2025" below: the talks are the day
  inside the visit, not the visit.

A span is taken only when the text gives it (a range ending on the day found, or a number of
days); nothing is widened on a guess.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from ._countries import is_future, is_meeting
from ._dates import WEEKDAYS, dates_in
from ._governed import foreign_date
from ._text import Sentence

if TYPE_CHECKING:
    from ._when import FoundDate

__all__ = ["refine_span", "unresolved_span"]

#: the meeting ended on the day found
_ENDED = re.compile(
    r"\b(?:concluded|ended|closed|wrapped up|came to an? (?:end|close)|drew to a close|"
    r"culminated|at the (?:end|close|conclusion) of)\b"
)
#: "the four-day conference", "a 3-day meeting", "two days of talks"
_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_DAYS = re.compile(
    r"\b(two|three|four|five|six|seven|[2-7])[- ]day\s+(?:[\w-]+\s+){0,4}?"
    r"(?:conference|talks|meeting|dialogue|consultations|session|summit|round|negotiations|"
    r"exercise|forum|commission|committee)\b"
    r"|\b(two|three|four|five|six|seven|[2-7]) days of (?:[\w-]+\s+){0,2}?(?:talks|meetings|"
    r"consultations|negotiations|discussions)\b"
    # "which was held at the General Command over two days", "lasted for three days"
    r"|\b(?:over|for) (two|three|four|five|six|seven|[2-7]) days\b(?!\s+of\b)"
    # "wrapped up talks in Nairobi that lasted three days"
    r"|\blasted (?:for )?(two|three|four|five|six|seven|[2-7]) days\b",
    re.I,
)
#: a sentence telling of a journey, whose span is not the talks'
_VISIT = re.compile(r"\b(?:visit|visits|visited|visiting|tour|trip|stay)\b", re.I)
#: a sentence telling of the talks themselves
_TALKS = re.compile(
    r"\b(?:talks|discussions|consultations|dialogue|meeting|negotiations|met|co-chaired)\b"
)


#: an event of a visit beside the talks: a courtesy call, a welcome, a banquet
_SIDE = re.compile(
    r"\b(?:called on|calls on|call on|courtesy (?:call|visit)|ceremonial welcome|guard of "
    r"honou?r|banquet|dinner|luncheon|wreath|arrived|arrival)\b",
    re.I,
)
_ON_WEEKDAY = re.compile(r"\b[Oo]n (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
#: the talks' own day in a sentence of a visit: "which were held in Suva on 14 May"
_HELD = re.compile(
    r"(?:\b(?:talks|meeting|dialogue|consultations|discussions)\b[^.;]{0,60}?"
    r"\b(?:held|took place|convened)|\bheld (?:talks|a meeting|discussions|consultations)|"
    r"\bmet)\b[^.;]{0,40}$"
)
#: a sentence whose subject is the meeting, held over days: "The meeting was held from 3 to 5
#: March", "The talks took place on 3 and 4 March"
_HELD_SPAN = re.compile(
    r"^(?:The|This|These)\s+(?:[\w'\u2019-]+\s+){0,6}?(?:meeting|talks|dialogue|session|"
    r"consultations|round|conference|negotiations)\b[^.;]{0,60}?\b(?:(?:was|were)\s+held|"
    r"took place|ran|lasted|was convened)\b",
    re.I,
)
_TALKS_PROPER = re.compile(r"\b(?:talks|discussions|consultations|dialogue|negotiations)\b")


class _Others:
    """The article's other sentences about the talks, found once and only when asked for."""

    def __init__(self, sentences: list[Sentence], skip: set[int] | frozenset[int]) -> None:
        self._sentences = sentences
        self._skip = skip
        self._found: list[Sentence] | None = None

    def __iter__(self) -> Iterator[Sentence]:
        if self._found is None:
            self._found = [
                s
                for s in self._sentences
                if s.index not in self._skip and is_meeting(s) and not is_future(s)
            ]
        return iter(self._found)


def _ranges(s: Sentence, anchor: dt.date | None) -> list[tuple[dt.date, dt.date]]:
    return [(d.start, d.end) for d in dates_in(s.text, anchor) if d.end is not None]


def refine_span(
    found: FoundDate,
    sentences: list[Sentence],
    anchor: dt.date | None,
    skip: set[int] | frozenset[int] = frozenset(),
) -> FoundDate:
    """``found`` widened to the meeting's span, or narrowed to the talks inside a visit."""
    by_index = {s.index: s for s in sentences}
    here = by_index.get(found.sentence)
    if here is None:
        return found
    others = _Others(sentences, skip)
    if found.end is None:
        span = _began_ended(here, anchor or found.date)
        if span is not None and found.date in span:
            why = _why(found, "the days it began and ended")
            return replace(found, date=span[0], end=span[1], review=why)
    if found.end is None and _BEGAN.search(here.text) and not _ENDED.search(here.text):
        # "The conference opened in Dhaka today", and "It runs from 5 to 7 March" below
        for s in others:
            if s.index == found.sentence or _VISIT.search(s.text):
                continue
            for start, end in _ranges(s, anchor or found.date):
                if start == found.date and (end - start).days <= 10:
                    why = _why(found, f"the span given in sentence {s.index + 1}")
                    return replace(found, end=end, review=why)
    until = _UNTIL.search(here.text) or _ENDED_ON.search(here.text) if found.end is None else None
    began = _BEGAN.search(here.text, 0, until.start()) if until is not None else None
    if until is not None and began is not None and _began_on_found(here, began, until, found):
        # "began on Monday, and will continue until Wednesday", "began on Monday and ended on
        # Wednesday": to the next such day
        ahead = (WEEKDAYS.index(until.group(1).lower()) - found.date.weekday()) % 7
        if 0 < ahead <= 6:
            why = _why(found, f"'{until.group()}' after its first day")
            return replace(found, end=found.date + dt.timedelta(days=ahead), review=why)
    length = _DAYS.search(here.text)
    began_day = found.end is None and _began_on(here.text, found.date, anchor)
    counted = length is not None and _FOR_DAYS.search(here.text, 0, length.start()) is not None
    if length and (began_day or counted) and (anchor is None or found.date < anchor or began_day):
        # "the two-day meeting ..., which began yesterday", "met on Tuesday ... for two days
        # of talks": the span from its first day, whatever else the sentence says ends; "the
        # two-day talks began today": the span the text gives, though its last day is to come
        end = found.date + dt.timedelta(days=_count(length) - 1)
        if found.end is None and (anchor is None or end <= anchor or began_day):
            why = _why(found, f"'{length.group()}' counted on from its first day")
            return replace(found, end=end, review=why)
    other_start = _BEGAN_DAY.search(here.text) is not None and not began_day
    if found.end is None and length and _BEGAN.search(here.text, 0, length.start() + 200):
        # (not "held talks on Tuesday at a two-day summit that began on Monday")
        # "The two-day talks began in Beijing on Thursday": the span from its first day
        n = _count(length)
        end = found.date + dt.timedelta(days=n - 1)
        visit = _VISIT.search(here.text[max(0, length.start() - 20) : length.end()])
        if not _ENDED.search(here.text) and not visit and not other_start:
            why = _why(found, f"'{length.group()}' counted on from its first day")
            return replace(found, end=end, review=why)
    if found.end is None and not _VISIT.search(here.text):
        # "agreed ... on 5 March", and "The meeting was held from 3 to 5 March" below: the
        # span the meeting's own sentence gives, when it holds the day found
        for s in others:
            if s.index == found.sentence or _VISIT.search(s.text) or not _HELD_SPAN.search(s.text):
                continue
            spans = _ranges(s, anchor or found.date)
            holding = [(a, b) for a, b in spans if a <= found.date <= b and (b - a).days <= 10]
            if len(spans) == 1 and holding:
                why = _why(found, f"the span the meeting was held over, in sentence {s.index + 1}")
                return replace(found, date=holding[0][0], end=holding[0][1], review=why)
    if found.end is None and _ENDED.search(here.text):
        day = found.date
        for s in others:
            if _VISIT.search(s.text):
                continue
            for start, end in _ranges(s, anchor or day):
                if end == day and 0 < (day - start).days <= 10:
                    why = _why(found, f"the span given in sentence {s.index + 1}")
                    return replace(found, date=start, end=day, review=why)
        for s in [here, *others]:
            m = _DAYS.search(s.text)
            if m is None or _VISIT.search(s.text[max(0, m.start() - 20) : m.end()]):
                continue
            n = _count(m)
            why = _why(found, f"'{m.group()}' counted back from its last day")
            return replace(found, date=day - dt.timedelta(days=n - 1), end=day, review=why)
    if found.end is not None and _VISIT.search(here.text):
        # "visited Fiji from 13 to 15 May for the talks, which were held in Suva on 14 May"
        days = [d for d in dates_in(here.text, anchor or found.end) if d.end is None]
        held = [
            d.start
            for d in days
            if found.date <= d.start <= found.end and _HELD.search(here.text, 0, d.at)
        ]
        if len(held) == 1:
            why = _why(found, "the day the talks were held, inside the visit's span")
            return replace(found, date=held[0], end=None, review=why)
    if found.end is not None and _VISIT.search(here.text) and _visit_span(here, found, anchor):
        for s in others:
            if s.index == found.sentence or not _TALKS.search(s.text):
                continue
            # a sentence of the visit tells the talks' day only as where they were held ("The
            # central event of the visit was the meeting ..., held in Ankara on 30 December")
            of_visit = _VISIT.search(s.text) is not None
            days = [d for d in dates_in(s.text, anchor or found.end) if d.end is None]
            inside = [
                d.start
                for d in days
                if found.date <= d.start <= found.end
                and (not of_visit or _HELD.search(s.text, 0, d.at))
            ]
            if len(inside) == 1:
                return replace(found, date=inside[0], end=None, sentence=s.index)
    if found.end is None and _SIDE.search(here.text) and not _TALKS_PROPER.search(here.text):
        # "called on the Vice President on 3 March" and "held talks on 4 March": the talks
        for s in others:
            if s.index == found.sentence or _SIDE.search(s.text):
                continue
            if not _TALKS_PROPER.search(s.text):
                continue
            starts = [d.start for d in dates_in(s.text, anchor or found.date) if d.end is None]
            if not starts and anchor is not None:  # "On Tuesday, the ministers held talks"
                starts = [
                    anchor
                    - dt.timedelta(days=(anchor.weekday() - WEEKDAYS.index(w[1].lower())) % 7)
                    for w in _ON_WEEKDAY.finditer(s.text)
                    if not foreign_date(s.text, w.start())  # not "said on Tuesday"
                ]
            near = [d for d in starts if d != found.date and abs((d - found.date).days) <= 5]
            if len(near) == 1 and (anchor is None or near[0] <= anchor):
                return replace(found, date=near[0], sentence=s.index)
    return found


_UNTIL = re.compile(
    r"\b(?:continues?|continuing|runs?|running|lasts?|lasting)\s+(?:until|till|through|to)\s+"
    r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)
_ENDED_ON = re.compile(
    r"\b(?:ended|concluded|closed|wrapped up|finished)\s+(?:on\s+)?"
    r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)
_BEGAN = re.compile(r"\b(?:began|begun|opened|started|commenced|kicked off)\b")
#: the last part of a meeting, held on its own day: "the meeting opened on Monday, 20 July,
#: while the ministerial session and closing ceremony were held on Friday, 24 July"
_CLOSING = re.compile(r"\b(?:closing (?:ceremony|session|day)|final (?:day|session))\b")
#: a meeting's length told after its first day: "met on Tuesday, 10 February, in Tillaberi
#: for two days of talks", "convened on 3 March for a three-day session"
_FOR_DAYS = re.compile(
    r"\b(?:met|meet|convened|gathered|assembled)\b[^.;]{0,120}?\bfor (?:a |an )?$"
)
#: the verb that governs the day found: "the two-day meeting, which began yesterday, Wednesday"
_BEGAN_DAY = re.compile(
    r"\b(?:began|begun|opened|started|commenced|kicked off)\s+(?:on\s+)?(yesterday|today|"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\d{1,2}(?:st|nd|rd|th)?\s+"
    r"[A-Z][a-z]+|[A-Z][a-z]+\s+\d)"
)


def _began_on(text: str, day: dt.date, anchor: dt.date | None) -> bool:
    """Whether ``text`` says the meeting began on ``day``: "which began yesterday", "began on
    Wednesday", "opened on 4 November" (not a summit's start beside talks held on ``day``)."""
    for m in _BEGAN_DAY.finditer(text):
        told = m.group(1)
        if told == "yesterday":
            if anchor is not None and day == anchor - dt.timedelta(days=1):
                return True
        elif told == "today":
            if day == anchor:
                return True
        elif told.lower() in WEEKDAYS:
            if day.weekday() == WEEKDAYS.index(told.lower()):
                return True
        elif any(d.start == day for d in dates_in(text[m.start() : m.end() + 20], anchor or day)):
            return True
    return False


def _began_on_found(
    s: Sentence, began: re.Match[str], until: re.Match[str], found: FoundDate
) -> bool:
    """Whether what began is what the day found dates: the day's weekday or date is told
    between "began" and "until" (not "held talks on Tuesday; the exercise, which began on
    Monday, will continue until Friday")."""
    part = s.text[began.start() : until.start()]
    if WEEKDAYS[found.date.weekday()] in part.lower():
        return True
    return any(d.start == found.date for d in dates_in(part, found.date))


def _began_ended(s: Sentence, anchor: dt.date) -> tuple[dt.date, dt.date] | None:
    """ "The talks, which began on 3 March, ended on 5 March" ("concluded on 5 March the talks
    which began on 3 March"): the two days of one sentence."""
    days = [d for d in dates_in(s.text, anchor) if d.end is None]
    if len(days) != 2:
        return None
    first, last = days
    if (
        0 < (first.start - last.start).days <= 10
        and _ENDED.search(s.text, 0, first.at)
        and _BEGAN.search(s.text, first.at, last.at)
    ):  # "concluded on 6 March a three-day engagement ..., which began on 4 March"
        return last.start, first.start
    if not 0 < (last.start - first.start).days <= 10:
        return None
    if not _BEGAN.search(s.text, 0, first.at):
        return None
    if not (_ENDED.search(s.text, first.at, last.at) or _CLOSING.search(s.text, first.at, last.at)):
        return None
    return first.start, last.start


def _visit_span(here: Sentence, found: FoundDate, anchor: dt.date | None) -> bool:
    """Whether the span found is a journey's: a sentence of a visit that tells of no talks, or
    whose span is the visit's ("as part of his visit to the two countries from 9 to 13 May")."""
    if not _TALKS.search(here.text):
        return True
    return any(
        d.start == found.date
        and d.end == found.end
        and _VISIT_BEFORE.search(here.text, max(0, d.at - 80), d.at) is not None
        for d in dates_in(here.text, anchor or found.end)
    )


_VISIT_BEFORE = re.compile(r"\b(?:visit|visits|tour|trip|stay)\b[^.;]{0,70}$", re.I)


def _count(m: re.Match[str]) -> int:
    word = next(g for g in m.groups() if g).lower()
    return _NUMBERS.get(word) or int(word)


def _why(found: FoundDate, how: str) -> str:
    return f"{found.review}; {how}" if found.review else how


def unresolved_span(found: FoundDate, sentences: list[Sentence]) -> str | None:
    """Why one day found cannot stand for a meeting the text says lasted days ("the two-day
    talks", "three days of consultations") when its span was not found: the day may be the
    first, the last or one in between, and a wrong span is a wrong date. None when it can.
    Only the sentence the day was found in is read: a length told elsewhere may be another
    event's (a visit, an exercise, a course)."""
    if found.end is not None:
        return None
    text = next((s.text for s in sentences if s.index == found.sentence), "")
    still = _STILL_OPEN.search(text)
    if still is not None:  # "which opened on Monday, will close on Friday": a part of its span
        return f"{found.date} not taken: the meeting had not ended ('{still.group()}')"
    if _STARTED.search(text) and _ENDED.search(text):  # "concluded talks that began on Monday"
        return f"{found.date} not taken: the sentence gives the day it began and the day it ended"
    m = _DAYS.search(text)
    if m is None or _VISIT.search(text[max(0, m.start() - 20) : m.end()]):
        return None
    if _HOSTING.search(m.group()) or _BESIDE.search(text, 0, m.start()):
        return None  # talks held on a day of a two-day summit, or ahead of one
    return f"{found.date} not taken: '{m.group()}', and the text gives only one of its days"


#: a meeting still going on when the story was filed: its day found is one of several
_STILL_OPEN = re.compile(
    r"\b(?:will|is (?:to|due to|expected to|set to)|are (?:to|due to|expected to|set to))\s+"
    r"(?:\w+\s+)?(?:close|end|conclude|wrap up|run|last|continue)\b"
    r"|\b(?:continues?|runs?|lasts?)\s+(?:until|till|through)\b"
)
_STARTED = re.compile(r"\b(?:started|began|begun|opened|commenced)\s+(?:on|in|last)\b")
#: an event that talks are held at or beside, whose length is not theirs
_HOSTING = re.compile(r"\b(?:summit|conference|forum|exercise|course)\b", re.I)
_BESIDE = re.compile(
    r"\b(?:sidelines|margins?|ahead|eve|during|at|before|after|following)\s+(?:of\s+)?"
    r"(?:a|an|the|this|its|their)\s+$",
    re.I,
)
