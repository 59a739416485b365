"""A side no phrase names anyone for: the first official the text gives that country.

The phrase rules and the back-off layer read the sentences that report the meeting (a verb of
meeting, attending, leading). A story may name one side's people only elsewhere: in a
transcript's stage line ("Norway's Minister of Defence, X, will begin."), in what they said
("Sweden's Chief of Defence, General Y, told reporters ..."). When a party of the meeting has
nobody at all, the first person the text names with a title and that party's country in the
mention itself ("Norway's", "Swedish", "... of Sweden") is taken, marked for review; never a
spokesperson, a head of state or government, nor anyone in a sentence about an earlier or a
later event.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ._countries import is_future, is_meeting
from ._cuts import OTHER, OTHER_WORDS
from ._lexicon import Lexicon
from ._lists import chunks
from ._names import Person, name_key, parse_person
from ._past import is_past
from ._phrases import person_phrases
from ._text import Sentence

__all__ = ["UNNAMED_SIDE", "first_of_side"]

UNNAMED_SIDE = "side named no one else: the first official of this country in the text"

_SPEAKER = re.compile(r"\b(?:spokes(?:person|man|woman)|press\s+secretary)\b", re.I)
_NOT_DELEGATE = re.compile(
    r"^(?:the\s+)?(?:President|Prime\s+"
    r"Minister|Premier|King|Queen|Emir|Amir|Sultan|Crown\s+Prince|Vice\s+President|Chancellor|"
    r"Leader|Supreme\s+Leader)\b",
    re.I,
)


def first_of_side(
    sentences: list[Sentence], parties: list[str], lexicon: Lexicon, people: list[Person]
) -> list[Person]:
    """For each party no one in ``people`` stands for, the first person the text names with a
    title and that party's country in the mention (at most one a party)."""
    sided = {p.country for p in people}
    empty = [c for c in parties if c not in sided]
    if not empty:
        return []
    taken = {name_key(p.name) for p in people}
    out: list[Person] = []
    for s in sentences:
        if not empty:
            break
        if s.heading or is_past(s) or is_future(s) or (s.has(OTHER_WORDS) and OTHER.search(s.text)):
            continue
        for chunk in _mentions(s.text, lexicon):
            p = parse_person(chunk, lexicon)
            if p is None or p.title is None or p.country not in empty:
                continue
            if name_key(p.name) in taken or _SPEAKER.search(p.title):
                continue
            if _NOT_DELEGATE.search(p.title) and not is_meeting(s):
                continue  # (a head of state in a sentence that tells of a meeting: a summit's)
            empty.remove(p.country)
            taken.add(name_key(p.name))
            out.append(replace(p, sentence=s.index, review=UNNAMED_SIDE))
    return out


def _mentions(text: str, lexicon: Lexicon) -> list[str]:
    """The chunks that may name one person: each run of capitalised words, and two runs with
    a comma between ("Norway's Minister of Defence, X"), the pair first."""
    phrases = person_phrases(text)
    if not phrases:
        return []  # (zip's strict pairing below needs one phrase at least)
    out: list[str] = []
    for (_, b, phrase), (c, _, nxt) in zip(phrases, [*phrases[1:], (-1, -1, "")], strict=True):
        if c >= 0 and text[b:c] == ", ":
            out.append(f"{phrase}, {nxt}")
        out += chunks(phrase, lexicon)
    return out
