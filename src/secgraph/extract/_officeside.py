"""A side only guessed gives way to the side of a colleague in the same office.

"The Belarusian delegation was led by Chairman of the State Border Committee A. The Russian
side was headed by B. Deputy Chairman of the State Border Committee C also took part": C was
placed by a guess (the only party with no official when C was read), but C's title names the
body whose chairman leads the Belarusian side, so C is Belarus's. Only that weakest guess is
changed (not "the other principal", whose ministry every state has), and only to the one side whose
officials, placed by the text, hold that office; an office both sides hold decides nothing.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ._names import Person
from ._sides import WEAK

__all__ = ["SAME_OFFICE", "office_sides"]

#: the review of a side taken from a colleague in the same office
SAME_OFFICE = "side from a colleague in the same office"

#: an office named in a title: "the State Border Committee", "Ministry of Defence"
_OFFICE = re.compile(
    r"\b(?:[A-Z][\w-]+\s+){1,4}(?:Commission|Committee|Council|Ministry|Bureau|"
    r"Directorate|Department|Agency|Service|Command|Guard|Gendarmerie|Police)\b|"
    r"\b(?:Ministry|Department|Directorate)\s+of\s+(?:the\s+)?(?:[A-Z][\w-]+\s+)*[A-Z][\w-]+"
)
#: a title's leading words that are the post, not the office ("Deputy Chairman of ...")
_POST = re.compile(r"^(?:(?:Deputy|Vice|First|Acting|Chief|Head|Chairman|Director)\s+)+")


def _offices(p: Person) -> set[str]:
    text = f"{p.title or ''}, {p.organisation or ''}"
    return {_POST.sub("", m.group()).strip() for m in _OFFICE.finditer(text)} - {""}


def _guessed(p: Person) -> bool:
    return p.review == WEAK


def office_sides(people: list[Person]) -> list[Person]:
    """``people``, each one placed by a guess moved to the side whose placed officials hold an
    office the guessed one's title names.

    >>> out = office_sides([
    ...     Person("Konstantin Molostov", "Chairman of the State Border Committee", country="BLR"),
    ...     Person("Vladimir Kulishov", "Head of the FSB Border Service", country="RUS"),
    ...     Person("Roman Podlinev", "Deputy Chairman of the State Border Committee",
    ...            country="RUS", review="side inferred: the only party with no official")])
    >>> [(p.name, p.country) for p in out]
    [('Konstantin Molostov', 'BLR'), ('Vladimir Kulishov', 'RUS'), ('Roman Podlinev', 'BLR')]
    """
    if not any(_guessed(p) for p in people):
        return people
    holders: dict[str, set[str]] = {}
    for p in people:  # (placed by the text, not by any guess)
        if p.country is not None and not (p.review or "").startswith(("side inferred", "side not")):
            for office in _offices(p):
                holders.setdefault(office, set()).add(p.country)
    if not holders:
        return people
    out = []
    for p in people:
        if _guessed(p) and p.country is not None:
            sides = {c for o in _offices(p) for c in holders.get(o, ())}
            if len(sides) == 1 and p.country not in sides:
                p = replace(p, country=sides.pop(), review=SAME_OFFICE)
        out.append(p)
    return out
