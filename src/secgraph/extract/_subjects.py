"""Two principals as the subject of a story's lead: "The Secretary of X's Security Council, A,
and Y's National Security Adviser, B, on Tuesday reviewed ..." names each side's head (wire
reports open so). Only the first sentences of the story are read, only a subject of exactly
two titled people of the two parties, and only before a verb of meeting in the past; or
"TITLE A met with Y's TITLE, B, in ..." (one on each side of "met with"); or a visitor, "TITLE,
NAME, travelled to CITY on Tuesday for the annual ... Talks", who heads the side that is not
the city's country when no rule gave that side a head.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ._clauses import DATELINE_PREFIX
from ._lexicon import Lexicon
from ._lists import chunks
from ._names import Person, name_key, parse_person
from ._shapes import country_of
from ._text import Sentence

__all__ = ["lead_subjects"]

#: the verb after the subject: "[, on Tuesday (date),] reviewed / discussed / held / met ..."
_VERB = re.compile(
    r",?\s+(?:(?:on\s+\w+(?:\s+\d{1,2}(?:\s+\w+)?)?|today|yesterday)(?:\s+\([^()]{2,40}\))?,?\s+)?"
    r"(?:reviewed|discussed|held|met|co-chaired|chaired|signed|exchanged|opened|launched|"
    r"reaffirmed|examined|inaugurated)\b"
)
#: how many sentences of the story's start count as its lead
_LEAD = 2


#: "A, TITLE, met with B, TITLE, in Santiago": the one met, up to where the clause ends
#: (and "discussed on Sunday with B, TITLE, the ...": a day between the verb and "with")
_MET_WITH = re.compile(
    r",?\s+(?:met|held\s+talks|discussed|conferred)(?:\s+(?:on\s+[A-Z]\w+|today|yesterday))?"
    r"\s+with\s+"
)
#: (", the implementation of ...": what was discussed, after the one met)
_OBJECT_END = re.compile(
    r",\s+(?:in|at|on|for|to|who)\s|\s+(?:in|at|on)\s+(?=[A-Z])|[.;]|,\s+the\s+(?=[a-z])"
)


def _pair(text: str, parties: list[str], lexicon: Lexicon) -> list[Person]:
    verb = _VERB.search(text)
    met = _MET_WITH.search(text)
    if met is not None and (verb is None or met.start() <= verb.start()):
        subject = DATELINE_PREFIX.sub("", text[: met.start()])
        met_one = _OBJECT_END.split(text[met.end() :], maxsplit=1)[0]
        people = [parse_person(subject, lexicon), parse_person(met_one, lexicon)]
    elif verb is None:
        return []
    else:
        subject = DATELINE_PREFIX.sub("", text[: verb.start()])
        people = [parse_person(c, lexicon) for c in chunks(subject, lexicon)]
    if len(people) != 2 or not all(p is not None and p.title for p in people):
        return []
    sides = [
        p.country or country_of(f"{p.title or ''} {p.organisation or ''}", lexicon)
        for p in people
        if p is not None
    ]
    if sides.count(None) == 1 and met is not None:  # ("A met with Iran's TITLE, B")
        known = next(c for c in sides if c is not None)
        others = [c for c in parties if c != known]
        sides = [c or (others[0] if known in parties and len(others) == 1 else None) for c in sides]
    if len(set(sides)) != 2 or not all(c in parties for c in sides):
        return []
    return [replace(p, country=c) for p, c in zip(people, sides, strict=True) if p is not None]


#: "TITLE, NAME[ MP], travelled to CITY ... for the ... Talks"
_VISITED = re.compile(
    r",?\s+(?:(?:on\s+\w+|today|yesterday|this\s+week),?\s+)?(?:travelled|traveled|travels|"
    r"arrived|flew|was)\s+(?:to|in)\s+(?P<city>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?)"
    r"[^.;]{0,120}?\b(?:for|to\s+(?:attend|hold|take\s+part\s+in|co-chair|lead))\s+"
    r"[^.;]{0,100}?\b(?:[Tt]alks|[Dd]ialogue|[Cc]onsultations|[Mm]eeting|round|[Ss]ession|"
    r"[Cc]ommittee)\b"
)
_POST_NOMINAL = re.compile(r"\s+(?:MP|MLA|CMG|CBE|OBE|KC|QC|MBE)$")


def _visitor(text: str, parties: list[str], lexicon: Lexicon) -> Person | None:
    """The visitor a lead names travelling to the talks, on the side that is not the city's
    country (or the side the title names)."""
    m = _VISITED.search(text)
    if m is None:
        return None
    person = parse_person(
        _POST_NOMINAL.sub("", DATELINE_PREFIX.sub("", text[: m.start()])), lexicon
    )
    if person is None or not person.title:
        return None
    side = person.country or country_of(f"{person.title} {person.organisation or ''}", lexicon)
    if side not in parties:
        host = lexicon.country_forms.get(m.group("city"))
        others = [c for c in parties if host is not None and c != host[0]]
        side = others[0] if host is not None and host[0] in parties and len(others) == 1 else None
    return replace(person, country=side, leader=True) if side is not None else None


def lead_subjects(
    sentences: list[Sentence], people: list[Person], parties: list[str], lexicon: Lexicon
) -> list[Person]:
    """``people`` with the two principals a story's lead names as its subject as their sides'
    heads, first of their sides (see the module's docstring)."""
    if len(parties) != 2:
        return people
    body = [s for s in sentences if not s.heading][:_LEAD]
    for s in body:
        pair = _pair(s.text, parties, lexicon)
        if not pair:
            continue
        keys = {name_key(p.name) for p in pair}
        heads = [replace(p, leader=True, sentence=s.index) for p in pair]
        return heads + [p for p in people if name_key(p.name) not in keys]
    for s in body:
        visitor = _visitor(s.text, parties, lexicon)
        if visitor is None or any(p.leader and p.country == visitor.country for p in people):
            continue
        key = name_key(visitor.name)
        return [replace(visitor, sentence=s.index)] + [p for p in people if name_key(p.name) != key]
    return people
