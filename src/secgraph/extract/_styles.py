"""Styles of address and ranks the name reader kept as the first word of a name: Bhutan's
"Dasho" and "Lyonpo", Myanmar's "Daw", Indonesia's service after a rank ("Major General TNI
A B"), West Africa's "Alhaji", "Engr.", "Barr." and "Cllr.", the French-speaking forces'
"Commandant" and "Commissaire", a police "Commissioner-General". The word goes to the
honorific, so the same person read with and without it is one official."""

from __future__ import annotations

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


def unstyled(people: list[Person]) -> list[Person]:
    """``people`` with a style opening a name of three words or more moved to the honorific.

    >>> [(p.name, p.honorific) for p in unstyled([Person("Dasho Karma Dorji Wangchuk")])]
    [('Karma Dorji Wangchuk', 'Dasho')]
    >>> [p.name for p in unstyled([Person("Commandant Dupont")])]
    ['Commandant Dupont']
    >>> [(p.name, p.leader) for p in unstyled([Person("TNI A B", leader=True), Person("A B")])]
    [('A B', True)]
    """
    names = {p.name for p in people}
    twins: set[str] = set()  # (read without the style elsewhere: that reading stands)
    leads: set[str] = set()
    out: list[Person] = []
    for p in people:
        first, _, rest = p.name.partition(" ")
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
