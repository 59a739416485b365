"""Whether a sentence names a time of its own.

An agency's opening under a dated dateline ("ABU DHABI, 18th November, 2024 (WAM) -- X
received Y") gives the meeting the dateline's day only when it names no other time: a
sentence that says "in March", "on 5 March 2025", "earlier this year", "in 2024", "ahead of a
summit on May 28", "two weeks ago" or a weekday ("last Thursday") puts the meeting (or the
sentence's news) on another day, and the dateline is only when the story was filed.
"""

from __future__ import annotations

import re

from ._text import MONTH

__all__ = ["names_a_time"]

_TIME = re.compile(
    # a month, with or without its day: "in March", "on 5 March", "May 28"
    rf"\b(?:January|February|March|April|June|July|August|September|October|November|"
    rf"December)\b|\b{MONTH}\s+\d|\d\s+{MONTH}|\b(?:in|early|late|mid|since|until|of)[- ]May\b"
    # a year, a season, a day counted from another ("two weeks ago", "earlier this year")
    r"|\b(?:19|20)\d\d\b|\b(?:spring|summer|autumn|winter|fall)\b"
    r"|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"|\b(?:ago|earlier|previously|recently|tonight|tomorrow|yesterday)\b"
    r"|\b(?:this|last|next|past) (?:year|month|week|weekend|spring|summer|autumn|winter)\b"
    r"|\b(?:ahead of|in the run-up to|on the eve of)\b"
    r"|\b\d{1,2}[/.]\d{1,2}[/.](?:19|20)?\d\d\b"
)


def names_a_time(text: str) -> bool:
    """Whether ``text`` names a time besides its dateline (cut the dateline off first).

    >>> names_a_time("Britain and France held migration talks in London in March.")
    True
    >>> names_a_time("Britain and France held migration talks in London.")
    False
    """
    return _TIME.search(text) is not None
