"""Styles of address and ranks the name reader kept as the first word of a name: Bhutan's
"Dasho" and "Lyonpo", Myanmar's "Daw", Indonesia's service after a rank ("Major General TNI
A B"), West Africa's "Alhaji", "Engr.", "Barr." and "Cllr.", the French-speaking forces'
"Commandant" and "Commissaire", a police "Commissioner-General". The word goes to the
honorific, so the same person read with and without it is one official; a person the reader
named by the style alone ("Cllr") takes the name written after it."""

from __future__ import annotations

import re
from dataclasses import replace

from ._names import Person

__all__ = ["unstyled"]

_STYLES = frozenset(
    [
        "Dasho",
        "Lyonpo",
        "Daw",
        "TNI",
        "Alhaji",
        "Alhaja",
        "Engr",
        "Engr.",
        "Barr",
        "Barr.",
        "Cllr",
        "Cllr.",
        "Commandant",
        "Commissaire",
        "Commissioner-General",
    ]
)


#: styles that are never a name's first word, before a one-word name too ("TNI Suharyanto")
_NEVER_NAMES = frozenset(["TNI", "Daw", "Dasho"])


#: the styles by their case-folded form: a reader that cased a name anew ("Tni Suharyanto",
#: after post-nominal degrees) keeps the style's own spelling in the honorific
_FOLDED = {s.casefold(): s for s in _STYLES}


_FOLLOWING = re.compile(r"\.?\s+((?:[A-Z][\w'\u2019-]+\s+){1,3}[A-Z][\w'\u2019-]+)")


def _named_after(p: Person, sentences: dict[int, str]) -> Person:
    """A person the reader named by the style alone ("Cllr"): the name after the style in
    that person's sentence ("..., Cllr. Kula Bropleh Massaquoi, and ...")."""
    text = sentences.get(p.sentence, "")
    for at in (m.end() for m in re.finditer(rf"\b{re.escape(p.name)}", text)):
        m = _FOLLOWING.match(text, at)
        if m is not None:
            honorific = f"{p.honorific} {p.name}" if p.honorific else p.name
            return replace(p, name=m.group(1), honorific=honorific)
    return p


def unstyled(people: list[Person], sentences: dict[int, str] | None = None) -> list[Person]:
    """``people`` with a style opening a name of three words or more moved to the honorific.

    >>> [(p.name, p.honorific) for p in unstyled([Person("Dasho Karma Dorji Wangchuk")])]
    [('Karma Dorji Wangchuk', 'Dasho')]
    >>> [p.name for p in unstyled([Person("Commandant Dupont")])]
    ['Commandant Dupont']
    >>> [(p.name, p.leader) for p in unstyled([Person("TNI A B", leader=True), Person("A B")])]
    [('A B', True)]
    >>> tni = Person("Tni Wirawan", honorific="Major General")
    >>> [(p.name, p.honorific) for p in unstyled([tni])]
    [('Wirawan', 'Major General TNI')]
    """
    people = [
        _named_after(p, sentences or {}) if p.name.rstrip(".") + "." in _STYLES else p
        for p in people
    ]
    names = {p.name for p in people}
    twins: set[str] = set()  # (read without the style elsewhere: that reading stands)
    leads: set[str] = set()
    out: list[Person] = []
    for p in people:
        first, _, rest = p.name.partition(" ")
        first = _FOLDED.get(first.casefold(), first) if first.isalpha() else first
        if first in _STYLES and len(rest.split()) >= (1 if first in _NEVER_NAMES else 2):
            if rest in names:
                twins.add(p.name)
                leads |= {rest} if p.leader else set()
                continue
            honorific = f"{p.honorific} {first}" if p.honorific else first
            p = replace(p, name=rest, honorific=honorific)
        out.append(p)
    out = [replace(p, leader=True) if p.name in leads else p for p in out]
    return out
