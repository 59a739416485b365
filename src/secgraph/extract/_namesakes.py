"""Whether a name the text places a meeting in is the city it seems to be.

The gazetteer holds one city per name (the most populous), so a name may stand for a
namesake in another country ("Tripoli" between Lebanon and Syria is Lebanon's), for a small
town of a country the story does not concern ("troops at Tapa" in Estonia, not India's Tapa),
for the first word of a longer name ("Metro" of "Metro Manila"), or for a person ("Austin
hosted ..."). A town the gazetteer lacks may be placed by the text ("the Algerian city of El
Tarf"), and a place by the city named after it ("in Sentul, Bogor").
"""

from __future__ import annotations

import re

from ._cities import countries_of, resolve_city
from ._lexicon import Lexicon, city_population
from ._provinces import subdivision_countries
from ._text import Sentence

__all__ = [
    "described",
    "hosting_city",
    "large_city",
    "namesake",
    "naming",
    "part_of_longer",
    "stray",
    "wider",
]


def stray(
    name: str,
    country: str,
    sentences: list[Sentence],
    lexicon: Lexicon,
    here: Sentence | None = None,
) -> bool:
    """Whether a small town of the gazetteer (no capital, under 100,000 people) lies in a
    country the text never names, or names once in another sentence than the town's: a
    namesake elsewhere ("British troops at Tapa" in a story about Estonia: India's Tapa; "the
    coast guard's headquarters in Chaguaramas" in a Caribbean story naming Venezuela once:
    Venezuela's Chaguaramas). A city known on its own (New York, Geneva) is no namesake."""
    if (
        lexicon.country_forms.get(name, ("", ""))[1] == "capital"
        or city_population(name) >= 100_000
    ):
        return False
    named = naming(sentences, lexicon).get(country, [])
    return not named or (here is not None and len(named) == 1 and named[0] != here.index)


_NOT_NAME_WORD = re.compile(
    r"(?:City|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    r"April|May|June|July|August|September|October|November|December|On|In|At|For|And|The)\b"
)


def namesake(name: str, country: str, sentences: list[Sentence], lexicon: Lexicon) -> str:
    """The country of the city ``name`` the text means: when the gazetteer's city (the most
    populous of its name, or a capital) lies in a country the text never names and exactly one
    country it names has a city of that name, that one's."""
    named = {  # not counting the city itself: "Tripoli" names Libya as its capital
        lexicon.country_forms[m.group()][0]
        for x in sentences
        for m in lexicon.country_pattern.finditer(x.text)
        if m.group() != name
    }
    if country in named:
        return country
    iso3 = {c.iso2: c.iso3 for c in lexicon.reference.countries.values()}
    others = {iso3[c] for c in countries_of(name) if c in iso3} & named
    if not others:  # "in Bali": a province of a country the text names, not India's town
        others = set(subdivision_countries(name)) & named
    return others.pop() if len(others) == 1 else country


def part_of_longer(
    name: str, phrase: str, country: str, sentences: list[Sentence], lexicon: Lexicon
) -> bool:
    """Whether a gazetteer city matched only the first words of a longer place name ("Metro"
    of "Metro Manila") in a country the text never names: a namesake of a word, not the city.
    A country's capital or the text's own countries keep their cities ("Kampala Serena")."""
    rest = phrase[len(name) :].split()
    if not phrase.startswith(name) or not rest or _NOT_NAME_WORD.match(rest[0]):
        return False
    if lexicon.country_forms.get(name, ("", ""))[1] == "capital":
        return False
    return country not in naming(sentences, lexicon)


def hosting_city(name: str, sentences: list[Sentence], lexicon: Lexicon) -> bool:
    """Whether a name before "hosted" is a city: a capital, or a large city of a country the
    text names, that the text never writes after another capitalised word ("Lloyd Austin",
    "Secretary Austin": a person)."""
    if not (
        large_city(name, lexicon)
        and (
            lexicon.country_forms.get(name, ("", ""))[1] == "capital"
            or _country_named(name, sentences, lexicon)
        )
    ):
        return False
    person = re.compile(
        rf"\b(?!(?:In|At|To|From|The|And|For|On|Of)\b)[A-Z][\w.'-]*\s+{re.escape(name)}\b"
    )
    return not any(person.search(s.text) for s in sentences)


def _country_named(name: str, sentences: list[Sentence], lexicon: Lexicon) -> bool:
    """Whether the text names the country of the gazetteer's city ``name``."""
    place = resolve_city(name, lexicon)
    return place is not None and bool(naming(sentences, lexicon).get(place[1]))


def large_city(name: str, lexicon: Lexicon) -> bool:
    """A capital or a city of 100,000 people or more: a venue named after it is in it."""
    return (
        lexicon.country_forms.get(name, ("", ""))[1] == "capital"
        or city_population(name) >= 100_000
    )


def naming(sentences: list[Sentence], lexicon: Lexicon) -> dict[str, list[int]]:
    """The sentences that name each country (by any of its forms), in order."""
    out: dict[str, list[int]] = {}
    for s in sentences:
        for m in lexicon.country_pattern.finditer(s.text):
            out.setdefault(lexicon.country_forms[m.group()][0], []).append(s.index)
    return out


def described(phrase: str, lexicon: Lexicon) -> tuple[str, str, str | None] | None:
    """A town the gazetteer lacks, placed by the text: "in the Algerian city of El Tarf"."""
    m = re.search(
        r"\bthe\s+(?:[a-z-]+\s+)?([A-Z][\w-]*)\s+(?:[a-z-]+\s+)?(?:city|town|port|village)\s+"
        r"of\s+(.+)$",
        phrase,
    )
    if m is None:
        return None
    form = lexicon.country_forms.get(m.group(1))
    if form is None or form[1] != "adjective":
        return None
    return m.group(2).strip(), form[0], None


def wider(
    text: str, end: int, country: str, sentences: list[Sentence], lexicon: Lexicon
) -> tuple[str, str, str | None] | None:
    """The city named after a place and a comma, when the place's own country is one the text
    never names and the city's is ("the centre in Sentul, Bogor, West Java")."""
    after = re.match(r",\s+([A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+)?)", text[end:])
    if after is None:
        return None
    city = resolve_city(after.group(1), lexicon) or resolve_city(after.group(1).split()[0], lexicon)
    if city is None or city[1] == country:
        return None
    named = naming(sentences, lexicon)
    return city if country not in named and city[1] in named else None
