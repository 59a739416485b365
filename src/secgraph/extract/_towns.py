"""A town the gazetteer lacks where the meeting was held: "Security chiefs of Sierra Leone and
Guinea met last week in Kailahun", "the summit held in Bijilo".

GeoNames as shipped has cities of 15,000 people or more, so a district town where border
security talks are often held is missing. When the sentence that reports the meeting holds it
"in" a capitalised name that is no country, no city of the gazetteer and no organisation, and
no other place of the meeting is found, the town is placed, as a border post named with no
side is (``_border``), in the first country the text names that it does not call the guest:
the reporting side, marked for review as a guess.
"""

from __future__ import annotations

import re

from ._border import home_country, named_countries, placed_town
from ._heldat import held_at_town
from ._lexicon import Lexicon
from ._text import Sentence

__all__ = ["force_country", "small_town", "town_venue", "unknown_town"]

#: the meeting held in a name: "met last week in X", "was held in X", "talks in X"
_HELD_IN = re.compile(
    r"\b(?:met|meet|held|took place|convened|talks|meeting|consultations)\b"
    # ("held its fourth session on Sunday in X"; not "at the army headquarters in X")
    r"(?:\s+(?!(?:headquarters|base|camp|barracks|garrison|embassy)\b)(?:[a-z]+|on \w+day)){0,5}"
    # "held last week at the Sir Dawda Kairaba Jawara International Conference Centre in X"
    # (not "at the BGP Headquarters in X": a force's seat, maybe the other side's)
    r"(?:\s+at\s+(?:the\s+)?(?:[A-Z][\w'-]*\s+){1,8}(?:Centre|Center|Hotel|Hall|House|"
    r"Building|Palace|Academy|College|School))?\s+in\s+$"
)
#: the meeting held at a force's seat in a town: "held at the BGP headquarters in X"
_FORCE_SEAT = re.compile(
    r"\b(?:met|held|took place|convened|talks|meeting|conference)\b[^.;]{0,60}?\bat\s+the\s+"
    r"([A-Z]{2,6})\s+(?:[Hh]eadquarters|[Bb]ase|[Cc]amp|[Bb]arracks|[Gg]arrison)\s+in\s+$"
)
_NAME = re.compile(r"[A-Z][a-z\u00e0-\u00ff'\u2019-]{2,}(?: [A-Z][a-z\u00e0-\u00ff'\u2019-]{2,})?")
_NOT_TOWN = re.compile(
    r"^(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|This|Parliament|"
    r"Camp|Fort|Base|Hotel|Ministry|Hall|House|Palace|Centre|Center|State|Province|Region|"
    r"District|County|Office|Headquarters|Room|Building|"
    # the first word of an institution's name: "at National Defence Headquarters", "at Marine
    # Barracks Fort Bonifacio" (not the towns National and Marine in the United States)
    r"National|Marine|Naval|Military|Federal|Royal|Joint|Central|Armed|Presidential)\b"
)


def unknown_town(
    text: str,
    at: int,
    name: str,
    sentences: list[Sentence],
    lexicon: Lexicon,
    *,
    told_only: bool = False,
) -> tuple[str, str, str] | None:
    """(name, ISO alpha-3, why) for a town the gazetteer lacks named at ``at`` ("in X")
    after the meeting's verb, or None. With ``told_only`` (a name the gazetteer has only in a
    country the text does not place it in), only a country the text itself gives the town:
    a force's seat, an apposition."""
    name = name.rstrip(".,;:")
    seat = _FORCE_SEAT.search(text, max(0, at - 160), at + 3)
    held = _HELD_IN.search(text, max(0, at - 160), at + 3) or held_at_town(text, at, name)
    if not (held or seat) or not _NAME.fullmatch(name):
        return None
    if _NOT_TOWN.match(name) or any(w in lexicon.country_forms for w in name.split()):
        return None
    if re.match(r"\s*,\s+[A-Z]", text[text.find(name, at) + len(name) :]):
        return None  # "in Queenscliff, Victoria": a region or a city the rules could not place
    if seat is not None:  # "at the BGP headquarters in X": the town of that force's seat
        force = force_country(seat.group(1), sentences, lexicon)
        return (name, force, "the town of a force's seat") if force is not None else None
    told = _apposed(text, text.find(name, at) + len(name), lexicon)
    if told is not None:  # "in Gyirong, a county in southwest China's Xizang"
        return name, told, "a town the text places in its country"
    if told_only:
        return None
    town = placed_town(name, named_countries(sentences, lexicon), lexicon)
    if town is not None:  # a small town of one of the countries named
        return name, town, "a small town of a country the text names"
    home = home_country(sentences, lexicon)
    if home is None:
        return None
    return name, home, "a town the gazetteer lacks, placed in the first country the text names"


def small_town(
    s: Sentence, at: int, name: str, sentences: list[Sentence], lexicon: Lexicon
) -> tuple[str, str, None] | None:
    """(name, ISO alpha-3, None) of a small town of a country the text names, where a heading
    or the sentence that reports the meeting holds it "in" that town ("Committee meets in
    Simon's Town", "held its fourth session on Sunday in the city of Zouerate"), or None."""
    name = name.rstrip(".,;:")
    if not (s.heading or _HELD_IN.search(s.text, max(0, at - 160), at + 3)):
        return None
    if not _NAME.fullmatch(name) or _NOT_TOWN.match(name):
        return None
    town = placed_town(name, named_countries(sentences, lexicon), lexicon)
    return (name, town, None) if town is not None else None


#: a seat named after its town: "at Northwood Headquarters", "at Northwood, the headquarters of"
_TOWN_VENUE = re.compile(
    r"\bat\s+(?:the\s+)?([A-Z][a-z\u00e0-\u00ff'\u2019-]{2,}"
    r"(?: [A-Z][a-z\u00e0-\u00ff'\u2019-]{2,})?)"
    r"(?:\s+(?:Headquarters|Barracks|Garrison|Cantonment|Naval Base|Air Base)\b"
    # "held at Northwood, the headquarters of the Joint Forces Command"
    r"|,\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:headquarters|home|seat|base)\s+of\b)"
)


def town_venue(
    text: str, sentences: list[Sentence], lexicon: Lexicon
) -> tuple[str, str, None] | None:
    """(name, ISO alpha-3, None) of the town a seat is named after ("met at Northwood
    Headquarters"), when it is a small town of the one country the text names with a town of
    that name; or None."""
    m = _TOWN_VENUE.search(text)
    if m is None or _NOT_TOWN.match(m.group(1)):
        return None
    if any(w in lexicon.country_forms for w in m.group(1).split()):
        return None  # "at the Kenyan Army Barracks": a side
    town = placed_town(m.group(1), named_countries(sentences, lexicon), lexicon)
    return (m.group(1), town, None) if town is not None else None


def force_country(acronym: str, sentences: list[Sentence], lexicon: Lexicon) -> str | None:
    """The country (ISO alpha-3) of a force the text introduces by its acronym with its
    country: "Myanmar's Border Guard Police (BGP)", "Border Guard Bangladesh (BGB)"."""
    mark = f"({acronym})"
    for s in sentences:
        at = s.text.find(mark)
        if at < 0:
            continue
        clause = re.split(r",|;|\band\b", s.text[max(0, at - 80) : at])[-1]
        found = [lexicon.country_forms[m.group()] for m in lexicon.country_pattern.finditer(clause)]
        return found[-1][0] if found and found[-1][1] != "capital" else None
    for s in sentences:  # "the TTCG" of "the Trinidad and Tobago Coast Guard": its initials
        for c in lexicon.country_pattern.finditer(s.text):
            form = lexicon.country_forms[c.group()]
            head = "".join(w[0] for w in c.group().split() if w not in ("and", "of", "the"))
            tail = _CAPITALS.match(s.text, c.end())
            words = tail.group().split() if tail is not None else []
            if form[1] != "capital" and any(
                head + "".join(w[0] for w in words[:k]) == acronym for k in range(1, len(words) + 1)
            ):
                return form[0]
    return None


#: capitalised words after a country's name: "Coast Guard" in "Trinidad and Tobago Coast Guard"
_CAPITALS = re.compile(r"(?:\s+[A-Z][\w'-]*){1,4}")


#: a town's country in apposition: "Gyirong, a county in southwest China's Xizang Autonomous
#: Region", "X, a border town in northern Ghana", "X, a village of Kenya's Turkana County"
_APPOSED = re.compile(
    r",\s+(?:a|the)\s+(?:[\w-]+\s+){0,3}?(?:town|city|county|village|district|port|"
    r"municipality|township|settlement)\s+(?:in|of|on)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}"
    r"([A-Z][\w-]+(?:\s[A-Z][\w-]+)?)"
)


def _apposed(text: str, end: int, lexicon: Lexicon) -> str | None:
    """The country (ISO alpha-3) an apposition after a town's name gives it ("X, a county in
    southwest China's Xizang"), or None."""
    m = _APPOSED.match(text, end)
    if m is None:
        return None
    for n in (2, 1):
        words = m.group(1).split()[:n]
        form = lexicon.country_forms.get(re.sub(r"['\u2019]s$", "", " ".join(words)))
        if form is not None and form[1] != "capital":
            return form[0]
    return None
