"""A date found against the weekday the lead gives the meeting.

A wire's lead often dates the talks by their weekday alone ("officials from Mali and Niger met
on Tuesday in Tillaberi") and the body gives a full date of something else (a statement, an
agreement signed earlier, a plan). When the day found is not that weekday (nor a range that
holds one), one of the two is not the meeting's, and a wrong date is worse than none: the
draft gets no date and says why. A weekday that dates a statement ("the ministry said on
Monday"), a journey ("arrived on Monday") or another event ("a week after the attack on
Sunday") is not the meeting's and is not compared.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from ._countries import is_future, is_meeting
from ._dates import WEEKDAYS
from ._governed import ARRIVAL, OTHER_EVENT, foreign_date
from ._reported import REPORTED
from ._text import Sentence

if TYPE_CHECKING:
    from ._when import FoundDate

__all__ = ["weekday_disagrees"]

#: "met on Tuesday", "held talks Tuesday", "on Tuesday, the two sides agreed"
_ON_WEEKDAY = re.compile(
    r"\b(?:[Oo]n|[Ll]ast)\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"(?!\s*(?:,\s*)?(?:\(|the\s+\d|\d|[A-Z][a-z]+\s+\d))"  # "on Tuesday, 10 February": dated
)
#: a journey's day, not the talks': "ended a visit to Rabat on Friday"
_JOURNEY = re.compile(r"\b(?:visit|tour|trip|stay)\b[^.;,]{0,50}$")
#: how many of the body's first sentences are read: the lead and the one after it
_LEAD = 2


def weekday_disagrees(found: FoundDate, sentences: list[Sentence]) -> str | None:
    """Why ``found`` is not the weekday the lead gives the meeting, or None."""
    body = [s for s in sentences if not s.heading][:_LEAD]
    last = found.end or found.date
    days = {
        (found.date + dt.timedelta(days=i)).weekday() for i in range((last - found.date).days + 1)
    }
    told: list[str] = []  # the lead's weekdays of the meeting: one that fits is enough
    for s in body:
        if not is_meeting(s) or is_future(s):
            continue
        for m in _ON_WEEKDAY.finditer(s.text):
            before = s.text[: m.start()]
            if REPORTED.search(before) or ARRIVAL.search(before) or OTHER_EVENT.search(before):
                continue
            if _JOURNEY.search(before) or foreign_date(s.text, m.start()):
                continue  # "wrapped up a three-day visit to the United States on Wednesday"
            if WEEKDAYS.index(m.group(1).lower()) in days:
                return None
            told.append(m.group())
    if not told:
        return None
    weekday = WEEKDAYS[found.date.weekday()].capitalize()
    return f"{found.date} not taken: the lead gives the meeting '{told[0]}', not a {weekday}"
