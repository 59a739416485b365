"""A country's regions of any level by name: "talks in Bali" is Indonesia's province.

The gazetteer holds one city per name, so a province or island the text places a meeting in
may resolve to a namesake town of a country the story never names (Bali: a town in India).
ISO 3166-2 as ``pycountry`` ships it lists every subdivision, first-level or not (Bali is a
province under the geographical unit Nusa Tenggara); a name one of the text's own countries
has as a region is that country's, not the far namesake's.
"""

from __future__ import annotations

from functools import cache

from ._cities import fold

__all__ = ["subdivision_countries"]


@cache
def _subdivisions() -> dict[str, frozenset[str]]:
    import pycountry

    out: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        country = pycountry.countries.get(alpha_2=sub.country_code)
        if country is not None:
            out.setdefault(fold(sub.name), set()).add(country.alpha_3)
    return {k: frozenset(v) for k, v in out.items()}


def subdivision_countries(name: str) -> frozenset[str]:
    """The countries (ISO alpha-3) with a region of any level of that name.

    >>> sorted(subdivision_countries("Bali"))
    ['IDN']
    >>> subdivision_countries("Springfield")
    frozenset()
    """
    return _subdivisions().get(fold(name), frozenset())
