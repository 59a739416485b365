"""A title that names its holder's own country ("Deputy Commander of the Border Guard Command
of the Islamic Republic of Iran", "the Iraqi Ambassador to Tehran") puts its holder on that
side, over the side a list or a sentence's other people gave (a guest's ambassador named
beside the host's officials, an Iranian named after an Iraqi). Not a remit: "the Pakistan
desk", "India Division", "for Afghanistan" (see :func:`_shapes.country_of`)."""

from __future__ import annotations

import re
from dataclasses import replace

from ._lexicon import Lexicon
from ._names import Person
from ._shapes import country_of

__all__ = ["titles_own_side"]

_REMIT = re.compile(
    r"\b(?:[Dd]esk|[Aa]ffairs|[Dd]ivision|[Ss]ection|[Uu]nit|[Bb]ranch|[Rr]elations)\b|"
    # a region, not the United States: "Undersecretary for North America"
    r"\b(?:North|South|Central|Latin)\s+America\b|\bfor\s+the\s+Americas\b"
)


def titles_own_side(people: list[Person], parties: list[str], lexicon: Lexicon) -> list[Person]:
    """``people`` each on the side of the party its title names as its own, if another.

    >>> from types import SimpleNamespace as N
    >>> import re
    >>> lex = N(country_pattern=re.compile("Iran"), country_forms={"Iran": ("IRN", "name")})
    >>> p = Person("A B", "Commander of the Border Guard of Iran", country="IRQ")
    >>> [q.country for q in titles_own_side([p], ["IRN", "IRQ"], lex)]
    ['IRN']
    >>> lex = N(country_pattern=re.compile("America"), country_forms={"America": ("USA", "n")})
    >>> p = Person("C D", "Undersecretary for North America", country="MEX")
    >>> [q.country for q in titles_own_side([p], ["MEX", "USA"], lex)]
    ['MEX']
    """
    out = []
    for p in people:
        words = f"{p.title or ''} {p.organisation or ''}"
        own = country_of(words, lexicon) if p.country in parties else None
        if own in parties and own != p.country and not _REMIT.search(words):
            p = replace(p, country=own)
        out.append(p)
    return out
