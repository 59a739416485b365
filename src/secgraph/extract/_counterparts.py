"""People named as someone's counterparts: "held talks with his Chinese counterpart Wang
Yi" (one name, the adjective's side, the title the other side's), and "received her Moroccan
counterpart, Minister of Justice X" / "Their Japanese counterparts were X, director-general
of ..., and Y, ..." (a list of titled people, the adjective's side).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ._lexicon import Lexicon
from ._lists import CLAUSE_END, LIST_END, chunks
from ._names import HONORIFIC, NAME, Person, parse_person

__all__ = ["COUNTERPART", "listed_counterparts", "named_counterparts"]

#: "held talks with his Chinese counterpart Wang Yi"
COUNTERPART = re.compile(
    rf"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur)\s+(?P<adj>[A-Z][\w-]*)\s+(?:counterparts?|colleagues?),?\s+"
    rf"(?P<name>(?:{HONORIFIC}\s+)?(?:{NAME}|[A-Z][a-z]{{3,}}(?=,|\s+(?:in|at|on|today)\b|\.?$)))"
)
#: "received her Moroccan counterpart, Minister of Justice X", "Their Japanese counterparts
#: were X, director-general of ..., and Y, ..."
_COUNTERPARTS = re.compile(
    r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur)\s+(?P<adj>[A-Z][\w-]*)\s+(?:counterparts?|colleagues?)"
    r"(?:,\s*(?:the\s+)?|\s+(?:was|were|is|are)\s+|\s+)(?=[A-Z])"
)


def listed_counterparts(
    text: str, index: int, lexicon: Lexicon, used: list[tuple[int, int]]
) -> list[Person]:
    """The titled people listed after "his X counterpart(s)", on X's side; the spans read are
    added to ``used``."""
    found: list[Person] = []
    for m in _COUNTERPARTS.finditer(text):
        form = lexicon.country_forms.get(m.group("adj"))
        if form is None:
            continue
        tail = LIST_END.split(CLAUSE_END.split(text[m.end() :])[0])[0]
        people = [parse_person(c, lexicon) for c in chunks(tail, lexicon)]
        titled = [p for p in people if p is not None and p.title]
        if titled:
            used.append((m.start(), m.end() + len(tail)))
            found += [replace(p, country=form[0], sentence=index) for p in titled]
    return found


def named_counterparts(
    text: str, index: int, lexicon: Lexicon, used: list[tuple[int, int]]
) -> list[Person]:
    """ "his Chinese counterpart Wang Yi" outside the spans in ``used`` (which grows): the
    person on the adjective's side, marked for review (the title is the other side's)."""
    found: list[Person] = []
    for m in COUNTERPART.finditer(text):
        if any(a <= m.start() < b for a, b in used):
            continue
        form = lexicon.country_forms.get(m.group("adj"))
        whom = re.match(rf"(?:(?P<hon>{HONORIFIC})\s+)?(?P<name>.+)$", m.group("name"))
        person = Person(whom.group("name"), honorific=whom.group("hon")) if whom else None
        if form is not None and person is not None:
            used.append((m.start(), m.end()))
            found.append(
                replace(
                    person,
                    country=form[0],
                    sentence=index,
                    review="named as a counterpart: the title is the other side's",
                )
            )
    return found
