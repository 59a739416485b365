"""A communiqué's roster of a side, its lines run into one sentence: "United Republic of X
Leader of Delegation: Dr A B - Permanent Secretary, Ministry of Y Members: Major General C D -
Chief of Operations; Mr E F - Director of Z". The entry after "Leader (Head) of Delegation:"
heads the side the roster's heading names, and each entry after "Members:" is a member; the
rules' readings of that sentence (which ran the entries together) give way.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ._lexicon import Lexicon
from ._names import Person, name_key
from ._shapes import read_person
from ._text import Sentence

__all__ = ["rosters"]

_LABEL = re.compile(
    r"\b(?:(?P<head>(?:Leader|Head|Chief)\s+of\s+(?:the\s+)?[Dd]elegation)|"
    r"(?P<members>(?:Other\s+)?[Mm]embers(?:\s+of\s+(?:the\s+)?[Dd]elegation)?))\s*:\s*"
)


#: a heading line naming a side: "United Republic of Tanzania", "Republic of Mozambique"
_COUNTRY_LINE = re.compile(
    r"(?:(?:The|United|Federal|Democratic|Islamic|Kingdom|Republic|State|of|the)\s+)*[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?"
)
_DASH = re.compile(r"\s+[-\u2013\u2014]\s+")


def _heading_country(text: str, lexicon: Lexicon) -> str | None:
    """The country a line names and nothing more ("Republic of Mozambique", "Zambia:")."""
    line = text.strip(" :")
    if not _COUNTRY_LINE.fullmatch(line):
        return None
    found = lexicon.country_pattern.search(line)
    return lexicon.country_forms[found.group()][0] if found else None


def _entries(text: str) -> list[str]:
    return [e.strip() for e in re.split(r"\s*;\s*", text) if e.strip()]


def rosters(
    sentences: list[Sentence], people: list[Person], parties: list[str], lexicon: Lexicon
) -> list[Person]:
    """``people`` with each roster sentence read entry by entry (see the module)."""
    out = list(people)
    above: str | None = None  # (the country of a heading line just before: "Republic of X")
    in_roster = False
    for s in sentences:
        labels = (
            list(_LABEL.finditer(s.text)) if "embers" in s.text or "elegation" in s.text else []
        )
        if not labels:
            named = _heading_country(s.text, lexicon)
            if named is not None:
                above, in_roster = named, False
            elif not s.heading:
                above, in_roster = None, False
            continue
        if not (any(m.group("head") for m in labels) or in_roster):
            continue
        in_roster = True
        heading = lexicon.country_pattern.search(s.text[: labels[0].start()])
        side = lexicon.country_forms[heading.group()][0] if heading else above
        here = [p for p in out if p.sentence == s.index]
        if side is None:
            sides = {p.country for p in here if p.country in parties}
            side = next(iter(sides)) if len(sides) == 1 else None
        if side not in parties:
            continue
        read: list[Person] = []
        for i, m in enumerate(labels):
            end = labels[i + 1].start() if i + 1 < len(labels) else len(s.text)
            for entry in _entries(s.text[m.end() : end]):
                p = read_person(entry, lexicon)
                if (p is None or not p.title) and _DASH.search(entry):
                    # "Police Commander A B - TITLE": the words before the name are a rank
                    left, title = _DASH.split(entry, maxsplit=1)
                    ranked = read_person(left, lexicon)
                    p = replace(ranked, title=title.strip()) if ranked is not None else None
                if p is None or not p.title:
                    p = next((q for q in here if q.name in entry), None)
                if p is not None:
                    read.append(
                        replace(p, country=side, leader=bool(m.group("head")), sentence=s.index)
                    )
        if not read:
            continue
        keys = {name_key(p.name) for p in read}
        out = [
            p
            for p in out
            if p.sentence != s.index
            and name_key(p.name) not in keys
            and not any(p.name in q.name and p.name != q.name for q in read)
        ] + read
    return out
