"""The phrases that name two heads of two sides at once ("co-chaired by A and B", "under the
co-chairmanship of A and B"): neither head's side is the other's.

The rule for "led by" gives a head with no side of their own the side of the clause or of
the head named before ("with Australian A and Minister B": B is A's side). After a "co-"
phrase the two heads are one a side, so each keeps only the side their own words give; the
other is then the other party. Not so when a side is the subject ("The Indian delegation was
co-led by A and B": two heads of one side), nor after "co-chaired the talks with" (the other
side's heads).
"""

from __future__ import annotations

import re

from ._lexicon import Lexicon

__all__ = ["side_in_phrase", "two_chairs", "without_next_side"]

#: a "led by" phrase that names the two sides' heads together
_CO_CHAIRS = re.compile(
    r"\bco-?(?:chaired|led|headed)\s+by\s+$|\bco-?(?:chairmanship|presidency)\s+of\s+$", re.I
)
#: "The Indian delegation was co-led by": one side's heads
_ONE_SIDE = re.compile(r"\b(?:delegation|side|team|group)\s+(?:was|were|is)\s+$", re.I)


def two_chairs(before: str, phrase: str) -> bool:
    """Whether ``phrase`` (the "led by" words, ``before`` the sentence's text before them) names
    two sides' heads at once.

    >>> two_chairs("The dialogue took place in Hanoi under the ", "co-chairmanship of ")
    True
    >>> two_chairs("The talks were ", "co-chaired by ")
    True
    >>> two_chairs("The Indian delegation was ", "co-led by ")
    False
    >>> two_chairs("X ", "co-chaired the meeting with ")
    False
    """
    return _CO_CHAIRS.search(phrase) is not None and _ONE_SIDE.search(before) is None


_ON_THE_SIDE = re.compile(r"\bon\s+the\s+(?P<adj>[A-Z][\w.-]*)\s+side\s+by\s+$")


def side_in_phrase(phrase: str, lexicon: Lexicon, parties: list[str]) -> str | None:
    """The party a "led on the Ecuadorian side by" phrase names, if any."""
    m = _ON_THE_SIDE.search(phrase)
    form = lexicon.country_forms.get(m.group("adj")) if m else None
    return form[0] if form is not None and form[0] in parties else None


_NEXT_SIDE = re.compile(r",?\s+and\s+(?:on|for|from)\s+the\s+[A-Z][\w.-]*\s+side\s*$")


def without_next_side(tail: str) -> str:
    """A "led by" phrase's list without the next side's opening words.

    >>> without_next_side("Interior Minister A B and on the U.S. side ")
    'Interior Minister A B'
    """
    return _NEXT_SIDE.sub("", tail)
