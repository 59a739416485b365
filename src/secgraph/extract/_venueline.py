"""A transcript's or a release's venue line: "Venue: Ministry of Defence Headquarters,
Mogadishu", "Location: Hotel Leotar, Trebinje", "(Tbilisi, Ministry of Internal Affairs, 10
Gulua Street)".

Such a line above the text says where the meeting or the remarks after it took place. A
release's "Place: New Delhi" beside its number and date is where the release was issued,
not a venue, and is not read; a line in brackets is read only when it also names a building
or a street (a venue), so that a bracketed "(Reuters)" or "(Updated)" is never one.
"""

from __future__ import annotations

import re

from ._cities import resolve_city
from ._lexicon import Lexicon
from ._text import Sentence

__all__ = ["venue_line"]

_LABELLED = re.compile(r"(?:Meeting\s+)?(?:[Vv]enue|[Ll]ocation)\s*:\s*(.{3,120})")
_BRACKETED = re.compile(r"\((.{3,120})\)")
_BUILDING = re.compile(
    r"\b(?:Ministry|Street|Avenue|Road|Hall|House|Palace|Hotel|Headquarters|Centre|Center|"
    r"Building|Office|Secretariat|Residence|Embassy|Chancellery)\b"
)
_TOP = 10  # the lines read: the header's, above the text


def venue_line(
    sentences: list[Sentence], lexicon: Lexicon
) -> tuple[int, tuple[str, str, str | None]] | None:
    """The sentence and the city (name, ISO alpha-3, reference id) of a venue line near the
    top, or None."""
    for s in sentences[:_TOP]:
        text = s.text.strip()
        m = _LABELLED.fullmatch(text)
        if m is None:
            m = _BRACKETED.fullmatch(text)
            if m is None or not _BUILDING.search(m.group(1)):
                continue
        for part in reversed([p.strip() for p in m.group(1).split(",")]):
            if not part or not part[0].isupper():
                continue
            place = resolve_city(part, lexicon)
            if place is not None and len(part.split()) <= 3:
                return s.index, place
    return None
