"""A person who sent someone in their place: "the Chief of Defence Staff, General A, who was
represented by the Commander of the 3rd Brigade, Brigadier B" names A, who did not attend,
and B, who took part as a member (the "by" of "represented by" leads no side).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ._names import Person
from ._text import Sentence

__all__ = ["stand_ins"]

#: ", who was represented by": the absent one before it, the stand-in after
_REPRESENTED = re.compile(
    r",\s+who\s+(?:was|were|is|are|had\s+been)\s+represented\s+(?:at\s+the\s+\w+\s+)?by\s+"
)


def stand_ins(sentences: list[Sentence], people: list[Person]) -> list[Person]:
    """``people`` without those who were represented by someone else, and with the stand-ins
    as members, not leaders."""
    absent: set[str] = set()
    standing: set[str] = set()
    for s in sentences:
        if "represented" not in s.words:
            continue
        for m in _REPRESENTED.finditer(s.text):
            before, after = s.text[: m.start()], s.text[m.end() :]
            here = [p for p in people if p.sentence == s.index or p.name in s.text]
            # the absent one: the person named last before the clause, right before it
            ends = [p for p in here if before.rstrip().endswith(p.name)]
            # the stand-in: the person named first after it, before the clause ends
            clause = re.split(r"[;.]|,\s+and\s", after, maxsplit=1)[0]
            firsts = sorted((clause.find(p.name), p.name) for p in here if p.name in clause)
            if ends and firsts:
                absent.add(ends[0].name)
                standing.add(firsts[0][1])
    return [
        replace(p, leader=False) if p.name in standing else p
        for p in people
        if p.name not in absent
    ]
