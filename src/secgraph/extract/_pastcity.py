"""A city the talks were held in, told in the past before a sentence turns to what is to come.

"Police chiefs agreed on Tuesday in Szeged to extend their joint patrols until the end of next
year": the sentence speaks of next year, but the city follows the verb of the talks, told in
the past, and comes before any word of the future, so it is this meeting's city (a sentence
that turns to the future first, "agreed to hold the next round in X", is not).
"""

from __future__ import annotations

import re

__all__ = ["past_city"]

#: the verb of the talks, its day, then "in" just before the city
_DONE_IN = re.compile(
    r"\b(?:met|agreed|held\s+talks|sat\s+down|convened|gathered)\s+"
    r"(?:(?:on|last)\s+(?:[A-Z][a-z]+day|\d{1,2}\s+[A-Z][a-z]+)\s+|yesterday\s+|today\s+)?"
    r"(?:here\s+)?in\s+(?:the\s+[a-z]+\s+(?:city|town)\s+of\s+)?$"
)
#: a word of a time to come, before the city
_TO_COME = re.compile(
    r"\b(?:next|upcoming|will|would|shall|to be held|expected|due|scheduled|plans?|later)\b",
    re.I,
)


def past_city(text: str, at: int) -> bool:
    """Whether the city at ``at`` follows the talks' verb in the past, with nothing of the
    future before it.

    >>> t = "Police chiefs agreed on Tuesday in Szeged to extend patrols until next year."
    >>> past_city(t, t.index("Szeged"))
    True
    >>> t = "They agreed to hold the next round in Belgrade."
    >>> past_city(t, t.index("Belgrade"))
    False
    >>> t = "The chiefs will meet next week and agreed in Belgrade on patrols."
    >>> past_city(t, t.index("Belgrade"))
    False
    """
    return _DONE_IN.search(text, max(0, at - 60), at) is not None and not _TO_COME.search(
        text, 0, at
    )
