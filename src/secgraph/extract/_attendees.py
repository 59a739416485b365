"""Who only attended: a person named after "attended by", "accompanied by", "assisted by",
"joined by", "arrived with", "included" or "also present were", or before "also took part" /
"was also present". Such a person is never made a side's leader by default ("no 'led by' in
the text"): the text names them as company, not as the head. And who was only called on: a
head of state or government a delegation paid a courtesy call on.
"""

from __future__ import annotations

import re

from ._countries import is_meeting
from ._names import Person
from ._text import Sentence

__all__ = ["attendee", "called_on", "without_callees"]

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


#: a head of state or government, whom a delegation calls on beside the talks
_HEAD_OF_STATE = re.compile(
    r"^(?:the\s+)?(?:President|Prime\s+Minister|Premier|King|Queen|Emir|Amir|Sultan|Crown\s+Prince|"
    r"Vice\s+President|Chancellor|Governor[- ]General|Head\s+of\s+State)\b",
    re.I,
)
#: the delegations (both, or their heads) received together: a call beside the talks
_RECEPTION = re.compile(
    r"\breceived\s+(?:the\s+)?(?:heads\s+of\s+(?:the\s+)?(?:two\s+|both\s+)?delegations|"
    r"(?:two|both)\s+delegations|members\s+of\s+(?:the\s+|both\s+)?delegations)\b",
    re.I,
)
_CALL = re.compile(
    r"\b(?:called|calling|call)\s+on\b|\bcourtesy\s+(?:call|visit)\b"
    r"|\bwas\s+received\s+(?:\S+\s+){0,4}?by\b",  # "was received on Saturday by"
    re.I,
)


def called_on(name: str, title: str | None, sentence: str) -> bool:
    """Whether ``sentence`` names a head of state or government only as the one a delegation
    called on ("The delegation called on President X", "paid a courtesy call on the Prime
    Minister, X"): the host of a courtesy call, not a member of the talks.

    >>> called_on("Ann Bell", "President", "The delegation called on President Ann Bell.")
    True
    >>> called_on("Ann Bell", "Minister of Defence", "They called on Minister Ann Bell.")
    False
    >>> called_on("Ann Bell", "President", "President Ann Bell received the delegation.")
    False
    >>> called_on("Ann Bell", "President", "President Ann Bell received both delegations.")
    True
    """
    if not title or not _HEAD_OF_STATE.match(title):
        return False
    surname = name.split()[-1]
    at = sentence.find(surname)
    call = _CALL.search(sentence)
    if at >= 0 and _RECEPTION.search(sentence, at):
        return True  # "President X received the heads of the two delegations"
    return call is not None and 0 <= call.start() < at


def without_callees(people: list[Person], sentences: list[Sentence]) -> list[Person]:
    """Without a president a delegation called on beside the talks (beside officials of that
    side, or after the story's opening); a call the story opens with is the meeting itself."""
    by_index = {s.index: s for s in sentences}
    opening = next((s.index for s in sentences if not s.heading and is_meeting(s)), None)
    callees = [p for p in people if called_on(p.name, p.title, by_index[p.sentence].text)]
    return [
        p
        for p in people
        if p not in callees
        or (
            p.sentence == opening
            and not any(q.country == p.country and q not in callees for q in people)
        )
    ]
