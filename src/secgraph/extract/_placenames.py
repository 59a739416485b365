"""A place read as a person.

A one-word name the story also uses as a place: "... was led by SSB Commandant A B C of the
42nd Battalion, Nanpara" or "the TITLE of No. 4 Battalion Headquarters, Nepalgunj" gives a
person named "Nanpara" whose title holds the real one. A name that the story also uses as a
place ("held in Nanpara", a dateline "Nepalgunj, Jan 20") is no person; when the title it was
given holds a ranked name ("Commandant A B C"), that is the person, who keeps the side and the
lead (:func:`not_places`). And a capital, or a city of a million people or more, is no
delegation member's name: "in Buenos Aires, the National Maritime Prefect of X" reads as
"Buenos Aires, TITLE" to a list reader (:func:`is_place_name`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ._lexicon import Lexicon, city_population
from ._namepat import HONORIFIC, JUNIOR_RANK, NAME
from ._names import Person, name_key
from ._text import Sentence

__all__ = ["is_place_name", "not_places"]

#: a city this large is no one's full name ("Buenos Aires", "Kuala Lumpur", "Addis Ababa")
_BIG_CITY = 1_000_000

_RANKED = re.compile(rf"(?P<rank>(?:(?:{HONORIFIC}|{JUNIOR_RANK})\s+)+)(?P<name>{NAME})")


def _a_place(word: str, texts: list[str]) -> bool:
    """Whether the story uses ``word`` as a place: after "in", "at", "from" or "near", as
    a dateline's city, or as the tail of an office ("42nd Battalion, Nanpara")."""
    w = re.escape(word)
    place = re.compile(
        rf"\b(?:in|at|from|near)\s+{w}\b|^{w}(?:/[A-Z]\w+)?,?\s+(?:\(|[A-Z][a-z]+\s+\d)|"
        rf"\b(?:Battalion|Headquarters|Brigade|Division|Sector|Region|Command|Post|Station|"
        rf"Office|District|Zone|Province|Base|Camp),\s+{w}\b"
    )
    return any(place.search(t) for t in texts)


def not_places(sentences: list[Sentence], people: list[Person]) -> list[Person]:
    """``people`` without a place read as a one-word name, or with the ranked name its title
    holds in its stead.

    >>> from types import SimpleNamespace as N
    >>> s = [N(index=0, heading=False, text="Kiru, May 2 (PTI) - Talks were held."),
    ...      N(index=1, heading=False, text="The Indian side was led by BSF Commandant "
    ...        "Arun Kumar Das of the 12th Battalion, Kiru.")]
    >>> p = Person("Kiru", "BSF Commandant Arun Kumar Das of the 12th Battalion", leader=True)
    >>> [(q.name, q.title, q.leader) for q in not_places(s, [p])]
    [('Arun Kumar Das', 'BSF Commandant of the 12th Battalion', True)]
    """
    texts = [s.text for s in sentences]
    keys = {name_key(p.name) for p in people}
    out: list[Person] = []
    for p in people:
        words = p.name.split()
        if len(words) != 1 or not _a_place(words[0], texts):
            out.append(p)
            continue
        m = _RANKED.search(p.title or "")
        if m is None or name_key(m.group("name")) in keys:
            continue
        # (the rank stays in the title: "SSB Commandant of the 12th Battalion")
        rest = (p.title or "")[: m.start("name")] + " " + (p.title or "")[m.end() :]
        title = re.sub(r"\s+", " ", rest).strip(" ,") or None
        out.append(replace(p, name=m.group("name"), title=title))
        keys.add(name_key(m.group("name")))
    return out


def is_place_name(name: str, lexicon: Lexicon) -> bool:
    """Whether ``name`` (of two words or more) is a capital or a large city rather than a
    person's name."""
    if " " not in name:
        return False
    form = lexicon.country_forms.get(name)
    return (form is not None and form[1] == "capital") or city_population(name) >= _BIG_CITY
