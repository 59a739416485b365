"""Signature blocks at the foot of a joint statement or an agreement: "For the Ministry of
Internal Affairs / of the Republic of Kazakhstan / NAME / TITLE" names each side's signatory,
who led it.
"""

from __future__ import annotations

import re

from ._lexicon import Lexicon
from ._namepat import unrow
from ._names import NAME, Person, has_head, parse_person
from ._shapes import country_of
from ._text import Sentence

__all__ = ["signatories", "tabled"]


#: "For the Ministry of Internal Affairs" / "For the Republic of X" / "On behalf of X"
_FOR_LINE = re.compile(r"^(?:For|On behalf of)\s+(?:the\s+)?[A-Z]")


def signatories(sentences: list[Sentence], parties: list[str], lexicon: Lexicon) -> list[Person]:
    """Each side's signatory in a signature block: a line "For ...", lines naming the country,
    a line that is a name, and a line with a title."""
    out: list[Person] = []
    lines = [s for s in sentences if s.heading]
    i = 0
    while i < len(lines):
        if not _FOR_LINE.match(lines[i].text):
            i += 1
            continue
        block = [lines[i]]
        j = i + 1
        while j < len(lines) and j - i < 6 and not _FOR_LINE.match(lines[j].text):
            block.append(lines[j])
            j += 1
        country = next(
            (c for c in (country_of(x.text, lexicon) for x in block[:3]) if c in parties), None
        )
        for k, line in enumerate(block[1:], 1):
            name = line.text.strip()
            if re.fullmatch(NAME, name) and not has_head(name) and country is not None:
                title = block[k + 1].text.strip() if k + 1 < len(block) else None
                title = title if title and has_head(title) else None
                out.append(Person(name, title, None, None, country, True, line.index))
                break
        i = j
    return out


#: a row of a delegation table: "Goran Petrovski          Minister of Internal Affairs"
_ROW = re.compile(
    rf"^\s*(?P<name>{NAME})(?:\s{{2,}}|\s+[-\u2013\u2014]\s+|,\s+)(?P<title>\S.*)$"
)  # ("NAME - TITLE", "NAME, TITLE" a line under the country's name too)


def tabled(sentences: list[Sentence], parties: list[str], lexicon: Lexicon) -> list[Person]:
    """The rows of delegation tables: a line that is a party's name ("Republic of North
    Macedonia", "Estonian delegation"), then lines "NAME   TITLE" or "TITLE: NAME" (the first
    row heads the side)."""
    out: list[Person] = []
    side = None
    first = False
    for line in (s for s in sentences if s.heading):
        text = line.text.strip()
        country = country_of(text, lexicon) if len(text.split()) <= 6 else None
        if country in parties and not has_head(text):
            side, first = country, True
            continue
        row = _ROW.match(line.text) if side else None
        if row is not None and has_head(row.group("title")):
            name, title, style = row.group("name"), row.group("title").strip(), None
        elif side and (cells := unrow(text)) and (person := parse_person(", ".join(cells), None)):
            # "Director General of the Border Guard: Colonel X" (the post, then the name)
            name, title, style = person.name, person.title, person.honorific
        else:
            side = None if row is None and side and not first else side
            continue
        out.append(Person(name, title, None, style, side, first, line.index))
        first = False
    return out
