"""Which round of a series a story reports, and a sentence that tells of an earlier one.

A joint statement on "the Third Maritime Security Dialogue" often recalls when the second was
held ("The Second Dialogue was held in Canberra on 14 June 2025"), and a report says the talks
came "following the fourth round held in Addis Ababa on 14 September 2025": those dates and
cities are the earlier rounds'. The round the story reports is the highest ordinal its
headings and first sentence give; a sentence whose subject is a round of a lower ordinal, told
in the past, is an earlier meeting's.
"""

from __future__ import annotations

import re

from ._dialogues import ORDINAL_WORDS, round_number
from ._text import Sentence

__all__ = ["earlier_round", "reported_round", "without_round_before"]

_ORDINAL = r"(?:" + "|".join(ORDINAL_WORDS) + r"|inaugural|\d{1,3}(?:st|nd|rd|th))"
_ROUND = re.compile(
    rf"\b(?P<n>{_ORDINAL})\b(?:[\s-]+[\w'\u2019-]+){{0,7}}?\s+(?:[Rr]ound|[Mm]eeting|[Ss]ession|"
    r"[Ee]dition|[Dd]ialogue|[Tt]alks|[Cc]onsultations?|[Cc]onference|[Cc]ommission|"
    r"[Cc]ommittee|JWG|JCC|JPC)\b",
    re.I,
)
#: a round as a sentence's subject, told in the past: "The Second Dialogue was held in ..."
_SUBJECT_HELD = re.compile(
    rf"^(?:\d{{1,2}}[.)]\s+)?(?:The|Its|Their)\s+(?P<n>{_ORDINAL})\s+"
    r"(?:(?!(?:day|days|part|half|phase|leg|stage)\b)[\w'\u2019-]+\s+){0,6}?"
    r"(?:round|meeting|session|edition|dialogue|talks|consultations?|conference|JWG|JCC|JPC)\b"
    r"[^.;]{0,80}?\b(?:(?:was|were|had been)\s+(?:\w+\s+)?(?:held|convened|hosted|organi[sz]ed)"
    r"|took place)\b",
    re.I,
)


def reported_round(sentences: list[Sentence]) -> int | None:
    """The highest round ordinal the headings and the first body sentence name, or None."""
    opening = next((s for s in sentences if not s.heading), None)
    top = [s for s in sentences if s.heading and (opening is None or s.index < opening.index)]
    numbers = [
        n
        for s in [*top, *([opening] if opening is not None else [])]
        for m in _ROUND.finditer(s.text)
        if (n := round_number(m.group("n"))) is not None
    ]
    return max(numbers) if numbers else None


def earlier_round(text: str, reported: int | None) -> re.Match[str] | None:
    """The subject of a sentence that tells of a round before the reported one, or None.

    >>> earlier_round("The Second Dialogue was held in Canberra on 14 June 2025.", 3).group()[:10]
    'The Second'
    >>> earlier_round("The Third Dialogue was held in Jakarta on 3 March 2026.", 3) is None
    True
    """
    if reported is None:
        return None
    m = _SUBJECT_HELD.search(text)
    if m is None:
        return None
    n = round_number(m.group("n"))
    return m if n is not None and n < reported else None


#: an earlier round the talks follow: "following the fourth round held in Addis Ababa on ..."
_AFTER_ROUND = re.compile(
    r"\b(?:[Ff]ollowing|[Aa]fter|[Ss]ince|follows|followed|[Ss]ucceeding)\s+(?:on\s+from\s+)?"
    r"(?:the|its|their)\s+(?:previous|last|earlier|prior|preceding|first|inaugural|second|"
    r"third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(?:st|nd|rd|th))"
    r"\s+(?:[\w-]+\s+){0,3}?(?:round|meeting|session|edition|talks|consultations|dialogue)\b"
)


def without_round_before(body: str) -> str:
    """``body`` with the clause of an earlier round the talks follow blanked out, when the
    sentence reports the talks outside it: "held the fifth round in Nairobi, following the
    fourth round held in Addis Ababa on 14 September 2025" (its date is that round's)."""
    m = _AFTER_ROUND.search(body)
    if m is None:
        return body
    end = body.find(",", m.end())
    end = len(body) if end < 0 else end
    rest = body[: m.start()] + body[end:]
    if _TOLD.search(rest) is None:
        return body
    return body[: m.start()] + " " * (end - m.start()) + body[end:]


#: a past meeting verb: the sentence reports the talks themselves
_TOLD = re.compile(
    r"\b(?:met|held|hosted|co-chaired|chaired|took place|concluded|talks (?:on|held))\b"
)
