"""A meeting held at a border post, or in a town the gazetteer lacks but the text places.

Border security talks are often held at the border itself: "at the Kapitan Andreevo border
checkpoint", "at the Torkham Border Post", "at the border crossing point of Kasani", "in the
border town of Moreh". Such a post or small town is seldom in the gazetteer (GeoNames' cities
of 15,000 people or more), so the text must say whose side it is on:

1. the phrase names its country: "the Ugandan border town of Busia" (whatever the
   gazetteer's Busia);
2. the gazetteer knows the name, in a country the text names; or the words after it name the
   side: "X, on the Peruvian side", "X, in the Puno region" (a region named after a city of
   the gazetteer);
3. a word of the post's name is a city of the gazetteer in a country the text names ("Jadidat
   Arar" beside Saudi Arabia's Arar);
4. else the first country the text names (its headline, or the agency's name above it),
   unless the text calls it the guest ("hosted a Guinean delegation"): a national agency or
   ministry names its own country first, and a border meeting is most often held on the
   reporting side (marked for review as a guess).

A town the gazetteer lacks, followed by its region ("in Desaguadero, Puno region", "in X, in
the Y province", "in Queenscliff, Victoria": a first-level region of a country the text
names), takes the region's country by rule 2 (:func:`placed_by_region`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ._cities import resolve_city
from ._heldat import country_after, held_after
from ._lexicon import Lexicon
from ._provinces import subdivision_countries
from ._regions import region_countries
from ._smalltowns import town_in
from ._text import Sentence

__all__ = [
    "BorderPost",
    "border_post",
    "home_country",
    "named_countries",
    "placed_by_region",
    "placed_town",
]

#: ("the Melchor de Mencos border station": a particle between a name's words)
_NAME = r"[A-Z][\w'\u2019-]*(?:(?: (?:de|del|la|el|da|do|dos|das))?[ -][A-Z][\w'\u2019-]*){0,2}"
_KIND = (
    r"(?:[Cc]rossing(?:[ -][Pp]oint)?|[Cc]heck[- ]?[Pp]oint|[Pp]ost|[Gg]ate|[Ss]tation|"
    r"[Cc]rossing [Pp]oint)"
)
_POST = re.compile(
    # "at the border crossing point of Kasani", "in the border town of Moreh", "at the Peruvian
    # border post of X"
    rf"\b(?:at|in) the (?:(?P<adj>[A-Z][\w-]*) )?(?:[a-z]+ )?(?:border|frontier) "
    rf"(?:{_KIND}|town|city|village|settlement|market)\s+(?:of|at)\s+(?P<b>{_NAME})"
    # "at the Kapitan Andreevo border checkpoint", "at the Torkham Border Post"
    # ("at the Bagratashen-Sadakhlo checkpoint": a checkpoint named by its two towns)
    # ('at the "Oybek" automobile checkpoint': a post's name in quotes, a road's kind)
    rf"|\b(?:at|in) (?:the )?[\"\u201c\u00ab]?(?P<a>{_NAME})[\"\u201d\u00bb]? "
    r"(?:(?:automobile|road|railway|rail|motor|vehicle|customs) )?"
    r"(?:(?:[Bb]order|[Ff]rontier) "
    rf"{_KIND}|"
    r"(?P<pair>[Cc]heck[- ]?[Pp]oint))\b"
    # "met at the Paga border to review ...": a border town named with the border alone
    rf"|\bat the (?P<c>{_NAME}) border\b(?!\s*(?:{_KIND}|town|city|village|with|between|of|"
    r"areas?|regions?|districts?|provinces?|zones?|security|police|guards?|forces?|posts?|"
    r"committee|commission|issues?|management|officials?|authorities|control|patrols?|"
    r"-|\u2013)\b)"
)
#: words of a post's kind, not of its name: "the Namanga One Stop Border Post" is Namanga's
_GENERIC_TAIL = re.compile(
    r"(?:^|\s+)(?:(?:One[ -]Stop|Joint|Main|International|Integrated|Binational|Bilateral|"
    r"National|Common|New|Old|Central|Regional)\s*)+$"
)
#: the meeting before the post: "a meeting ... held at the X border crossing"
#: a checkpoint placed in its region: "at the Torugart checkpoint in Naryn region"
_IN_REGION = re.compile(
    r"\s+in\s+(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)?\s+"
    r"(?:region|province|district|oblast|Region|Province|District|Oblast)\b"
)
_MEETING_BEFORE = re.compile(
    r"\b(?:held|met|meet|meeting|talks|took place|convened|hosted|gathered|session|"
    r"consultations|dialogue)\b"
    # at most twenty words between, none that makes the post a topic ("talks focused on
    # smuggling at the Torkham border crossing", "discussed the reopening of")
    # ("met on Wednesday at the X border crossing": a day, not a topic)
    # ("met on March 27-28 at the X border post": a date too)
    r"(?:\s+(?!(?:on(?!\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d|"
    r"January|February|March|April|May|June|July|August|September|October|November|"
    r"December))|"
    r"about|over|regarding|concerning|discussed|focused|reviewed|addressed|"
    r"reopen\w*|clos\w*|situation|traffic|trade|smuggl\w*|crossings?|attacks?|incidents?)\b)"
    r"[\w'\u2019,().-]+){0,20}\s+$",  # ("met on 26.X.2026 at")
    re.I,
)
#: the side after the name: "X, on the Peruvian side", "X, in the Puno region"
#: ("at the X border post on the Goascorán river, on the Salvadoran side": its river between)
_SIDE = re.compile(
    r"(?:\s+(?:on|by|near)\s+the\s+[A-Z][\w'\u2019-]*\s+(?:[Rr]iver|[Ll]ake|[Bb]ay|[Cc]reek))?"
    r",?\s+on the ([A-Z][\w-]+) side\b"
)
#: a guest side: "hosted a high-level Guinean delegation", "received the Turkish delegation"
_GUEST = re.compile(
    r"\b(?:hosted|received|welcomed)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?([A-Z][\w-]+)\s+"
    r"(?:delegation|side|team)\b"
)
_REGION = re.compile(
    r",?\s+(?:in\s+)?(?:the\s+)?([A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+)?)\s+"
    r"(?:[Rr]egion|[Pp]rovince|[Dd]epartment|[Dd]istrict|[Gg]overnorate|[Ss]tate|[Cc]ounty|"
    r"[Oo]blast|[Pp]refecture)\b"
)


#: a date after the post: the event's place and time ("at the X checkpoint on March 26-27")
_DATED = re.compile(
    r",?\s+(?:on|from)\s+(?:\d|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"January|February|March|April|May|June|July|August|September|October|November|December)"
)
_TALKED = re.compile(r"\b(?:discussed|reviewed|met|held|talks)\b")


@dataclass(frozen=True)
class BorderPost:
    """A border post or town as the meeting's place: its name, its country (ISO alpha-3), a
    reference place's id, and, when its side was guessed (rule 4), why."""

    name: str
    country: str
    place_id: str | None = None
    guess: str | None = None


def named_countries(sentences: list[Sentence], lexicon: Lexicon) -> list[str]:
    """The countries the text names, in the order it first names them."""
    out: list[str] = []
    for s in sentences:
        for m in lexicon.country_pattern.finditer(s.text):
            iso3 = lexicon.country_forms[m.group()][0]
            if iso3 not in out:
                out.append(iso3)
    return out


def _side(text: str, end: int, lexicon: Lexicon, named: list[str]) -> str | None:
    """The country the words after a place name put it in ("on the Peruvian side", "in the
    Puno region"), when the text names that country."""
    side = _SIDE.match(text, end)
    if side is not None:
        form = lexicon.country_forms.get(side.group(1))
        if form is not None and form[0] in named:
            return form[0]
    region = _REGION.match(text, end)
    if region is not None:
        form = lexicon.country_forms.get(region.group(1))
        if form is not None and form[1] != "capital":
            return form[0] if form[0] in named else None
        city = resolve_city(region.group(1), lexicon)
        if city is not None and city[1] in named:
            return city[1]
    told = country_after(text, end, lexicon)  # "at the X border station, Petén, in Guatemala"
    if told is not None and told in named:
        return told
    state = _STATE.match(text, end)  # "in Queenscliff, Victoria, on 4 March": a state's name
    if state is not None:
        regions = region_countries(state.group(1)) | subdivision_countries(state.group(1))
        inside = [c for c in regions if c in named]  # ("Nusa Dua, Bali": a lower province)
        if len(inside) == 1:
            return inside[0]
    return None


#: a region's bare name after a town: "in Queenscliff, Victoria," (a comma before, and the
#: clause going on or ending after)
_STATE = re.compile(
    r",\s+([A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+){0,2})(?=\s*(?:[,.;)]|$|\s(?:on|for|from|"
    r"to|in|this|last|and|where)\b))"
)


def placed_by_region(
    text: str, end: int, name: str, sentences: list[Sentence], lexicon: Lexicon
) -> BorderPost | None:
    """A town the gazetteer lacks, placed by the region named after it ("in Desaguadero, Puno
    region"): None when no region follows or its country is one the text does not name."""
    country = _side(text, end, lexicon, named_countries(sentences, lexicon))
    return BorderPost(name, country) if country is not None else None


def placed_town(name: str, named: list[str], lexicon: Lexicon) -> str | None:
    """The country (ISO alpha-3) of the one country the text names with a small town of that
    name (``_smalltowns``), or None."""
    countries = lexicon.reference.countries
    iso2 = {countries[c].iso2: c for c in named if c in countries}
    found = town_in(name, frozenset(iso2))
    return iso2[found] if found is not None else None


def home_country(sentences: list[Sentence], lexicon: Lexicon) -> str | None:
    """The first country the text names that it does not call the guest ("hosted a Guinean
    delegation"): the reporting side."""
    guests = {
        lexicon.country_forms[g.group(1)][0]
        for x in sentences
        for g in _GUEST.finditer(x.text)
        if g.group(1) in lexicon.country_forms
    }
    return next((c for c in named_countries(sentences, lexicon) if c not in guests), None)


def border_post(
    s: Sentence, sentences: list[Sentence], lexicon: Lexicon, *, filed: str | None = None
) -> BorderPost | None:
    """The border post or town a sentence holds the meeting at, with its country, or None.
    ``filed`` is the country (ISO alpha-3) of the city the story was filed from: the
    reporting side, before the first country the text names ("QUITO - ... talks at the
    Rumichaca border post" under a headline naming Colombia first)."""
    for m in _POST.finditer(s.text):
        if (
            _MEETING_BEFORE.search(s.text, 0, m.start()) is None
            and not (_DATED.match(s.text, m.end()) and _TALKED.search(s.text, 0, m.start()))
            and not held_after(s.text, m.end())  # "On 1 October, at the X crossing, a meeting"
        ):
            continue  # (but "discussed ... at the X checkpoint on March 26-27": its time too)
        quoted = m.group("a") and s.text[m.start("a") - 1] in '"\u201c\u00ab'
        if (
            m.group("pair")
            and "-" not in m.group("a")
            and not quoted  # ('at the "Oybek" checkpoint': a post's own name)
            and not _IN_REGION.match(s.text, m.end())
        ):
            continue  # "at the army checkpoint": no border post named by its towns
        name = _GENERIC_TAIL.sub("", (m.group("a") or m.group("b") or m.group("c") or "").strip())
        if not name or lexicon.country_forms.get(name.split()[0]) is not None:
            continue  # "at the Bulgarian border checkpoint": a side, not a name
        if m.group("c") and any(w in lexicon.country_forms for w in re.split(r"[- ]", name)):
            continue  # "at the Kenya-Somalia border": two sides, no town
        named = named_countries(sentences, lexicon)
        adjective = lexicon.country_forms.get(m.group("adj") or "")
        if adjective is not None and adjective[0] in named:  # "the Ugandan border town of"
            return BorderPost(name, adjective[0])
        known = resolve_city(name, lexicon)
        if known is not None and known[0] == name and known[1] in named:
            return BorderPost(known[0], known[1], known[2])
        country = None
        country = country or _side(s.text, m.end(), lexicon, named)
        if country is None:
            words = [resolve_city(w, lexicon) for w in name.replace("-", " ").split()]
            country = next((w[1] for w in words if w is not None and w[1] in named), None)
        if country is not None:
            return BorderPost(name, country)
        pair = re.fullmatch(r"([A-Z][^\W\d_]{2,}(?: [A-Z][^\W\d_]+)*)-[A-Z][^\W\d_]{2,}.*", name)
        town = placed_town(pair.group(1) if pair is not None else name, named, lexicon)
        if town is not None:  # "the Bagratashen-Sadakhlo checkpoint": Armenia's Bagratashen
            return BorderPost(pair.group(1) if pair is not None else name, town)
        home = home_country(sentences, lexicon)
        home = filed if filed is not None and filed in named else home
        if home is not None:
            # "the Horgoš-Röszke border crossing": a crossing named by its two towns, the
            # reporting side's first
            return BorderPost(
                pair.group(1) if pair is not None else name,
                home,
                None,
                "the border post's side is the first country the text names",
            )
    return None
