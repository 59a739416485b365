"""A title written after a person's first mention: "Australian Defence Minister A and his Fijian
counterpart B discussed ...; B, Fiji's Minister for Defence, thanked ..." gives B the title the
first mention lacked. Only a later appositive of the person's own surname ("B, TITLE," with a
head word) is read, and only when its country, if it names one, is the person's side.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ._lexicon import Lexicon
from ._names import Person, has_head, parse_person
from ._text import Sentence

__all__ = ["later_titles"]


def later_titles(people: list[Person], sentences: list[Sentence], lexicon: Lexicon) -> list[Person]:
    """``people`` with a title taken from a later "SURNAME, TITLE," for those who have none."""
    out = []
    for p in people:
        title = None if p.title else _later_title(p, sentences, lexicon)
        out.append(replace(p, title=title) if title else p)
    return out


def _later_title(person: Person, sentences: list[Sentence], lexicon: Lexicon) -> str | None:
    surname = person.name.split()[-1]
    if len(surname) < 3:
        return None
    appositive = re.compile(
        rf"\b{re.escape(surname)},\s+(?P<title>(?:the\s+)?[A-Z][^,;()]{{3,90}}?),\s+[a-z]"
    )
    for s in sentences:
        if surname not in s.text:
            continue
        for m in appositive.finditer(s.text):
            found = parse_person(f"{m.group('title')}, {person.name}", lexicon)
            if found is None or not found.title or not has_head(found.title):
                continue
            if found.country not in (None, person.country) or found.name != person.name:
                continue
            return found.title
    return None
