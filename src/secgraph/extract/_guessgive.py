"""A guessed side gives way to a head the text names: "TITLE, A, hosted a delegation of the
Ministry of Defence of Ukraine led by TITLE B". When a rule only guessed A's side (the other
side of B, the only party with no official) and a "led by" phrase of the same sentence puts B
at the head of that side, A, another head of that sentence, is of the other party.
"""

from __future__ import annotations

from dataclasses import replace

from ._names import Person, name_key

__all__ = ["give_way"]


def give_way(people: list[Person], heads: list[Person], parties: list[str]) -> list[Person]:
    """``people`` with each head whose side was only guessed, and who shares a sentence and a
    side with a head a leading phrase named, moved to the other party (two parties only).

    >>> a = Person("Jan Nowak", country="UKR", leader=True, sentence=1, review="side inferred: x")
    >>> b = Person("Ivan Petrenko", country="UKR", leader=True, sentence=1)
    >>> [p.country for p in give_way([a, b], [b], ["POL", "UKR"])]
    ['POL', 'UKR']
    """
    if len(parties) != 2:
        return people
    named = {(h.country, h.sentence, name_key(h.name)) for h in heads if h.review is None}
    out = []
    for p in people:
        guessed = p.leader and (p.review or "").startswith("side inferred")
        if guessed and any(
            (p.country, p.sentence) == (c, i) and name_key(p.name) != k for c, i, k in named
        ):
            other = parties[1] if p.country == parties[0] else parties[0]
            p = replace(p, country=other)
        out.append(p)
    return out
