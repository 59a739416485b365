"""A country the text says took no part in the talks, and nothing more of: not discussed.

"Japan and Australia, which joined maritime activities with both allies this year, were not
part of the board meeting." or "Spain's Interior Minister, who visited Rabat in January, was
not part of the dialogue." names a country only to say it was absent; the talks did not discuss
it. Only a sentence that ends on the absence counts: "did not take part in today's meeting
but sent a letter of support" or "was not represented at the meeting, and is expected to join
the talks" says more, which the keys count as discussed.
"""

from __future__ import annotations

import re

__all__ = ["said_absent"]

_NOT_PART = re.compile(
    r"\b(?:was|were)\s+not\s+(?:a\s+)?part\s+of\s+the\s+(?:[\w-]+\s+){0,4}?"
    r"(?:dialogue|meeting|talks|consultations|session|discussions)\s*[.!]?\s*$",
    re.I,
)


def said_absent(text: str, start: int) -> bool:
    """Whether the mention at ``start`` lies before a "was not part of the talks." that ends
    the sentence ``text``.

    >>> t = "Japan and Australia were not part of the board meeting."
    >>> said_absent(t, 0)
    True
    >>> said_absent("Japan was not part of the talks but sent a letter.", 0)
    False
    """
    m = _NOT_PART.search(text)
    return m is not None and start < m.start()
