"""A side's members, not its head, after "on the ADJ side by" or "from the ADJ side by": "The
talks were attended on the Uzbek side by TITLE A and on the Turkish side by TITLE B", "They were
joined on the Philippine side by A", "The meeting was attended from the Saudi side by A". The
"by" after "side" continues a leading verb ("led on the X side by A and on the Y side by B")
only when no verb of attendance stands before its side.
"""

from __future__ import annotations

import re

__all__ = ["members_by"]

#: "attended on the X side by", "joined ... on the X side by", up to the "by" (at the end)
_MEMBERS_SIDE = re.compile(
    r"\b(?P<verb>attended|joined|accompanied|assisted|supported|flanked)\s+"
    r"(?:[^.;]{0,120}?\s+)?(?:on|from)\s+the\s+[A-Z][\w.-]*\s+side\s+by\s*$"
)
#: a leading verb after the attendance verb, before the "by": the later one counts
_LEADING = re.compile(r"\b(?:led|headed|chaired|co-chaired|co-led|presided)\b")


def members_by(text: str, start: int) -> bool:
    """Whether the "by" at ``start`` (after "side ") names members of that side.

    >>> t = "The talks were attended on the Uzbek side by A B and on the Turkish side by C D."
    >>> [members_by(t, t.index(" by ") + 1), members_by(t, t.rindex(" by ") + 1)]
    [True, True]
    >>> t = "It was led on the Togolese side by A B, and on the Ghanaian side by C D."
    >>> members_by(t, t.rindex(" by ") + 1)
    False
    """
    before = text[: start + 2]
    m = _MEMBERS_SIDE.search(before) if " side by" in before[-40:] else None
    if m is None:
        return False
    # ("attended ... and was led on the X side by": the later verb counts)
    return not any(lead.start() > m.start() for lead in _LEADING.finditer(before))
