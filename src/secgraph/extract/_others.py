"""Members listed without their country: "The Nigerian delegation was led by A. Other officers
in attendance included B and C": those "other" members belong to the delegation the sentence
before named.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from ._lexicon import Lexicon
from ._lists import chunks
from ._names import Person, name_key, parse_person
from ._text import Sentence

__all__ = ["other_members"]

#: "Other officers in attendance included ..."
_OTHERS = re.compile(
    r"^(?:\d+\.\s+)?(?:The\s+)?[Oo]ther\s+(?:members|officers|officials|delegates|participants)"
    r"(?:\s+(?:in\s+attendance|of\s+the\s+delegation|present|on\s+the\s+delegation))?\s+"
    r"(?:included|were|comprised)\s+(?P<list>.+)$"
)
_DELEGATION = re.compile(
    r"\b(?P<land>[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)?)\s+(?:delegation|side|team)\b"
)


def _party(text: str, parties: list[str], lexicon: Lexicon) -> str | None:
    form = lexicon.country_forms.get(text)
    if form is None and " " in text:
        form = lexicon.country_forms.get(text.split()[-1])
    return form[0] if form is not None and form[0] in parties else None


def _add(people: list[Person], new: Person) -> list[Person]:
    """``people`` with ``new``, or the same person given this one's side."""
    key = name_key(new.name)
    for i, p in enumerate(people):
        if name_key(p.name) == key:
            if p.country != new.country:  # (a side guessed elsewhere: this phrase says it)
                people[i] = replace(p, country=new.country, leader=False, review=None)
            return people
    return [*people, new]


def other_members(
    sentences: list[Sentence], parties: list[str], lexicon: Lexicon, people: list[Person]
) -> list[Person]:
    """``people`` with the "other members" a sentence lists on the side of the delegation the
    sentence before it named (see the module)."""
    out = list(people)
    for before, s in pairwise(sentences):
        m = _OTHERS.match(s.text)
        if m is None:
            continue
        d = _DELEGATION.search(before.text)
        side = _party(d.group("land"), parties, lexicon) if d else None
        if side is None:
            continue
        for c in chunks(m.group("list"), lexicon):
            p = parse_person(c, lexicon)
            if p is not None and (p.title or p.honorific) and len(p.name.split()) >= 2:
                out = _add(out, replace(p, country=side, sentence=s.index))
    return out
