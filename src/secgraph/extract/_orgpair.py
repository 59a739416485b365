"""Two countries joined through the same body written after each: "the U.S. Coast Guard and
the Norwegian Coast Guard met", "Indian Navy, Sri Lanka Navy hold staff talks".

The pair rule counts two countries only when nothing but "and", a comma or a dash stands
between them ("Kenya and Somalia"); a release that names each side by its own service writes
the service's name after each country, and that repeated name is as plain a pair.
"""

from __future__ import annotations

import re

__all__ = ["same_body_pair"]

#: the words between the two countries: a body's name (capitalised words), then the join
_BETWEEN = re.compile(
    r"\s+(?P<body>(?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w.'\u2019-]*)"
    r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?:the\s+)?$"
)


def same_body_pair(text: str, first_end: int, second_start: int, second_end: int) -> bool:
    """Whether the countries ending at ``first_end`` and starting at ``second_start`` are
    joined by the same body's name written after each.

    >>> t = "Leaders of the U.S. Coast Guard and the Norwegian Coast Guard met."
    >>> same_body_pair(t, t.index(" Coast"), t.index("Norwegian"), t.index(" Coast G", 30))
    True
    >>> t = "The Kenya Police and the Somali Army met."
    >>> same_body_pair(t, t.index(" Police"), t.index("Somali"), t.index(" Army"))
    False
    """
    m = _BETWEEN.match(text, first_end, second_start)
    if m is None or m.end() != second_start:
        return False
    body = m.group("body")
    return re.match(rf"\s+{re.escape(body)}\b", text[second_end:]) is not None
