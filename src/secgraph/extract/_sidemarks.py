"""A side named inside a list of people, after the people of the other side:

- "The session was attended by A, TITLE, B, TITLE, and, on the French side, by C, TITLE, and
  D, TITLE" (C and D are France's; A and B the other party's);
- "A, TITLE, and B, TITLE, joined from the Russian side" (everyone before it is Russia's).

A list no member verb opens does not tell the rules whose its people are until such a mark;
this pass reads it after the others have placed everyone, and only in a meeting of two parties.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ._lexicon import Lexicon
from ._lists import chunks
from ._names import Person, name_key, parse_person
from ._text import Sentence

__all__ = ["marked_sides"]

#: ", and, on the French side, by C": the mark in the middle of a list
_MID = re.compile(
    r"(?:,\s*(?:and|while)\s*,?|;|,)\s+(?:while\s+)?on\s+the\s+(?P<adj>[A-Z][\w.-]*)\s+side"
    r"\s*,?\s*(?:by\s+)?(?=[A-Z])"
)
#: "..., joined from the Russian side": the mark closing the list
_END = re.compile(
    r",?\s+(?:also\s+)?(?:joined|attended|took\s+part|participated|(?:was|were)\s+present)"
    r"(?:\s+(?:the\s+)?(?:meeting|talks|session))?\s+(?:from|on|for)\s+the\s+"
    r"(?P<adj>[A-Z][\w.-]*)\s+side\b"
)
#: a clause of its own before the list a closing mark closes: "A and B were in the Libyan
#: delegation, while C attended on the Turkish side" (only C is the Turkish side's)
_CLAUSE = re.compile(r"(?:,\s*|\s+)(?:while|whereas|but)\s+|;\s+")


#: the verb that opens a list of people: "The session was attended by A, ..."
_OPEN = re.compile(
    r"\b(?:attended\s+by|(?:also\s+)?included|comprised|consisted\s+of|joined\s+by|"
    r"accompanied\s+by|[Pp]articipants\s+(?:were|included)|[Aa]mong\s+them\s+were|"
    r"(?:[Aa]lso\s+)?(?:present|attending|at\s+the\s+table)\s+were)[:,]?\s+"
)


def _mids(text: str) -> list[re.Match[str]]:
    return list(_MID.finditer(text))


def _unread(
    people: list[Person], part: str, country: str, index: int, lexicon: Lexicon
) -> list[Person]:
    """``people`` and those of ``part``'s list whom no rule read, on ``country``'s side."""
    known = {name_key(p.name) for p in people}
    for chunk in chunks(part, lexicon):
        person = parse_person(chunk, lexicon)
        if person is not None and person.title and name_key(person.name) not in known:
            people = [*people, replace(person, country=country, sentence=index)]
            known.add(name_key(person.name))
    return people


def _party(adj: str, parties: list[str], lexicon: Lexicon) -> str | None:
    form = lexicon.country_forms.get(adj)
    return form[0] if form is not None and form[0] in parties else None


def marked_sides(
    sentences: list[Sentence], people: list[Person], parties: list[str], lexicon: Lexicon
) -> list[Person]:
    """``people`` with the sides such marks give (and the people a closing mark's list names
    that no rule read)."""
    if len(parties) != 2:
        return people
    for s in sentences:
        text = s.text
        marks = [
            (m.start(), side)
            for m in _mids(text)
            if (side := _party(m.group("adj"), parties, lexicon)) is not None
        ]
        if len(marks) != len(_mids(text)):
            continue
        if marks and re.search(r"[A-Z]", text[: marks[0][0]]):
            first, side = marks[0]
            # the part before the first mark names the other side's people, unless it names
            # the marked side itself or another mark follows
            other = next(c for c in parties if c != side)
            before_ok = len(marks) == 1 and not any(
                f in text[:first]
                for f, (iso3, _) in lexicon.country_forms.items()
                if iso3 == side and len(f) > 3
            )
            people = [
                _placed(p, text, marks, other if before_ok else None)
                if p.sentence == s.index or p.name in text
                else p
                for p in people
            ]
            opened = _OPEN.search(text, 0, first)
            if opened is not None:  # (the people of the list that no rule read)
                bounds = [(opened.end(), first, other if before_ok else None)]
                ends = [start for start, _ in marks[1:]] + [len(text)]
                bounds += [(m.end(), end, side) for m, end in zip(_mids(text), ends, strict=False)]
                for start, stop, country in bounds:
                    if country is not None:
                        people = _unread(people, text[start:stop], country, s.index, lexicon)
        end = _END.search(text)
        side = _party(end.group("adj"), parties, lexicon) if end else None
        if end is None or side is None:
            continue
        known = {name_key(p.name): i for i, p in enumerate(people)}
        opens = [m.end() for m in _CLAUSE.finditer(text, 0, end.start())]
        for chunk in chunks(text[opens[-1] if opens else 0 : end.start()], lexicon):
            person = parse_person(chunk, lexicon)
            if person is None or not person.title or person.name not in text:
                continue
            at = known.get(name_key(person.name))
            if at is None:
                people.append(replace(person, country=side, sentence=s.index))
            else:  # (a rank read as the title gives way to the post after the name)
                known_title = people[at].title or ""
                ranked = chunk.find(known_title) < chunk.find(person.name)
                title = person.title if ranked or not known_title else known_title
                people[at] = replace(people[at], country=side, title=title)
    return people


def _placed(p: Person, text: str, marks: list[tuple[int, str]], other: str | None) -> Person:
    at = text.find(p.name)
    if at < 0:
        return p
    after = [side for start, side in marks if start < at]
    if after:
        return replace(p, country=after[-1])
    side = marks[0][1]
    return replace(p, country=other) if other is not None and p.country == side else p
