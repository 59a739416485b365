"""The kind a generic threat word is given by what it moves: "the smuggling of weapons" (arms
trafficking, not trafficking in general), "the illegal trafficking of drugs and weapons",
"fentanyl trafficking", "the movement of guns and drugs".

The kinds come from the SKOS labels of the generic threat's narrower concepts: a label
"Q trafficking" or "trafficking of Q" (hidden labels included) makes Q a word of that kind, so
extending the scheme extends this reading too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ._lexicon import Lexicon
from ._text import Sentence

__all__ = ["Kind", "kinds_named"]

_STOP = frozenset(["of", "in", "the", "and", "or", "a", "an", "illicit", "illegal", "small"])


@dataclass(frozen=True)
class Kind:
    """A narrower threat a generic word names, and the span of the phrase that names it (None:
    a thing of no known kind, "the smuggling of drugs and timber" names goods too)."""

    concept: str | None
    start: int
    end: int


@dataclass(frozen=True)
class _Kinds:
    #: the generic words ("trafficking", "smuggling", "movement") and their agents ("smugglers")
    heads: frozenset[str]
    #: the generic threat's own words ("trafficking", "smuggling"): any kind's word may follow
    generic: frozenset[str]
    #: (head, word) or word -> narrower concept ("smuggling", "weapon") -> arms-trafficking
    words: dict[tuple[str, str], str]
    before: re.Pattern[str]
    after: re.Pattern[str]


_CACHE: dict[int, _Kinds] = {}


def _singular(word: str) -> str:
    word = word.casefold()
    return word[:-1] if word.endswith("s") and not word.endswith("ss") and len(word) > 3 else word


def _kinds(lexicon: Lexicon) -> _Kinds:
    key = id(lexicon.concept_labels)
    if key in _CACHE:
        return _CACHE[key]
    broader = {c.broader for c in lexicon.concepts.values() if c.broader}
    generic = {
        label.split()[-1]
        for label, cid in lexicon.concept_labels.items()
        if cid in broader and lexicon.concepts[cid].scheme == "threat"
    }
    words: dict[tuple[str, str], str] = {}
    heads = set(generic)
    for label, cid in lexicon.concept_labels.items():
        concept = lexicon.concepts[cid]
        if concept.scheme != "threat" or concept.broader is None or label.isupper():
            continue
        parts = label.casefold().split()
        if len(parts) >= 2 and parts[-1] in generic:  # "arms smuggling"
            words.setdefault((parts[-1], _singular(parts[-2])), cid)
            words.setdefault(("", _singular(parts[-2])), cid)
        elif len(parts) >= 3 and parts[1] in ("of", "in"):  # "smuggling of migrants"
            heads.add(parts[0])
            for item in re.split(r"\s+and\s+|,\s*", " ".join(parts[2:])):
                if item.split():
                    last = _singular(item.split()[-1])
                    words.setdefault((parts[0], last), cid)
                    words.setdefault(("", last), cid)
    heads |= {h[:-3] + "ers" for h in heads if h.endswith("ing")}  # "smugglers"
    alternation = "|".join(sorted(heads, key=len, reverse=True))
    word = r"(?!(?:and|or|across|along|through|from|to|into|in|on|at|by|with|between)\b)[a-z][\w-]*"
    item = rf"{word}(?:\s+{word})?"
    generic |= {h[:-3] + "ers" for h in generic if h.endswith("ing")}
    made = _Kinds(
        frozenset(heads),
        frozenset(generic),
        words,
        re.compile(
            rf"\b(?P<items>[a-z][\w-]*(?:(?:,\s*|\s+and\s+|\s+or\s+)[a-z][\w-]*){{0,4}})\s+"
            rf"(?P<head>{alternation})\b",
            re.I,
        ),
        re.compile(
            rf"\b(?P<head>{alternation})\s+(?:of|in)\s+(?P<items>{item}"
            rf"(?:(?:,\s*|,?\s+and\s+|,?\s+or\s+){item}){{0,5}})",
            re.I,
        ),
    )
    _CACHE[key] = made
    return made


def kinds_named(s: Sentence, lexicon: Lexicon) -> list[Kind]:
    """Narrower threats a generic word of the sentence names by what it moves, one per thing
    moved (a phrase none of whose things has a kind gives nothing)."""
    kinds = _kinds(lexicon)
    if s.words.isdisjoint(kinds.heads):
        return []
    out: list[Kind] = []
    for pattern in (kinds.before, kinds.after):
        for m in pattern.finditer(s.text):
            phrase: list[Kind] = []
            head = m.group("head").casefold()
            base = head[:-3] + "ing" if head.endswith("ers") else head
            for item in re.split(r",\s*|\s+and\s+|\s+or\s+", m.group("items")):
                tokens = [t for t in item.split() if t.casefold() not in _STOP]
                if not tokens:
                    continue
                last = _singular(tokens[-1])
                cid = kinds.words.get((base, last))
                if cid is None and base in kinds.generic:  # "the movement of migrants" is
                    cid = kinds.words.get(("", last))  # no smuggling: only "of arms", "of drugs"
                phrase.append(Kind(cid, m.start(), m.end()))
            if any(k.concept for k in phrase):
                out += phrase
    return out
