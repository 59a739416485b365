"""Talks named by their heads' rank: "the Home Secretary level talks between India and Sri
Lanka", "the India-Bangladesh Foreign Secretary-level dialogue"; what is no part of a
dialogue's name (a weekday after it, a title before it).
"""

from __future__ import annotations

import re

__all__ = ["HOLDERS", "LEVEL_DIALOGUE", "no_weekday", "with_pair"]

#: the rank's office before "level" (the pair written before the name or after it); a round
#: before the name is taken by find_dialogue ("the third Home Secretary level talks")
LEVEL_DIALOGUE = re.compile(
    r"(?P<name>(?:[A-Z][\w.]*-[A-Z][\w.]*(?:\s+[A-Z][a-z]+)?\s+)?(?:[A-Z][\w-]*\s+){0,2}"
    # ("the 56th Director General-level Border Conference")
    r"(?:Secretary|Secretaries|Minister|Ministers|General|Generals)[- ][Ll]evel\s+"
    # ("the 55th Director General level Border Coordination Conference")
    r"(?:[a-z]+\s+|Border\s+(?:Coordination\s+)?)?"
    r"(?:talks|dialogue|consultations|meeting|Talks|Dialogue|Consultations|Meeting|"
    r"(?:(?<=[Bb]order )|(?<=Coordination ))(?:conference|Conference)))\b"
    r"(?:\s+between\s+(?:the\s+)?(?P<a>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)\s+and\s+(?:the\s+)?"
    r"(?P<b>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)\b)?"
)


def with_pair(name: str, m: re.Match[str], pair: frozenset[str]) -> str:
    """'Home Secretary level talks' between two parties -> 'India-Sri Lanka Home Secretary
    level talks' (a name that does not start with its pair takes the pair written after it,
    when both are the parties' names as written, ``pair``).

    >>> m = LEVEL_DIALOGUE.search("The Home Secretary level talks between India and Sri Lanka")
    >>> with_pair("Home Secretary level talks", m, frozenset({"India", "Sri Lanka"}))
    'India-Sri Lanka Home Secretary level talks'
    """
    a, b = m.group("a"), m.group("b")
    if a is None or b is None or "-" in name.split()[0] or not {a, b} <= pair:
        return name
    return f"{a}-{b} {name}"


#: a title's first word: a name that starts with one is an office holder's title
HOLDERS = frozenset(
    ["Chairman", "Chairperson", "Chair", "Secretary", "Member", "Head", "Director", "Chief"]
)
_WEEKDAY = re.compile(
    r"\s+(?:on|in)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s+(?:and|to)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?$"
    # "the X Working Group on May 20, 2026": a month is no subject
    r"|\s+on\s+(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)$"
)


def no_weekday(name: str) -> str:
    """'X Dialogue on Thursday' -> 'X Dialogue' (a day is no part of a name).

    >>> no_weekday("Philippines-Japan Strategic Dialogue on Thursday")
    'Philippines-Japan Strategic Dialogue'
    >>> no_weekday("X-Y General Border Committee on Tuesday and Wednesday")
    'X-Y General Border Committee'
    >>> no_weekday("U.S.-ROK Counternarcotics Working Group on May")
    'U.S.-ROK Counternarcotics Working Group'
    """
    return _WEEKDAY.sub("", name)
