"""A dateline that names a venue and then its city: "CAMP AGUINALDO, Quezon City -- ...".

A military or ministry news service files from a camp or a base and writes the city after it;
the camp is no city of the gazetteer, so "the meeting here" would be placed nowhere. The city
after the venue, when the gazetteer knows it, is where the story was filed.
"""

from __future__ import annotations

import re

from ._cities import resolve_city
from ._lexicon import Lexicon
from ._text import Dateline, Sentence

__all__ = ["venue_dateline_city"]

_CITY_AFTER = (
    r",\s+([A-Z][\w'\u2019.-]+(?:\s+[A-Z][\w'\u2019.-]+){0,2})\s*(?:--|\u2014|\u2013|-\s|\()"
)


def venue_dateline_city(
    sentences: list[Sentence], dateline: Dateline | None, lexicon: Lexicon
) -> str | None:
    """The city written after a dateline's venue that is no city, or None.

    >>> from secgraph.extract._text import split_sentences
    >>> from secgraph.extract._text import Dateline
    >>> s = split_sentences("CAMP AGUINALDO, Quezon City -- Officials met here Tuesday.")
    >>> d = Dateline("CAMP AGUINALDO", None, None, None, 14)
    >>> venue_dateline_city(s, d, None) is None  # no lexicon: nothing resolved
    True
    """
    if dateline is None or lexicon is None:
        return None
    opening = next((s for s in sentences if not s.heading), None)
    if opening is None or resolve_city(dateline.city, lexicon, filed=True) is not None:
        return None
    m = re.match(rf"\s*(?i:{re.escape(dateline.city)}){_CITY_AFTER}", opening.text)
    if m is None or resolve_city(m.group(1), lexicon) is None:
        return None
    return m.group(1)
