"""Which side a person the back-off layer found is on: the clues a clause gives ("For
Guatemala,", "from Indonesia were", "Norway's delegation", "The French minister was
accompanied by", "represented India", "headed the Turkish delegation", "attended from the
Japanese side"), the person a clause names as accompanied ("Joining Manalo were"), and whether
a sentence is set elsewhere on a day of its own (another event's people).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ._countries import Mention
from ._lexicon import Lexicon, city_country
from ._names import Person

__all__ = [
    "SIDE_AFTER_VERBS",
    "SIDE_PIECE",
    "acronym_sides",
    "adjacent_country",
    "by_acronym",
    "companion_side",
    "country_at",
    "elsewhere",
    "local_side",
    "opening_side",
    "posted_side",
    "referent_side",
]

#: the clause opens with a side: "For Guatemala,", "from Indonesia", "On the Moroccan side,"
_SIDE_OPEN = re.compile(
    r"(?:^|\b)(?:[Ff]or|[Ff]rom|[Oo]n behalf of|[Oo]n the|[Ff]rom the|[Rr]epresenting)\s+"
    r"(?:the\s+)?$"
)
_MEET_BETWEEN = re.compile(
    r"\b(?:met|meets|received|hosted|welcomed|called on|counterparts?|visiting|guest)\b"
    r"|\b(?:talks|meeting|dialogue|consultations|discussions)\b[^,;]{0,40}\bwith\b",
    re.I,
)

#: a clause that opens with its side: "For Guatemala, the Minister ...", "On the X side, ..."
SIDE_PIECE = re.compile(
    r"^\s*(?:[Ff]or|[Ff]rom|[Oo]n behalf of)\s+(?:the\s+)?[A-Z][\w'\u2019 .-]{1,40}?,\s+"
    r"|^\s*(?:and\s+)?[Oo]n the [A-Z][\w-]*\s+side,\s+"
)
#: a country word that opens a side: "Norway's delegation", "the Mexican delegation"
_SIDE_WORD = re.compile(
    r"\s*(?:'s|\u2019s)?\s+(?:[A-Z][\w-]*\s+){0,4}(?:side|delegation|team)\b"
    r"|\s+(?:minister|secretary|guest|visitor|official|chief)\s+(?:was|were)\b"
    # "Among the Libyan officials at the table were", "the Indonesian participants were"
    r"|\s+(?:officials|participants|representatives)\s+(?:(?:present|attending|at\s+the\s+"
    r"(?:table|meeting|talks))\s+)?(?:was|were|included)\b"
    r"|\s+(?:was|were)\s+(?:also\s+)?(?:represented|led|headed)\b|\s+by\b"
    r"|\s+counterparts?\b(?:\s+(?:was|were|is|are)\b)?"
)


SIDE_AFTER_VERBS = frozenset(["represented", "headed", "led", "attended", "part"])
_AFTER_SIDE = re.compile(r"[ ,]*(?:(?:represented|headed|led|attended|also|took part)\s+)*")


def country_at(
    clause: str, at: int, offset: int, ms: list[Mention], parties: list[str]
) -> str | None:
    """The party named right after the verb at ``at`` ("represented India", "headed the
    Turkish delegation", "attended from the Japanese side")."""
    lead = _AFTER_SIDE.match(clause, at)
    at = lead.end() if lead is not None else at
    for m in ms:
        start = m.start - offset
        if m.iso3 not in parties or m.kind == "capital" or start < at:
            continue
        gap = clause[at:start]
        if re.fullmatch(r"\s*(?:(?:from|on|for)\s+)?(?:the\s+)?", gap) and (
            re.match(
                r"\s*(?:[A-Z][\w-]*\s+){0,3}(?:delegation|side|team)\b", clause[m.end - offset :]
            )
            or not gap.strip()
        ):
            return m.iso3
        break
    return None


def opening_side(
    clause: str,
    a: int,
    piece: str,
    offset: int,
    ms: list[Mention],
    parties: list[str],
    lexicon: Lexicon,
) -> str | None:
    """The side the clause opens before the piece ("For Guatemala, the Minister ...", "from
    Indonesia were", "The Mexican delegation was headed by X and included"): the last such
    country, with no meeting verb ("met", "with", "received") after it."""
    opening = SIDE_PIECE.match(piece)
    if opening is not None:
        land = lexicon.country_pattern.search(opening.group())
        if land is not None and lexicon.country_forms[land.group()][0] in parties:
            return lexicon.country_forms[land.group()][0]
    best = None
    for m in ms:
        start, end = m.start - offset, m.end - offset
        if m.kind == "capital" or m.iso3 not in parties or start < 0 or end > a:
            continue
        gap = clause[max(0, start - 16) : start]
        word = _SIDE_WORD.match(clause, end)
        opens = _SIDE_OPEN.search(gap) is not None or word is not None
        rest = word.end() if word is not None else end
        if opens and not _MEET_BETWEEN.search(clause, rest, a):
            best = m.iso3
        elif not m.located:
            best = None
    return best


def companion_side(clause: str, placed: list[Person]) -> str | None:
    """The side of the one person already placed whom the clause names ("Joining Manalo
    were ...", "... were with Harada")."""
    sides = {
        p.country
        for p in placed
        # "Joining Quispe were": any name but the given one (double surnames)
        if any(re.search(rf"\b{re.escape(w)}\b", clause) for w in _called_by(p.name))
        # "The CGC was accompanied by": the initials of the title of the Comptroller-General
        # of Customs
        or (_initials(p.title) and re.search(rf"\b{_initials(p.title)}\b", clause))
    }
    return sides.pop() if len(sides) == 1 else None


def _called_by(name: str) -> list[str]:
    """The words a later mention may call a person by: any but the given name (double
    surnames), and the family name first in a Korean name ("Kim" of "Kim Seon-woo", whose
    given name is hyphenated)."""
    words = name.split()
    out = [w for w in (words[1:] or words) if len(w) > 3]
    if len(words) in (2, 3) and re.fullmatch(r"[A-Z][a-z]+-[a-z]+", words[-1]):
        out.append(words[0])
    return out


#: a subject that stands for someone named before: "He", "She", "The minister", "the Secretary"
_REFERENT = re.compile(
    r"\s*(?:(?:He|She)|[Tt]he\s+(?:[A-Za-z-]+\s+){0,2}?(?P<noun>[A-Za-z-]+))\s*"
)  # ("The Federal Minister": a minister)


def referent_side(subject: str, placed: list[Person], index: int) -> str | None:
    """The side of the one a pronoun or a title noun stands for ("He was accompanied by",
    "The minister was joined by", "Accompanying the minister were"): among the people placed
    in earlier sentences who accompany no one (whose title holds the noun, if one is given),
    the side they share, else the side of the first named in the latest such sentence (its
    subject: "A met B. He ..." is A)."""
    m = _REFERENT.fullmatch(subject)
    earlier = [p for p in placed if 0 <= p.sentence < index and p.companion is None]
    if m is None or not earlier:
        return None
    noun = m.group("noun")
    if noun is not None:
        earlier = [p for p in earlier if re.search(rf"\b{noun}\b", p.title or "", re.I)]
        if not earlier:
            return None
    sides = {p.country for p in earlier}
    if len(sides) == 1:
        return sides.pop()
    last = max(p.sentence for p in earlier)
    return next(p.country for p in earlier if p.sentence == last)


#: a post abroad: "Ambassador to Estonia", "Defence Attache in Abuja", "High Commissioner to Fiji"
_POSTED_TO = re.compile(
    r"\b(?:[Aa]mbassador|[Hh]igh [Cc]ommissioner|[Aa]ttach[eé]|[Cc]onsul(?:[- ][Gg]eneral)?|"
    r"[Cc]harg[eé] d['\u2019][Aa]ffaires(?: a\.i\.)?|[Ee]nvoy)\b[^,;]*?\b(?:to|in)\s+"
    r"(?:the\s+)?(?P<where>[A-Z][\w'\u2019 .-]+)"
)


def posted_side(title: str, parties: list[str], lexicon: Lexicon) -> str | None:
    """The side of one posted to the other party ("His Majesty's Ambassador to Estonia" in
    talks of the UK and Estonia is the UK's): the party the post is not in, when it is in one.
    """
    m = _POSTED_TO.search(title)
    if m is None or len(parties) != 2:
        return None
    land = lexicon.country_pattern.match(m.group("where"))
    if land is None:
        return None
    iso3 = lexicon.country_forms[land.group()][0]
    if iso3 not in parties:
        return None
    return next(c for c in parties if c != iso3)


#: "the Australian Federal Police (AFP)": an office's acronym defined beside its name
_DEFINED = re.compile(r"(?P<name>(?:[A-Z][\w'\u2019-]*\s+){1,7}?)\((?P<acr>[A-Z]{2,8})\)")


def by_acronym(
    people: list[Person], texts: list[str], parties: list[str], lexicon: Lexicon
) -> list[Person]:
    """A side only inferred gives way to the party of an office's acronym in the title ("AFP
    Deputy Commissioner X", the article having defined "the Australian Federal Police (AFP)")."""
    acronyms = acronym_sides(texts, parties, lexicon)
    if not acronyms:
        return people
    out = []
    for p in people:
        words = re.findall(r"\b[A-Z]{2,8}\b", f"{p.title or ''} {p.organisation or ''}")
        sides = {acronyms[w] for w in words if w in acronyms}
        inferred = p.country is None or (p.review or "").startswith("side")
        if len(sides) == 1 and inferred and p.country not in sides:
            p = replace(p, country=sides.pop(), review="side from the office's acronym")
        out.append(p)
    return out


def acronym_sides(texts: list[str], parties: list[str], lexicon: Lexicon) -> dict[str, str]:
    """The party each office's acronym stands for, where the article defines it with a name
    that names a party ("the Royal Papua New Guinea Constabulary (RPNGC)"): so that "RPNGC
    Assistant Commissioner X" is Papua New Guinea's."""
    out: dict[str, str] = {}
    for text in texts:
        if "(" not in text:
            continue
        for m in _DEFINED.finditer(text):
            land = lexicon.country_pattern.search(m.group("name"))
            if land is None:
                continue
            iso3, kind = lexicon.country_forms[land.group()]
            if iso3 in parties and kind != "capital":
                out.setdefault(m.group("acr"), iso3)
    return out


def local_side(title: str, parties: list[str], lexicon: Lexicon) -> str | None:
    """The party a local post's place is in ("Marsabit County Commissioner", "Regional Police
    Commander for Mtwara"), never one's posted to ("Consul General in Mombasa")."""
    if _POSTED_TO.search(title):
        return None
    by_iso2 = {c.iso2: c.iso3 for c in lexicon.reference.countries.values()}
    for word in re.findall(r"\b[A-Z][a-z]{3,}\b", title):
        iso2 = city_country(word)
        if iso2 is not None and by_iso2.get(iso2) in parties:
            return by_iso2[iso2]
    return None


def _initials(title: str | None) -> str:
    """'Comptroller-General of Customs' -> 'CGC' (three letters or more, else '')."""
    letters = "".join(w[0] for w in re.split(r"[\s-]+", title or "") if w[:1].isupper())
    return letters if len(letters) >= 3 else ""


#: "in Warsaw", "at The Hague": a city named in a sentence
_IN_CITY = re.compile(
    r"\b(?:in|at)\s+([A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?)(?!\s+[A-Z])(?=[\s,.;]|$)"
)


_ON_DAY = re.compile(
    r"\b(?:on|last|next)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month)\b"
    r"|\b(?:earlier|later) (?:this|that|in the) (?:week|month|day)\b"
    # a day of its own by date ("on Aug. 11", "on 11 August"), or before the meeting itself
    r"|\bon\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b"
    r"|\bon\s+\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b"
    r"|^(?:Before|Prior\s+to|Ahead\s+of)\s+the\s+(?:meeting|talks|dialogue|session|consultations)\b"
)


def elsewhere(text: str, place: str) -> bool:
    """Whether a sentence is set in a city other than the meeting's and on a day of its own
    ("Duda met NATO commanders in Warsaw on Friday" in a story of talks in Vilnius): another
    event."""
    if not _ON_DAY.search(text):
        return False
    for m in _IN_CITY.finditer(text):
        name = m.group(1)
        if name in place or place in name:  # "Delhi" in a story of talks in New Delhi
            return False
        if city_country(name) is not None:
            return True
    return False


def adjacent_country(text: str, start: int, ms: list[Mention]) -> str | None:
    """The country named right before a mention ("Nigeria's TITLE X")."""
    for m in ms:
        if m.end <= start and re.fullmatch(r"(?:'s|\u2019s)?\s*", text[m.end : start]):
            return m.iso3
    return None
