"""The one a relative clause names as a side's head: "Chile was represented by the
Undersecretary of Foreign Affairs, A, who led the delegation, and the Undersecretary of
Defence, B".

A phrase such as "represented by" names a side's people without saying which of them led;
the rules take them all as heads and keep the first. "..., who led the delegation" after one
of them says it outright: that one leads the side, and no one else on it does.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ._names import Person
from ._text import Sentence

__all__ = ["who_led"]

#: "A, who led the delegation", "A, who headed the Chilean side"
_WHO_LED = re.compile(
    r",\s+who\s+(?:also\s+)?(?:led|headed)\s+(?:the|his|her|its|their)\s+"
    r"(?:[A-Z][\w.'\u2019-]*\s+){0,2}(?:delegation|side|team)\b"
)


def who_led(sentences: list[Sentence], people: list[Person]) -> list[Person]:
    """``people`` with the head a "..., who led the delegation" clause names made their
    side's only leader.

    >>> t = "Chile was represented by A, Ann Bell, who led the delegation, and B, Tom Cole."
    >>> s = Sentence(0, 0, len(t), t)
    >>> out = who_led([s], [Person("Tom Cole", "B", country="CHL", leader=True),
    ...                     Person("Ann Bell", "A", country="CHL", leader=True)])
    >>> [(p.name, p.leader) for p in out]
    [('Tom Cole', False), ('Ann Bell', True)]
    """
    heads: dict[str, str] = {}  # side -> name
    for s in sentences:
        if "who" not in s.text:
            continue
        for m in _WHO_LED.finditer(s.text):
            before = s.text[: m.start()]
            named = [p for p in people if p.country is not None and before.endswith(p.name)]
            if len(named) == 1:
                heads.setdefault(named[0].country or "", named[0].name)
    if not heads:
        return people
    return [
        replace(p, leader=p.name == heads[p.country])
        if p.country in heads and (p.leader or p.name == heads[p.country])
        else p
        for p in people
    ]
