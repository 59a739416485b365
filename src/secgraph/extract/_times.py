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

__all__ = ["VAGUE", "YESTERDAY", "names_a_time", "past_part", "relative_day"]

#: no day can be told: "held consultations in Ashgabat last week"
VAGUE = re.compile(
    r"\b(?:last|this past|past|this) (?:week|weekend|month)\b|\bearlier (?:this|in the) (?:week|"
    r"month)\b|\brecently\b|\bin recent (?:days|weeks)\b|\b(?:at|over) the weekend\b",
    re.I,
)
YESTERDAY = re.compile(r"\byesterday\b", re.I)


_TIME = re.compile(
    # a month, with or without its day: "in March", "on 5 March", "May 28"
    rf"\b(?:January|February|March|April|June|July|August|September|October|November|"
    rf"December)\b|\b{MONTH}\s+\d|\d\s+{MONTH}|\b(?:in|early|late|mid|since|until|of)[- ]May\b"
    # a year, a season, a day counted from another ("two weeks ago", "earlier this year")
    r"|\b(?:19|20)\d\d\b|\b(?:spring|summer|autumn|winter|fall)\b"
    r"|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"|\b(?:ago|earlier|previously|recently|tonight|tomorrow|yesterday)\b"
    r"|\b(?:this|last|next|past) (?:year|month|week|weekend|spring|summer|autumn|winter)\b"
    r"|\b(?:past|last|previous) (?:[\w-]+ )?(?:days|weeks|months|night)\b"
    r"|\b(?:overnight|last night|the weekend)\b"
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


#: where a sentence turns to what is still to come
_FUTURE = re.compile(
    r"\b(?:next|upcoming|will|shall|would|to be held|agreed to (?:hold|meet|convene)|"
    r"scheduled to|later this|plans? to|is due to|are due to)\b",
    re.I,
)
#: a meeting told in the past, or named as one that was ("At the talks in Beijing on 5 March")
_PAST = re.compile(
    r"\b(?:met|held|hosted|co-chaired|chaired|took place|concluded|convened|received|"
    r"welcomed|began|opened)\b|\b(?:[Aa]t|[Dd]uring|[Ii]n) (?:the|their|its|this) (?:[\w-]+ ){0,3}?"
    r"(?:talks|meeting|dialogue|consultations|session|round)\b"
    # "X will train 2,000 troops, the minister said after (defence) consultations in Kyiv"
    r"|\b(?:said|told [\w ]{1,30}?|announced) after (?:the |their |its |a |an )?(?:[\w-]+ ){0,3}?"
    r"(?:talks|meeting|dialogue|consultations|session|round)\b"
)
_CLAUSE_END = re.compile(r"[,;]\s|$")


def past_part(text: str) -> str:
    """``text`` with each part that tells of what is to come blanked out (from its future
    word to the end of its clause, so offsets stay), or "" when what is left tells of no
    meeting in the past.

    >>> past_part("Ahead of the next round, they held talks on 5 March.")[13:].strip()
    'they held talks on 5 March.'
    >>> past_part("On Friday, they will hold talks.")
    ''
    """
    out = text
    pos = 0
    while (m := _FUTURE.search(out, pos)) is not None:
        end = _CLAUSE_END.search(out, m.end())
        stop = end.start() + 1 if end is not None and end.group() else len(out)
        out = out[: m.start()] + " " * (stop - m.start()) + out[stop:]
        pos = stop
    return out if _PAST.search(out) else ""


#: a day counted from the meeting told before it (a tour's next stop): "the same day", "the
#: following day", "two days later"
_RELATIVE = re.compile(
    r"\b(?:(?:on |later |earlier )?(?:the |that )?same day|later (?:that|the same) day|"
    r"earlier (?:that|the same) day)\b"
    r"|\b(?P<next>(?:on )?the (?:following|next) day|the day after|a day later|next day)\b"
    r"|\b(?P<n>two|three|four|2|3|4) days later\b",
    re.I,
)
_COUNT = {"two": 2, "three": 3, "four": 4}


def relative_day(text: str) -> int | None:
    """Days after the meeting told before that ``text`` puts its own, if it counts so.

    >>> relative_day("The following day, he met the Lao minister in Vientiane.")
    1
    >>> relative_day("Later that day, he received the Thai envoy.")
    0
    """
    m = _RELATIVE.search(text)
    if m is None:
        return None
    if m.group("next"):
        return 1
    if m.group("n"):
        word = m.group("n").lower()
        return _COUNT.get(word) or int(word)
    return 0
