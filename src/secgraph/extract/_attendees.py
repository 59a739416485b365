"""Who only attended: a person named after "attended by", "accompanied by", "assisted by",
"joined by", "arrived with", "included" or "also present were", or before "also took part" /
"was also present". Such a person is never made a side's leader by default ("no 'led by' in
the text"): the text names them as company, not as the head.
"""

from __future__ import annotations

import re

__all__ = ["attendee"]

#: the phrase after which the people named are company
_BEFORE = re.compile(
    r"\b(?:(?:was|were|is|are)\s+(?:also\s+)?attended\s+by|also\s+attended\s+by|"
    r"(?:accompanied|assisted|joined|flanked)\s+by|arrived\s+with|"
    r"(?:delegation|side)\s+(?:also\s+)?included|(?:in\s+attendance|present)\s+were|"
    r"also\s+(?:present|attending)\s+(?:was|were))\b",
    re.I,
)
#: the phrase before which the person named is company ("X ... also took part")
_AFTER = re.compile(
    r"\b(?:also\s+(?:took\s+part|participated|attended)|(?:was|were)\s+(?:also\s+)?present|"
    r"(?:was|were)\s+(?:also\s+)?in\s+attendance)\b|"
    r",?\s+(?:also\s+)?(?:attended|took\s+part|participated)\s*[.;]",
    re.I,
)


def attendee(name: str, sentence: str) -> bool:
    """Whether ``sentence`` names ``name`` as company rather than as a side's head.

    >>> attendee("Ann Bell", "The talks were attended by the envoy, Ann Bell.")
    True
    >>> attendee("Ann Bell", "The ambassador, Ann Bell, also took part.")
    True
    >>> attendee("Ann Bell", "Also present were the envoy, Ann Bell, and two aides.")
    True
    >>> attendee("Ann Bell", "The envoy, Ann Bell, and an aide attended.")
    True
    >>> attendee("Ann Bell", "Ann Bell met the minister, who was accompanied by aides.")
    False
    """
    surname = name.split()[-1]
    at = [m.start() for m in re.finditer(rf"\b{re.escape(surname)}\b", sentence)]
    if not at:
        return False
    first = at[0]
    before = [m.end() for m in _BEFORE.finditer(sentence) if m.end() <= first]
    if before:
        return True
    after = _AFTER.search(sentence, first)
    if after is None:
        return False
    # the person is the subject of "also took part": no other clause's verb in between
    between = sentence[first : after.start()]
    return not re.search(r"\b(?:met|received|held|led|headed|chaired|co-chaired)\b", between)
