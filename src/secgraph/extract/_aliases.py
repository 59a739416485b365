"""A Malay or Bruneian name written with its alias after an "@" ("Mohd Nizam bin Jaffar @
Ismail"): the name reader stops at the "@"; the alias is part of the name the person is
known by, so the name read is extended by it."""

from __future__ import annotations

import re
from dataclasses import replace

from ._names import Person

__all__ = ["with_aliases"]

_ALIAS = r"\s+@\s+(?P<alias>[A-Z][\w'-]+(?:\s+(?:bin|binti|bte|b\.)\s+[A-Z][\w'-]+)?)"


def with_aliases(people: list[Person], sentences: dict[int, str]) -> list[Person]:
    """``people`` whose name is followed in their sentence by "@ ALIAS", with the alias.

    >>> p = Person("Ahmad Zaki bin Omar", sentence=0)
    >>> [q.name for q in with_aliases([p], {0: "General Ahmad Zaki bin Omar @ Ali said."})]
    ['Ahmad Zaki bin Omar @ Ali']
    """
    out = []
    for p in people:
        text = sentences.get(p.sentence, "")
        m = re.search(re.escape(p.name) + _ALIAS, text) if "@" in text else None
        out.append(replace(p, name=f"{p.name} @ {m.group('alias')}") if m is not None else p)
    return out
