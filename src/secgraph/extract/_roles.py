"""A side's head told by the role beside a name rather than by a "led by" phrase:

- "A, who headed the Ugandan delegation, said ...", "B, who led the Kenyan side, ...";
- "TITLE A, who arrived in Nairobi on Monday at the head of a 15-member delegation, said":
  A heads the delegation's side (its adjective, else the side not of the city reached);
- "Heading the Ugandan delegation, TITLE B said ...";
- "The Indian and Japanese delegations were led by TITLE A and TITLE B, respectively";
- "TITLE A (India) and TITLE B (Japan) co-chaired the meeting": a country in brackets after
  a name is its side;
- "TITLE A led the talks on behalf of India, and TITLE B on behalf of Japan";
- "C, head of the Ugandan delegation and Minister of X, said ...", "D, the Kenyan delegation
  leader, agreed", "E, leading a 12-member Myanmar delegation, met ...", "Kenyan delegation
  head F said": the role is no part of the title, and names the side.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ._lexicon import Lexicon
from ._lists import chunks
from ._names import Person, is_title_word, name_key
from ._shapes import read_person
from ._text import Sentence

__all__ = ["role_heads"]

_WORD = r"[A-Z][\w'\u2019.-]+"
_NAME = rf"(?P<name>{_WORD}(?:\s+(?:(?:al|el|bin|de|da|van|von)[-\s])?{_WORD}){{1,4}})"
_GROUP = r"(?:delegation|side|team)"
#: "A, who headed the Ugandan delegation", "B, head of the Kenyan delegation", "C, the Kenyan
#: delegation leader", "D, leader of the Kenyan side"
_ROLE_AFTER = re.compile(
    rf"{_NAME},\s+(?:who\s+(?:headed|led|was\s+leading|was\s+heading)\s+the\s+(?P<a>[A-Z][\w-]*)\s+"
    rf"{_GROUP}|(?:the\s+)?(?:head|leader|chief)\s+of\s+the\s+(?P<b>[A-Z][\w-]*)\s+{_GROUP}|"
    rf"the\s+(?P<c>[A-Z][\w-]*)\s+(?:delegation|team)(?:'s|\u2019s)?\s+(?:leader|head|chief))\b"
)
#: the role at the start of a title: "head of the Ugandan delegation, Internal Affairs Minister"
_ROLE_TITLE = re.compile(
    rf"^(?:the\s+)?(?:(?:head|leader|chief)\s+of\s+the\s+(?P<a>[A-Z][\w-]*)\s+{_GROUP}|"
    rf"(?P<b>[A-Z][\w-]*)\s+(?:delegation|team)\s+(?:leader|head)|"
    rf"(?:leading|heading)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?P<c>[A-Z][\w-]*)\s+{_GROUP})"
    r"(?:,\s*|\s+and\s+|$)"
)


_STYLE = frozenset(["Mr", "Mr.", "Ms", "Ms.", "Mrs", "Mrs.", "Dr", "Dr.", "Hon", "Hon.", "H.E."])


def _bare(name: str) -> str:
    """The name without the title words or styles the capitalised run began with."""
    words = name.split()
    while words and (is_title_word(words[0]) or words[0] in _STYLE):
        words.pop(0)
    return " ".join(words)


def _side(m: re.Match[str], parties: list[str], lexicon: Lexicon) -> str | None:
    word = next((w for g, w in m.groupdict().items() if g in ("a", "b", "c") and w), "")
    form = lexicon.country_forms.get(word)
    return form[0] if form is not None and form[0] in parties else None


#: "..., who arrived in CITY ... at the head of a (15-member) (ADJ) delegation"
_AT_HEAD = re.compile(
    r",\s+who\s+(?:arrived|came|travell?ed|flew)\s+(?:in|to)\s+(?P<city>[A-Z][\w'\u2019-]+)"
    r"[^.;]{0,60}?\bat\s+the\s+head\s+of\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:(?P<a>[A-Z][\w-]*)\s+)?delegation\b"
)
#: "Heading the Ugandan delegation, TITLE NAME said ..."
_HEADING_THE = re.compile(
    rf"^(?:Heading|Leading)\s+the\s+(?P<a>[A-Z][\w-]*)\s+{_GROUP},\s+(?P<who>[^,;]+?)\s+"
    r"(?:said|says|told|stressed|noted|underlined|expressed|thanked|called|praised|welcomed)\b"
)


#: "The Indian and Japanese delegations were led by A and B, respectively"
_RESPECTIVELY = re.compile(
    r"\b(?P<a>[A-Z][\w-]*)\s+and\s+(?:the\s+)?(?P<b>[A-Z][\w-]*)\s+(?:delegations|sides|teams)\s+"
    r"(?:were\s+)?(?:led|headed|chaired|co-chaired)\s+by\s+(?P<who>[^;]+?),?\s+respectively\b"
)
#: "A led the talks on behalf of India, and B on behalf of Japan"
_ON_BEHALF = re.compile(
    r"\s+on\s+behalf\s+of\s+(?:the\s+)?(?P<land>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)"
)
_LED_WORDS = re.compile(
    r"^(?:,?\s*and\s+)?|\s+(?:led|headed|chaired|co-chaired)(?:\s+(?:the\s+)?(?:talks|meeting|"
    r"dialogue|delegation|consultations|session))?$"
)


def _paired_heads(s: Sentence, parties: list[str], lexicon: Lexicon) -> list[Person]:
    """The heads "respectively" and "A led ... on behalf of X, and B on behalf of Y" name."""
    out = []
    m = _RESPECTIVELY.search(s.text) if "respectively" in s.text else None
    if m is not None:
        lands = [lexicon.country_forms.get(m.group(g)) for g in ("a", "b")]
        who = [read_person(c, lexicon) for c in chunks(m.group("who"), lexicon)]
        if len(who) == 2 and all(lands) and all(p and (p.title or p.honorific) for p in who):
            for p, form in zip(who, lands, strict=True):
                if p is not None and form is not None and form[0] in parties:
                    out.append(replace(p, country=form[0], leader=True, sentence=s.index))
    if " led " not in s.text and " headed " not in s.text:
        return out
    start = 0
    for m in _ON_BEHALF.finditer(s.text):
        words = _LED_WORDS.sub("", s.text[start : m.start()].strip())
        start = m.end()
        land = lexicon.country_pattern.search(m.group("land"))
        form = lexicon.country_forms[land.group()] if land else None
        person = read_person(words, lexicon) if form and form[0] in parties else None
        if person is not None and (person.title or person.honorific) and form is not None:
            out.append(replace(person, country=form[0], leader=True, sentence=s.index))
    return out


#: "Joint Secretary A B (India)": the capitalised run before a country in brackets
_BRACKETED = re.compile(
    r"(?P<who>(?:[A-Z][\w.'\u2019-]*\s+){2,8}?)\((?P<land>[A-Z][\w .'\u2019-]{2,40})\)"
)
_CHAIRED = re.compile(r"\b(?:co-chaired|chaired|led|headed)\b")


def _bracketed(s: Sentence, parties: list[str], lexicon: Lexicon) -> list[Person]:
    """People with their country in brackets ("A (India) and B (Japan) co-chaired"), heads
    when the sentence has one of each party and a verb of chairing."""
    out = []
    for m in _BRACKETED.finditer(s.text):
        form = lexicon.country_forms.get(m.group("land").strip())
        person = read_person(m.group("who").strip(), lexicon)
        if form is None or form[0] not in parties or person is None:
            continue
        if person.title or person.honorific:
            out.append(replace(person, country=form[0], sentence=s.index))
    lead = len({p.country for p in out}) == len(out) == 2 and bool(_CHAIRED.search(s.text))
    return [replace(p, leader=lead) for p in out]


def _other(city: str, parties: list[str], lexicon: Lexicon) -> str | None:
    form = lexicon.country_forms.get(city)
    if form is None or form[0] not in parties or len(parties) != 2:
        return None
    return next(c for c in parties if c != form[0])


def _said_heads(s: Sentence, parties: list[str], lexicon: Lexicon) -> list[Person]:
    """The heads "at the head of a delegation" and "Heading the X delegation, A said" name."""
    out = []
    m = _AT_HEAD.search(s.text) if "at the head of" in s.text else None
    if m is not None:
        person = read_person(s.text[: m.start()], lexicon)
        side = _side(m, parties, lexicon) if person is not None else None
        if person is not None and side is None:
            side = person.country if person.country in parties else None
            side = side or _other(m.group("city"), parties, lexicon)
        if person is not None and person.title and side is not None:
            out.append(replace(person, country=side, leader=True, sentence=s.index))
    m = _HEADING_THE.match(s.text) if s.text.startswith(("Heading", "Leading")) else None
    if m is not None and (side := _side(m, parties, lexicon)) is not None:
        person = read_person(m.group("who"), lexicon)
        if person is not None and person.title:
            out.append(replace(person, country=side, leader=True, sentence=s.index))
    return out


def role_heads(
    sentences: list[Sentence], people: list[Person], parties: list[str], lexicon: Lexicon
) -> list[Person]:
    """``people`` with the heads their roles name (see the module), added when no rule read
    them, and the role taken out of a title."""
    texts = {s.index: s.text for s in sentences}
    out = []
    for p in people:
        m = _ROLE_TITLE.match(p.title or "")
        side = _side(m, parties, lexicon) if m is not None else None
        if m is not None and side is not None:
            title = (p.title or "")[m.end() :].strip() or None
            p = replace(p, title=title, country=side, leader=True, review=None)
        elif (p.title or "").lower() in ("head", "leader", "chief"):
            # "Ugandan delegation head A said": the role before the name, no title
            before = re.search(
                rf"\b(?P<a>[A-Z][\w-]*)\s+(?:delegation|team)\s+{re.escape(p.title or '')}\s+"
                rf"{re.escape(p.name)}",
                texts.get(p.sentence, ""),
            )
            side = _side(before, parties, lexicon) if before is not None else None
            if side is not None:
                p = replace(p, title=None, country=side, leader=True, review=None)
        out.append(p)
    for s in sentences:
        if not re.search(rf"\b{_GROUP}s?\b|\bon behalf of\b", s.text):
            continue
        for head in _said_heads(s, parties, lexicon) + _paired_heads(s, parties, lexicon):
            key = name_key(head.name)
            out = [p for p in out if name_key(p.name) != key] + [head]
        for m in _ROLE_AFTER.finditer(s.text):
            side = _side(m, parties, lexicon)
            if side is None:
                continue
            name = _bare(m.group("name"))
            key = name_key(name)
            same = [i for i, p in enumerate(out) if key and name_key(p.name) == key]
            if same:
                for i in same:
                    out[i] = replace(out[i], country=side, leader=True, review=None)
            elif len(name.split()) >= 2 and name == m.group("name"):
                out.append(Person(name, country=side, leader=True, sentence=s.index))
    for s in sentences:
        for named in _bracketed(s, parties, lexicon) if "(" in s.text else []:
            key = name_key(named.name)
            known = [p for p in out if name_key(p.name) == key]
            if not known:
                out.append(named)
            elif named.leader or any(p.country != named.country for p in known):
                out = [
                    replace(p, country=named.country, leader=p.leader or named.leader)
                    if name_key(p.name) == key
                    else p
                    for p in out
                ]
    return out
