"""Mentions of a country that name no country the talks discussed, read with the whole text.

``_talkedof`` reads one sentence; these need the text's parties or its other sentences:

- a person's surname that is a country's name: "Lt. Gen. Derek France-Moreno" (then every
  "France-Moreno said" of the text), "Lieutenant General Derek France, Commander of ...";
- the European Union's seats when the EU is a party: "as Brussels seeks to deepen ties", "the
  next meeting in Brussels" (the EU, not Belgium);
- the place of a meeting still to come: "The next working group is planned for Stuttgart,
  Germany, in 2027", "the Association Council, expected to convene in Luxembourg in 2027";
- a name whose country word names none: "the Organization of American States", "British
  Columbia", "Latin America";
- a trip still to come told with "departs" or "leaves": "the Secretary departs tomorrow for
  Brussels";
- a capital's name that is a party's region after a town: "a plant in Geelong, Victoria"
  (Australia's state, not the Seychelles' capital);
- a country's way of doing things: "under the so-called Danish model";
- a currency: "deals worth more than US$20 billion";
- the European Union as a club of states: "the neighbouring EU states", "his EU counterparts";
- the European Union as where migrants or routes go: "persons trying to reach the European
  Union through Belarus", "migrants pushed towards the EU" (the keys of seven development
  articles leave it out, and count none of it; "the EU's external border" they split on).

The keys of the development sets count none of these as discussed.
"""

from __future__ import annotations

import re

from ._countries import Mention
from ._regions import region_countries
from ._text import Sentence

__all__ = ["untalked"]

#: a rank or a courtesy title, then a given name, before the mention: a surname
_RANKED_NAME = re.compile(
    r"\b(?:General|Gen\.|Lieutenant General|Lt\.?\s+Gen\.|Major General|Maj\.?\s+Gen\.|"
    r"Brigadier(?: General)?|Admiral|Adm\.|Vice Admiral|Rear Admiral|Colonel|Col\.|Captain|"
    r"Capt\.|Commander|Cdr\.|Major|Maj\.|Lieutenant|Lt\.|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Ambassador|"
    r"Minister|Secretary|Director|Commissioner)\s+[A-Z][a-z]+\s+$"
)
#: a double surname: "France-Moreno"
_DOUBLE = re.compile(r"-[A-Z][a-z]+\b")
#: the EU's seats
_EU_SEATS = frozenset(["Brussels", "Strasbourg", "Luxembourg"])
#: a meeting still to come in the sentence: "The next working group is planned for"
_TO_COME = re.compile(
    r"\b(?:next|upcoming|following)\s+(?:[\w-]+\s+){0,4}?(?:meeting|round|session|dialogue|"
    r"talks|group|edition|consultations|council|committee|commission)\b"
    r"|\b(?:expected|scheduled|planned|due)\s+to\s+(?:convene|meet|take place|be held)\b"
    r"|\b(?:will|would)\s+(?:be\s+held|take\s+place|convene|meet\s+again)\b",
    re.I,
)
#: the mention as that meeting's place: "in Brussels", "for Stuttgart, Germany", "in Luxembourg"
_PLACE_BEFORE = re.compile(
    r"\b(?:in|for|at)\s+(?:[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?,\s+)?(?:the\s+)?$"
)
#: names whose country word names no country
_NOT_A_COUNTRY = re.compile(
    r"\bOrgani[sz]ation\s+of\s+American\s+States\b|\bBritish\s+(?:Columbia|Isles)\b"
    r"|\b(?:Latin|South|Central|North)\s+America\b"
)
#: a trip to come: "departs tomorrow for", "leaves on Monday for"
_DEPARTS = re.compile(
    r"\b(?:departs?|leaves?|heads?|will\s+depart|will\s+leave)\s+(?:\w+\s+){0,3}?for\s+$"
)


def untalked(
    sentences: list[Sentence], mentions: list[list[Mention]], parties: list[str]
) -> set[tuple[int, int]]:
    """(sentence index, offset) of the mentions that name no country talked about (see the
    module's docstring)."""
    by_index = {s.index: s.text for s in sentences}
    out: set[tuple[int, int]] = set()
    surnames: set[str] = set()
    for ms in mentions:
        for m in ms:
            text = by_index.get(m.sentence)
            if text is None:
                continue
            before = text[: m.start]
            if m.kind == "name" and _RANKED_NAME.search(before):
                out.add((m.sentence, m.start))  # "Lt. Gen. Derek France-Moreno"
                double = _DOUBLE.match(text, m.end)
                if double is not None:
                    surnames.add(m.surface + double.group())
            elif _untalked_here(text, m, parties):
                out.add((m.sentence, m.start))
    for ms in mentions:
        for m in ms:
            text = by_index.get(m.sentence, "")
            if any(text.startswith(n, m.start) for n in surnames):
                out.add((m.sentence, m.start))  # "France-Moreno said"
    return out


#: a town and a comma before a region's name: "in Geelong, Victoria"
_TOWN_COMMA = re.compile(r"\b[A-Z][\w'\u2019-]+,\s+$")
#: a country's model: "the so-called Danish model", "the Finnish formula"
_MODEL_AFTER = re.compile(r"\s+(?:model|formula)\b")


#: the EU as its members: "EU states", "EU counterparts"
_EU_CLUB = re.compile(r"\s+(?:states|countries|members|counterparts|partners|colleagues)\b")
#: the EU as a destination: "trying to reach the", "pushed towards the", "migration into the"
_INTO_EU = re.compile(r"\b(?:reach|reaching|reached|towards?|into|entering|enter)\s+(?:the\s+)?$")


def _untalked_here(text: str, m: Mention, parties: list[str]) -> bool:
    before = text[: m.start]
    if text.startswith("$", m.end):
        return True  # "US$20 billion": a currency
    if m.iso3 == "EUU" and _EU_CLUB.match(text, m.end):
        return True  # "the neighbouring EU states", "his EU counterparts"
    if m.iso3 == "EUU" and _INTO_EU.search(before):
        return True  # "persons trying to reach the European Union through Belarus"
    if (
        m.kind == "capital"
        and _TOWN_COMMA.search(before)
        and region_countries(m.surface) & set(parties)
    ):
        return True  # "a plant in Geelong, Victoria": a party's state
    if m.kind == "adjective" and _MODEL_AFTER.match(text, m.end):
        return True  # "under the so-called Danish model"
    if "EUU" in parties and m.surface in _EU_SEATS:
        return True  # "as Brussels seeks to deepen ties": the EU's seat
    if _PLACE_BEFORE.search(before) and any(
        c.end() <= m.start < c.end() + 80 for c in _TO_COME.finditer(text)
    ):
        return True  # "The next working group is planned for Stuttgart, Germany"
    if _DEPARTS.search(before):
        return True  # "the Secretary departs tomorrow for Brussels"
    return any(
        n.start() <= m.start < n.end() for n in _NOT_A_COUNTRY.finditer(text)
    )  # "the Organization of American States"
