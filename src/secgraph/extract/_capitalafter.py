"""A quarter, a compound or a venue's name before its capital: the capital is the place.

"held at Bandaara Koshi, Malé", "at the coast guard's headquarters in Port Area, Manila": the
name before the comma is a quarter of the capital or a venue in it (the gazetteer may know a
quarter as a town of its own), and a story's place is the city. Only a capital after the comma
counts, and only one of the same country ("in Sentul, Bogor" is another rule's), so "in Subic
Bay, Zambales" keeps its town.
"""

from __future__ import annotations

import re

from ._cities import capital, fold, resolve_city
from ._lexicon import Lexicon

__all__ = ["capital_after"]

_AFTER = re.compile(r",\s+([A-Z][\w'\u2019.-]+(?:\s+[A-Z][\w'\u2019.-]+)?)(?=[,.;]|\s+[a-z]|$)")


def capital_after(
    text: str, end: int, name: str, country: str, lexicon: Lexicon
) -> tuple[str, str, str | None] | None:
    """The capital of ``country`` named after the place ``name`` and a comma (``end``: where the
    place's name ends in ``text``), when the place is not that capital itself; or None."""
    m = _AFTER.match(text, end)
    if m is None:
        return None
    home = capital(lexicon, country)
    if home is None or fold(name) == fold(home):
        return None
    city = resolve_city(m.group(1), lexicon)
    if city is None or city[1] != country or fold(city[0]) != fold(home):
        return None
    return city
