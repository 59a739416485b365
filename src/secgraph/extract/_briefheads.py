"""The principals a transcript's heading names: "TRANSCRIPT - JOINT PRESS BRIEFING / Minister
of Public Security A and Canada's Minister of Public Safety B", then turns labelled
"MINISTER A:" and "MINISTER B:".

A joint briefing's transcript names its two principals once, in the heading, and then only by
the labels of their turns; the rules read no heading, so the sides were left to the people
the principals mention ("I led our delegation, together with the Director X"). Each person
the heading names with a title whose surname labels a turn is kept as the head of a side:
the side the title names, or the other party's when the other one's is known.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ._lexicon import Lexicon, city_country
from ._lists import chunks
from ._names import Person, name_key, parse_person
from ._text import Sentence

__all__ = ["briefing_heads"]

#: a turn's label: "MINISTER ZAMORA:", "SECRETARY RUBIO:"
_LABEL = re.compile(r"^(?P<who>[A-Z][A-Z.'\u2019 -]{2,60}):", re.M)


def _labelled(name: str, labels: str) -> bool:
    """Whether a word of the name (not the first) labels a turn."""
    return any(re.search(rf"\b{re.escape(w.upper())}\b", labels) for w in name.split()[1:])


def _cleaned(p: Person, lexicon: Lexicon) -> Person:
    """Without the heading's other lines: the capitals before the title ("... JOINT PRESS
    BRIEFING Minister of X" -> "Minister of X"), and the place line after the name ("B San
    José, Monday, ..." -> "B")."""
    title = re.split(r"(?:\b[A-Z]{2,}\b[\s\u2013-]*)+", p.title or "")[-1].strip() or p.title
    words = p.name.split()
    for n in (2, 1):
        if len(words) > n + 1 and city_country(" ".join(words[-n:])) is not None:
            words = words[:-n]
            break
    return replace(p, name=" ".join(words), title=title)


def briefing_heads(
    sentences: list[Sentence], people: list[Person], parties: list[str], lexicon: Lexicon
) -> list[Person]:
    """``people`` with the principals a transcript's heading names as the sides' heads."""
    if len(parties) != 2:
        return people
    labels = " ".join(m.group("who") for s in sentences for m in _LABEL.finditer(s.text))
    if not labels:
        return people
    for s in sentences[:3]:  # (the heading's lines, run together before the first turn)
        if " and " not in s.text or _LABEL.search(s.text):
            continue
        heads = [
            _cleaned(p, lexicon)
            for c in chunks(s.text, lexicon)
            if (p := parse_person(c, lexicon)) is not None and p.title
        ]
        heads = [p for p in heads if _labelled(p.name, labels)]
        if len(heads) != 2:
            continue
        known = [p.country for p in heads if p.country in parties]
        if len(set(known)) != len(known):
            continue
        free = [c for c in parties if c not in known]
        out = [
            replace(p, country=p.country if p.country in parties else None, leader=True)
            for p in heads
        ]
        if len(free) == 1:
            out = [p if p.country else replace(p, country=free[0]) for p in out]
        if any(p.country is None for p in out):
            continue
        keys = {name_key(p.name): p for p in out}
        rest = [
            replace(q, leader=False) if q.country in {p.country for p in out} else q
            for q in people
            if name_key(q.name) not in keys
        ]
        return [replace(p, sentence=s.index, review="a transcript's principal") for p in out] + rest
    return people
