"""The town inside the wider place a heading names: "... dialogue in Bali" over "held their
dialogue in Nusa Dua, Bali, on Wednesday".

A headline often gives the province, island or region the talks were held in, and the body the
town in it, written "TOWN, REGION". The town is the meeting's place, even one the gazetteer
lacks, since the text itself puts it inside the heading's place.
"""

from __future__ import annotations

import re

from ._countries import is_future, is_meeting
from ._text import Sentence

__all__ = ["town_in"]

_TOWN = r"([A-Z][\w'\u2019.-]+(?:\s+[A-Z][\w'\u2019.-]+){0,2})"
_HELD = re.compile(r"\b(?:held|met|meet|convened|took place|hosted)\b", re.I)


def town_in(sentences: list[Sentence], wider: str) -> str | None:
    """The town a past meeting sentence of the body places "in TOWN, WIDER", or None.

    >>> from secgraph.extract._text import split_sentences
    >>> s = split_sentences("Talks in Bali\\n\\nThe two sides held talks in Nusa Dua, Bali, "
    ...     "on Wednesday.")
    >>> town_in(s, "Bali")
    'Nusa Dua'
    """
    pattern = re.compile(rf"\bin\s+{_TOWN},\s+{re.escape(wider)}\b")
    for s in sentences:
        if s.heading or is_future(s) or not is_meeting(s):
            continue
        m = pattern.search(s.text)
        if m is not None and _HELD.search(s.text, 0, m.start()):
            return m.group(1)
    return None
