"""Delegation blocks: the members of each side set out as a list rather than in a sentence.

Ministry releases, joint communiqués and wire reports that quote them write a delegation as

- a lead-in that ends in a colon, then one entry a line or a bullet ("The Brazilian
  delegation was headed by X and was composed of:" / "- Delegate A, Director of ...;");
- a country's name on a line of its own, then rows: "NAME ........ TITLE (co-chair)",
  "NAME | TITLE" (an HTML table), "NAME - TITLE", "NAME, TITLE";
- labelled lines under a country's name: "Leader of Delegation: NAME - TITLE" and "Members:
  NAME - TITLE; NAME - TITLE" (the leader is the labelled one).

Each entry is read alone, so a title never runs into the next person's name. The side is the
party the lead-in or the country line names (an entry's own country otherwise).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ._countries import Mention
from ._lexicon import Lexicon
from ._namepat import RANK_RE
from ._names import Person, has_head, name_key, parse_person
from ._text import Sentence
from ._titlewords import NOT_NAMES

__all__ = ["is_person_name", "listed_blocks", "with_blocks", "without_listed"]

#: a lead-in that announces a list: "... was composed of:", "Members of the X delegation were:"
_LEAD_IN = re.compile(
    r"\b(?:delegations?|members|composed|comprised|comprising|consisted|consisting|included|"
    r"including|as follows|participants|made up|attended by|represented by)\b[^:]*:$",
    re.I,
)
#: a bullet or a number before an entry
_BULLET = re.compile(
    r"^\s*(?:[-\u2022*\u2013\u2014\u25aa\u00b7\u25cf]|\(?\d{1,2}[.)]|\(?[a-h]\))\s+"
)
#: the labels of a block's lines: "Leader of Delegation:", "Members:", "Co-chair:"
_LABEL = re.compile(
    r"(?:^|(?<=[;.\s]))(?P<label>(?:Leader|Head|Chair|Co-[Cc]hair)(?:\s+of\s+(?:the\s+)?"
    r"[Dd]elegation)?|[Dd]elegation\s+(?:[Ll]eader|[Hh]ead)|(?:Other\s+)?[Mm]embers"
    r"(?:\s+of\s+(?:the\s+)?[Dd]elegation)?)\s*:\s+"
)
_LEADER_LABEL = re.compile(r"^(?:Leader|Head|Chair|Co-[Cc]hair|[Dd]elegation)", re.I)
#: where a row's name ends and its title begins: dotted leaders, a table's bar, two spaces,
#: a dash between spaces
_ROW_SEP = re.compile(r"\s*\.{2,}\s+|\s*\.{3,}\s*|\s*\|\s*|\s{2,}|\s+[-\u2013\u2014]\s+")
#: a lead's mark after a row's title: "(co-chair)", "(head of delegation)"
_LEAD_MARK = re.compile(
    r"\s*\((?:co-?chair|chair|head of (?:the )?delegation|leader of (?:the )?delegation|"
    r"delegation leader|head)\)",
    re.I,
)


_RANK = re.compile(
    r"(?:(?:Brigadier|Major|Lieutenant|Rear|Vice|Air|Air Vice)\s+)?(?:General|Admiral|Colonel|"
    r"Major|Captain|Commander|Brigadier|Lieutenant|Marshal|Commodore|Commissioner|"
    r"Superintendent|Inspector)$"
)


def listed_blocks(
    sentences: list[Sentence],
    mentions: list[list[Mention]],
    parties: list[str],
    lexicon: Lexicon,
) -> tuple[list[Person], set[int]]:
    """The people of every delegation block, and the sentences the blocks hold (what other
    rules read there is garbled: they are the blocks' to read)."""
    out: list[Person] = []
    held: set[int] = set()
    active = False
    side: str | None = None
    for s, ms in zip(sentences, mentions, strict=True):
        text = s.text.strip()
        country = _country_line(text, parties, lexicon)
        if country is not None:
            active, side = True, country
            continue
        labelled = _labelled(text, parties, lexicon)
        if labelled is not None:  # "Republic of X Leader of Delegation: A - T; Members: ..."
            own, rest = labelled
            side = own or side
            people = _labelled_people(rest, lexicon)
            if people:
                out += [replace(p, sentence=s.index, country=p.country or side) for p in people]
                held.add(s.index)
            active = True
            continue
        if not s.heading and _LEAD_IN.search(text):
            named = {m.iso3 for m in ms if m.iso3 in parties}
            active, side = True, (named.pop() if len(named) == 1 else None)
            continue
        if not active:
            continue
        entries = _entries(text) if (_BULLET.match(text) or s.heading) else []
        people = [p for p in (_entry(e, lexicon) for e in entries) if p is not None]
        if not people:
            if not entries:  # (a row the parser cannot read does not end the block)
                active, side = False, None
            continue
        out += [replace(p, sentence=s.index, country=p.country or side) for p in people]
        held.add(s.index)
    seen: set[str] = set()
    unique = []
    for p in out:
        if name_key(p.name) not in seen:
            seen.add(name_key(p.name))
            unique.append(p)
    return unique, held


def _country_line(text: str, parties: list[str], lexicon: Lexicon) -> str | None:
    """The party a line names alone: "United Kingdom", "Republic of Mozambique", "Estonian
    delegation", "For Nigeria:"."""
    line = re.sub(r"^(?:For|From|On behalf of)\s+(?:the\s+)?", "", text).rstrip(": ")
    if len(line.split()) > 6 or has_head(line):
        return None
    m = lexicon.country_pattern.search(line)
    if m is None:
        return None
    rest = (line[: m.start()] + line[m.end() :]).strip()
    if not re.fullmatch(
        r"(?:(?:the\s+)?(?:United\s+)?(?:Federal\s+|Islamic\s+|Democratic\s+)?"
        r"(?:Republic|Kingdom|State|Sultanate)\s+of(?:\s+the)?\s*)?"
        r"(?:'s|\u2019s)?\s*(?:delegation|side|team)?",
        rest,
        re.I,
    ):
        return None
    iso3 = lexicon.country_forms[m.group()][0]
    return iso3 if iso3 in parties else None


def _labelled(text: str, parties: list[str], lexicon: Lexicon) -> tuple[str | None, str] | None:
    """A line of labelled rows ("Leader of Delegation: ..."), perhaps after a country's name:
    the country and the rows."""
    first = _LABEL.search(text)
    if first is None:
        return None
    before = text[: first.start()].strip(" ;")
    if before and _country_line(before, parties, lexicon) is None:
        return None
    return (_country_line(before, parties, lexicon) if before else None), text[first.start() :]


def _labelled_people(text: str, lexicon: Lexicon) -> list[Person]:
    """The rows after each label, the leader's marked."""
    labels = list(_LABEL.finditer(text))
    people = []
    for i, m in enumerate(labels):
        stop = labels[i + 1].start() if i + 1 < len(labels) else len(text)
        lead = bool(_LEADER_LABEL.match(m.group("label")))
        for entry in _entries(text[m.end() : stop]):
            p = _entry(entry, lexicon)
            if p is not None:
                people.append(replace(p, leader=p.leader or lead))
    return people


def _entries(text: str) -> list[str]:
    """The entries of a list held in one sentence: cut at ';' and at the bullets."""
    parts = re.split(r";\s*|\s+(?=[\u2022\u25aa\u00b7\u25cf]\s+[A-Z])", text)
    return [e for e in (_BULLET.sub("", p).strip(" .;,") for p in parts) if e]


def _entry(entry: str, lexicon: Lexicon) -> Person | None:
    """One entry: a row ("NAME ..... TITLE", "NAME | TITLE", "NAME - TITLE") or a person as
    the parser reads one ("RANK NAME, TITLE"); a person must have a title."""
    lead = _LEAD_MARK.search(entry) is not None
    entry = _LEAD_MARK.sub("", entry).strip()
    cells = [c.strip() for c in _ROW_SEP.split(entry, maxsplit=1)]
    person = None
    if (
        len(cells) == 2
        and all(cells)
        and has_head(cells[1])
        and not has_head(RANK_RE.sub("", cells[0]))
    ):
        person = parse_person(f"{cells[0]}, {cells[1]}", lexicon)
    person = person or parse_person(entry, lexicon)
    if person is not None and not person.title and person.organisation and person.honorific:
        # "Colonel X | General Intelligence Directorate": a rank and an office, the rank the title
        rank = _RANK.search(person.honorific)
        person = replace(person, title=rank.group()) if rank else person
    if person is None or not person.title or len(person.name.split()) < 2:
        return None
    return replace(person, leader=lead)


def with_blocks(found: list[Person], blocks: list[Person], held: set[int]) -> list[Person]:
    """The people the rules found outside the blocks' sentences, then the blocks' people; one
    the rules found elsewhere too keeps that finding (its lead and title), with the side the
    block gives."""
    if not blocks:
        return found
    listed = {name_key(p.name): p for p in blocks}
    kept = []
    for p in found:
        if p.sentence in held:
            continue
        q = listed.pop(name_key(p.name), None)
        if q is not None and q.country is not None:
            p = replace(p, country=q.country, leader=p.leader or q.leader, review=None)
        kept.append(p)
    return kept + [p for p in blocks if name_key(p.name) in listed]


def without_listed(people: list[Person], blocks: list[Person]) -> list[Person]:
    """``people`` but those a block names."""
    keys = {name_key(p.name) for p in blocks}
    return [p for p in people if name_key(p.name) not in keys]


def is_person_name(name: str) -> bool:
    """Whether a name read off the text can be a person's: not an office's ("Border Police
    Chief Directorate", "Land Forces Command", "U.S. Embassy Hanoi")."""
    return not any(w in NOT_NAMES for w in name.split())
