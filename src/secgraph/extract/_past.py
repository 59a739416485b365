"""Whether a sentence tells of an earlier meeting ("had met in 2019", "In April, A and B
...") rather than the one reported, and not one that only dates something else ("the
agreement signed last year").
"""

from __future__ import annotations

import re

from ._text import Sentence

__all__ = ["is_past"]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_PAST = re.compile(
    r"\b(?:had met|had held|earlier (?:visit|meeting)|last (?:year|month|week)|previous|"
    r"earlier this (?:year|month|week)|previously|former|"
    r"in (?:19|20)\d\d|ago|"
    # background: "had raised the question with President X", "have in recent years signed",
    # "X, who did not attend the meeting, welcomed ..."
    r"had (?:also )?(?:raised|discussed|visited|talked|spoken)|in recent (?:years|months)|"
    r"did not (?:attend|take part|join)|read on (?:his|her) behalf)\b",
    re.I,
)
#: a time named by its month alone: "... received President X in Casablanca in December 2024",
#: "In April, A and B ...", "A and B held talks in Warsaw in August" (not in a sentence that
#: says who led a delegation: a story may date its own meeting so)
_MONTH_PAST = re.compile(
    r"\b(?:in (?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December) (?:19|20)\d\d|^In (?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)(?=,)|"
    r"(?:met|held talks)\s+in\s+[A-Z][\w-]+\s+in\s+(?:January|February|March|April|May|June|"
    r"July|August|September|October|November|December)(?!\s*\d))\b"
)
_LED_WORDS = _words("led headed chaired co-chaired delegation delegations")
_PAST_WORDS = _words(
    "had earlier last previous previously former ago recent not met talks behalf january "
    "february march april may june july august september october november december"
)
#: "the agreement the two countries signed last year": the past is the agreement's
_PAST_OF_OTHER = re.compile(
    r"\b(?:signed|agreed|concluded|reached|adopted|launched|established|set up|created)\s+"
    r"(?:\w+\s+){0,2}$"
)


def is_past(s: Sentence) -> bool:
    """A sentence about an earlier meeting ("had met in 2019"), not one that only dates
    something else ("the agreement signed last year")."""
    text = s.text
    if not (s.has(_PAST_WORDS) or " in 19" in text or " in 20" in text):
        return False
    if any(not _PAST_OF_OTHER.search(text[: m.start()]) for m in _PAST.finditer(text)):
        return True
    if s.has(_LED_WORDS):
        return False
    return any(
        not _MONTH_OF_OTHER.search(text, max(0, m.start() - 60), m.start())
        for m in _MONTH_PAST.finditer(text)
    )


#: "the first since Mr X took office in October 2024": the month dates something else
_MONTH_OF_OTHER = re.compile(
    r"\b(?:took office|assumed office|taking office|was appointed|were appointed|was elected|"
    r"was sworn in|since|signed|established|founded|created|launched|entered into force)\b"
    r"[^.;]{0,30}$"
)
