"""A side's head told by the role beside a name rather than by a "led by" phrase:

- "A, who headed the Ugandan delegation, said ...", "B, who led the Kenyan side, ...";
- "C, head of the Ugandan delegation and Minister of X, said ...", "D, the Kenyan delegation
  leader, agreed", "E, leading a 12-member Myanmar delegation, met ...": the role is no part
  of the title, and names the side.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ._lexicon import Lexicon
from ._names import Person, is_title_word, name_key
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


def role_heads(
    sentences: list[Sentence], people: list[Person], parties: list[str], lexicon: Lexicon
) -> list[Person]:
    """``people`` with the heads their roles name (see the module), added when no rule read
    them, and the role taken out of a title."""
    out = []
    for p in people:
        m = _ROLE_TITLE.match(p.title or "")
        side = _side(m, parties, lexicon) if m is not None else None
        if m is not None and side is not None:
            title = (p.title or "")[m.end() :].strip() or None
            p = replace(p, title=title, country=side, leader=True, review=None)
        out.append(p)
    for s in sentences:
        if not re.search(rf"\b{_GROUP}\b", s.text):
            continue
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
    return out
