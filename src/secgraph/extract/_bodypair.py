"""A dialogue named by the two services that hold it, each with its country's name.

Coast guards, border guards and police forces name their talks by both bodies: "the 8th
Philippine Coast Guard \u2013 Japan Coast Guard High-Level Meeting". The name pattern stops at
the dash between spaces and finds "Japan Coast Guard High-Level Meeting"; the first body is
part of the name when it begins with a party's name or adjective, as the second does.
"""

from __future__ import annotations

import re

__all__ = ["body_pair"]

#: the first body and the dash between spaces just before the name
_FIRST_BODY = re.compile(
    r"\b(?P<body>(?P<state>[A-Z][\w.]*)(?:\s+[A-Z][\w.]*){1,3})\s+[-\u2013\u2014]\s+$"
)


def body_pair(text: str, start: int, name: str, pair: frozenset[str]) -> tuple[str, int] | None:
    """The full name and where it begins, when the name at ``start`` is the second of two
    parties' bodies ("Japan Coast Guard X" after "Philippine Coast Guard \u2013 "), or None.

    >>> t = "the 8th Philippine Coast Guard \u2013 Japan Coast Guard High-Level Meeting"
    >>> at = t.index("Japan")
    >>> body_pair(t, at, t[at:], frozenset({"Japan", "Philippine", "Philippines"}))[0]
    'Philippine Coast Guard \u2013 Japan Coast Guard High-Level Meeting'
    >>> body_pair(t, at, t[at:], frozenset({"Japan", "China"})) is None
    True
    """
    first = name.split()[0]
    if first not in pair:
        return None
    m = _FIRST_BODY.search(text, max(0, start - 80), start)
    if m is None or m.group("state") not in pair or m.group("state") == first:
        return None
    # the same kind of body on both sides: "X Coast Guard - Y Coast Guard"
    kind = " ".join(m.group("body").split()[1:])
    if not name.startswith(f"{first} {kind}"):
        return None
    return f"{m.group('body')} \u2013 {name}", m.start("body")
