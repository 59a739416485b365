"""The side a clause gives everyone it names as a delegation's: "The RFMF delegation included
A, TITLE; B, TITLE; and C", "The AFP delegation was headed by TITLE D", "E led the RPNGC
team", "F and G were part of the Australian delegation", "H, TITLE, also attended for PNG".

The rules find these people in many ways and give each a side from the nearest hint (a title
naming a country, the last country named, the other side of a co-chair); a clause that says
whose delegation they are in is the surest hint of all, so it has the last word. The side
word is a party's name or adjective ("the Indian delegation", "the Sri Lanka Police side") or
an office's acronym the article defines with a party's name ("the Maldives Police Service
(MPS)" -> "the MPS delegation"), even where the article names that party so often that a
bare acronym is not read as a mention of it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ._clues import acronym_sides
from ._lexicon import Lexicon
from ._lists import chunks
from ._namepat import NAME
from ._names import Person, name_key, parse_person
from ._text import Sentence

__all__ = ["clause_sides"]

_WORD = r"[A-Z][\w.'\u2019-]*"
#: "the Indian delegation", "the Sri Lanka Police side", "the AFP team"
_SIDE = re.compile(
    rf"\b(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er)\s+(?P<side>{_WORD}(?:\s+{_WORD}){{0,2}}?)"
    r"(?:'s|\u2019s)?\s+(?:delegation|side|team|contingent|panel)\b"
)
#: after the side: it names its people next ("... included A", "... was headed by B")
_NAMES_NEXT = re.compile(
    r"\s*(?:(?:at\s+the\s+(?:talks|meeting)\s+)?(?:was|were|is|are)\s+)?(?:also\s+|further\s+)?"
    r"(?:included|includes|comprised|comprises|consisted\s+of|(?:was\s+)?(?:composed|made\s+up)\s+of|"
    r"(?:led|headed|chaired|represented)\s+by)\b"
)
#: before the side: the people named before it are its own ("A led the X team", "B and C were
#: part of the X delegation")
_NAMES_BEFORE = re.compile(
    r"\b(?:led|headed|(?:was|were)\s+(?:also\s+)?(?:part|members?)\s+of|joined)\s+$"
)
#: "A, TITLE, and B also attended for PNG": the people before it
_ATTENDED_FOR = re.compile(
    rf"\b(?:also\s+)?(?:attended|took\s+part|(?:was|were)\s+(?:also\s+)?present)\s+"
    rf"(?:for|on\s+behalf\s+of)\s+(?:the\s+)?(?P<side>{_WORD}(?:\s+{_WORD}){{0,2}}?)(?=[\s.,;]*$)"
)
#: "The Mozambican Commander-General was accompanied by TITLE, A": the people of the side
#: whose head the adjective and a title name
_HEAD_WITH = re.compile(
    rf"\b[Tt]he\s+(?P<side>{_WORD})\s+(?:{_WORD}\s+){{0,3}}?(?:was|were)\s+(?:also\s+)?"
    r"(?:accompanied|joined|assisted|flanked)\s+by\b"
)
#: "A, who led the X delegation": the one before the relative clause
_WHO = re.compile(r",\s+who\s+(?:also\s+)?(?:led|headed)\s+$")
#: where a clause about the other side begins ("... while the X delegation ...")
_BREAK = re.compile(r"(?:;\s+|,?\s+(?:while|whereas)\s+)")


#: the small words a body's acronym skips ("Ministry of the Interior" -> "MI")
_SKIPPED = frozenset(["of", "the", "and", "for", "on", "de", "du", "des", "la", "del"])


def initials_party(acronym: str, text: str, parties: list[str], lexicon: Lexicon) -> str | None:
    """The party of a body the article names in full but never defines with its acronym:
    "the Australian Federal Police met ...; the AFP delegation" -> the words whose initials
    spell the acronym name Australia.

    >>> import re
    >>> class L:  # a stand-in lexicon that knows one adjective
    ...     country_pattern = re.compile(r"Australian")
    ...     country_forms = {"Australian": ("AUS", "adjective")}
    >>> initials_party("AFP", "The Australian Federal Police met. The AFP side ...", ["AUS"], L)
    'AUS'
    >>> initials_party("AFP", "The Fiji Police met. The AFP side ...", ["AUS"], L) is None
    True
    """
    words = re.findall(r"[\w'\u2019-]+", text)
    found: set[str] = set()
    for i, w in enumerate(words):
        if w[0] != acronym[0] or w == acronym:
            continue
        k, j = 0, i
        while j < len(words) and k < len(acronym):
            if words[j][0] == acronym[k]:
                k += 1
            elif words[j] not in _SKIPPED:
                break
            j += 1
        if k == len(acronym):
            name = " ".join(words[i:j])
            for m in lexicon.country_pattern.finditer(name):
                iso3, kind = lexicon.country_forms[m.group()]
                if iso3 in parties and kind != "capital":
                    found.add(iso3)
    return found.pop() if len(found) == 1 else None


def _party(
    words: str, parties: list[str], lexicon: Lexicon, acronyms: dict[str, str], text: str = ""
) -> str | None:
    """The party a side word names: a country's name or adjective, or an acronym the article
    defines or spells out."""
    if words in acronyms:
        return acronyms[words]
    lands = {
        lexicon.country_forms[m.group()]
        for m in lexicon.country_pattern.finditer(words)
        if m.group() in lexicon.country_forms
    }
    isos = {iso3 for iso3, kind in lands if kind != "capital" and iso3 in parties}
    if len(isos) == 1:
        return isos.pop()
    if lands:  # (a third country's: "the Danish side" in a story of others' talks)
        return None
    last = words.split()[-1]
    if last in acronyms:
        return acronyms[last]
    if re.fullmatch(r"[A-Z]{2,8}", words) and text:
        return initials_party(words, text, parties, lexicon)
    return None


#: the clause's own verb after its people: "The X delegation headed by A held talks with B"
_VERB_AFTER = re.compile(
    r"\s+(?:also\s+)?(?:held|met|meets|received|hosted|signed|discussed|visited|called\s+on|"
    r"paid|agreed|said|told|welcomed|attended)\b"
)


#: another side's clause: ", and Ghana was represented by", ", and the other side by"
_OTHER_CLAUSE = re.compile(
    rf",?\s+and\s+(?:the\s+)?{_WORD}(?:\s+{_WORD}){{0,3}}\s+(?:was|were|is|are)\b"
    r"|,?\s+and\s+(?:the\s+)?(?:[\w-]+\s+){1,3}(?:led|headed|chaired|represented)?\s*by\b"
)


def _stop(text: str, start: int, stop: int) -> int:
    """Where the people a side's clause names end: at a break ("while", "whereas"; a list
    runs over its semicolons) or at the clause's own verb."""
    brk = _BREAK.search(text, start, stop)
    if brk is not None and not brk.group().startswith(";"):
        stop = brk.start()
    verb = _VERB_AFTER.search(text, start, stop)
    stop = verb.start() if verb is not None else stop
    other = _OTHER_CLAUSE.search(text, start, stop)  # ", and Ghana was represented by B"
    return other.start() if other is not None else stop


#: where the one "who led the X delegation" starts: after a comma, a "by" or a verb of meeting
_WHO_CUT = re.compile(r",\s+|\bby\s+|\b(?:hosted|received|welcomed|met(?:\s+with)?)\s+")


def _spans(
    text: str,
    parties: list[str],
    lexicon: Lexicon,
    acronyms: dict[str, str],
    full: str,
    members: list[tuple[int, int, str]] | None = None,
) -> list[tuple[int, int, str]]:
    """The stretches of a sentence whose people are one side's: (start, end, party); those
    that list a side's members ("The X delegation included ...") also go to ``members``."""
    out: list[tuple[int, int, str]] = []
    found = list(_SIDE.finditer(text))
    for i, m in enumerate(found):
        party = _party(m.group("side"), parties, lexicon, acronyms, full)
        if party is None:
            continue
        verb = _NAMES_NEXT.match(text, m.end())
        if verb is not None:
            stop = _stop(text, m.end(), found[i + 1].start() if i + 1 < len(found) else len(text))
            out.append((m.end(), stop, party))
            if members is not None and not re.search(r"\bby$", verb.group()):
                members.append((verb.end(), stop, party))
        elif _NAMES_BEFORE.search(text, 0, m.start()):
            start = found[i - 1].end() if i > 0 else 0
            who = _WHO.search(text, start, m.start())
            if who is not None:  # "..., and by TITLE, A, who led the X delegation": A only
                # (and "A hosted B, who led the X delegation": B only)
                cut = [c.end() for c in _WHO_CUT.finditer(text[: who.start()])]
                out.append((cut[-1] if cut else start, who.start(), party))
                continue
            breaks = [b.end() for b in _BREAK.finditer(text, start, m.start())]
            out.append((breaks[-1] if breaks else start, m.start(), party))
    tail = _ATTENDED_FOR.search(text)
    if tail is not None:
        party = _party(tail.group("side"), parties, lexicon, acronyms, full)
        if party is not None:
            breaks = [b.end() for b in _BREAK.finditer(text, 0, tail.start())]
            out.append((breaks[-1] if breaks else 0, tail.start(), party))
    for m in _HEAD_WITH.finditer(text):
        form = lexicon.country_forms.get(m.group("side"))
        if form is not None and form[0] in parties and form[1] == "adjective":
            end = _stop(text, m.end(), len(text))
            out.append((m.end(), end, form[0]))
            if members is not None:
                members.append((m.end(), end, form[0]))
    return out


def clause_sides(
    sentences: list[Sentence], people: list[Person], parties: list[str], lexicon: Lexicon
) -> list[Person]:
    """``people`` with the side of the delegation clause that names them (see the module);
    a person named in two such clauses for two sides is left as found. A member such a clause
    lists that no rule found is added (with a title, an office or a rank: "The German
    delegation further comprised Ms. A of the Federal Police Headquarters and ...")."""
    if len(parties) < 2:
        return people
    acronyms = acronym_sides([s.text for s in sentences], parties, lexicon)
    sides: dict[str, set[str]] = {}
    names = {p.name for p in people if " " in p.name}
    full = "\n".join(s.text for s in sentences)
    added: list[Person] = []
    keys = {name_key(p.name) for p in people}
    for s in sentences:
        if s.heading or not _CUE.search(s.text):
            continue
        members: list[tuple[int, int, str]] = []
        spans = _spans(s.text, parties, lexicon, acronyms, full, members)
        if not spans:
            continue
        for name in names:
            for at in (m.start() for m in re.finditer(re.escape(name), s.text)):
                for a, b, party in spans:
                    if a <= at < b:
                        sides.setdefault(name, set()).add(party)
        for a, b, party in members:
            listed = _STYLED_AND.split(s.text[a:b].strip(" ,:."))
            for chunk in (c for part in listed for c in chunks(part, lexicon)):
                p = parse_person(chunk.strip(), lexicon) or _of_office(chunk.strip())
                if (
                    p is None
                    or " " not in p.name
                    or name_key(p.name) in keys
                    or _BODY.search(p.name)
                ):
                    continue
                if p.title is None and p.organisation is None and not _ranked(p.honorific):
                    continue
                if any(p.name in q.name or q.name in p.name for q in people + added):
                    continue
                keys.add(name_key(p.name))
                added.append(
                    replace(p, country=party, sentence=s.index, review="member of a side's list")
                )
    out = []
    for p in people:
        side = sides.get(p.name, set())
        if len(side) == 1 and p.country != (party := next(iter(side))):
            p = replace(p, country=party, review="side from the delegation clause")
        out.append(p)
    return out + added


#: a body's words, or an acronym, read as a name ("the Royal PNG Constabulary, A" -> "PNG
#: Constabulary"): no person
_BODY = re.compile(
    r"\b(?:[A-Z]{2,}|Constabulary|Police|Forces?|Navy|Army|Ministry|Service|Agency|Office|"
    r"Command|Guard|Authority|Department|Directorate|Bureau|Council|Commission|Embassy)\b"
)
#: "Ms. A of the X and Mr. B of the Y": two people, each with a courtesy style
_STYLED_AND = re.compile(r",?\s+and\s+(?=(?:Mr|Mrs|Ms|Dr)\.?\s+[A-Z])")
#: "Ms. A of the Federal Police Headquarters in Potsdam": a styled name and where they work
_OF_OFFICE = re.compile(
    rf"^(?P<style>(?:Mr|Mrs|Ms|Dr)\.?)\s+(?P<name>{NAME})\s+(?:of|from)\s+(?:the\s+)?"
    r"(?P<org>[A-Z][^,;]*?)\s*$"
)


def _of_office(chunk: str) -> Person | None:
    """A person a list names by style, name and office alone (the office as the post).

    >>> _of_office("Ms. Ann Bell of the Federal Police Headquarters in Potsdam")
    Person(name='Ann Bell', title='Federal Police Headquarters in Potsdam', organisation=None, \
honorific='Ms.', country=None, leader=False, sentence=-1, review=None, companion=None)
    """
    m = _OF_OFFICE.match(chunk)
    if m is None:
        return None
    return Person(m.group("name"), m.group("org"), None, m.group("style"))


#: a sentence that may hold a side's clause
_CUE = re.compile(
    r"\b(?:delegation|side|team|contingent|panel|attended|accompanied|joined|assisted|flanked)\b"
)
#: a rank (not a courtesy style) as the honorific
_RANK = re.compile(
    r"\b(?:General|Admiral|Colonel|Brigadier|Commodore|Captain|Commander|Major|Lieutenant|"
    r"Marshal|Rank|Quaestor|Superintendent|Commissioner|Inspector|Ambassador)$"
)


def _ranked(honorific: str | None) -> bool:
    return bool(honorific) and _RANK.search(honorific.strip()) is not None  # type: ignore[union-attr]
